// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TriageBoardModel.h"

#include "TriageColourStyle.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "pdf/TriageBoardPdf.h"

#include <QBrush>
#include <QFont>

namespace Kvarter {

void TriageBoardModel::setBoard(const Board &board, const QDateTime &now)
{
    beginResetModel();
    m_board = board;
    m_now = now;
    endResetModel();
}

int TriageBoardModel::rowOf(const QString &citizenId) const
{
    for (qsizetype row = 0; row < m_board.entries.size(); ++row)
        if (m_board.entries.at(row).citizenId == citizenId)
            return int(row);
    return -1;
}

int TriageBoardModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_board.entries.size()); }

int TriageBoardModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString TriageBoardModel::why(const BoardEntry &e) const
{
    QStringList lines;
    // Who set the colour, when and why, first: the board meeting reads it aloud.
    if (e.decision)
        lines << tr("%1, %2: %3")
                     .arg(e.decision->decidedByName, DisplayTime::dateTime(e.decision->decidedAt),
                          e.decision->reason.isEmpty() ? tr("no reason given") : e.decision->reason);
    // A colour set by the report itself (the observer's suggestion) says it once.
    const bool sameAsReport = e.decision && e.latestReport && e.decision->reportId == e.latestReport->id;
    if (sameAsReport)
        lines.removeLast();
    if (e.latestReport) {
        QString seen = e.latestReport->itemNames();
        if (!e.latestReport->note.isEmpty())
            seen += (seen.isEmpty() ? QString() : QStringLiteral(": ")) + e.latestReport->note;
        lines << tr("Seen by %1 %2: %3")
                     .arg(e.latestReport->reportedByName, DisplayTime::dateTime(e.latestReport->reportedAt), seen);
    }
    if (e.newReports > 0 && e.decision)
        lines << tr("%n new change(s) since the colour was set", nullptr, e.newReports);
    if (e.waitingSuggestion)
        lines << tr("Suggested %1: waits for a nurse or SOSU assistant").arg(TriageColours::displayName(*e.waitingSuggestion));
    return lines.join(QLatin1Char('\n'));
}

QVariant TriageBoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BoardEntry &e = entryAt(index.row());
    if (role == CitizenIdRole)
        return e.citizenId;
    if (role == Qt::BackgroundRole && index.column() == Colour)
        return QBrush(TriageColourStyle::fill(e.colour));
    if (role == Qt::ForegroundRole && index.column() == Deadlines && e.overdueSecs > 0)
        return QBrush(QColor(0x9c, 0x1c, 0x1c));
    if (role == Qt::FontRole && index.column() == Deadlines && e.overdueSecs > 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Colour: return e.needsTriage() && !e.decision ? tr("New") : TriageColours::displayName(e.colour);
    case Citizen: return QString(e.citizenName + QLatin1Char('\n') + e.contactPersonName);
    case Why: return why(e);
    case Deadlines: return TriageBoardPdf::deadlineLines(e, m_now).join(QLatin1Char('\n'));
    case FollowUp:
        if (e.colour == TriageColour::Green)
            return QString();
        return e.followedUpToday ? tr("✓ Done %1").arg(DisplayTime::time(e.lastFollowUp.toTimeZone(Clock::teamZone()).time()))
                                 : tr("Not yet today");
    default: return {};
    }
}

QVariant TriageBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Colour: return tr("Colour");
    case Citizen: return tr("Citizen / contact person");
    case Why: return tr("Set by, why, and what changed");
    case Deadlines: return tr("Deadlines");
    case FollowUp: return tr("Follow-up today");
    default: return {};
    }
}

} // namespace Kvarter
