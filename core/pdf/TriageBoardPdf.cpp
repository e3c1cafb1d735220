// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TriageBoardPdf.h"

#include "citizen/Cpr.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"

#include <QLocale>
#include <algorithm>
#include <functional>

namespace Kvarter {

namespace {

QString when(const QDateTime &t) { return DisplayTime::dayMonthTime(t); }

QString due(const QString &what, const QDateTime &at, const QDateTime &now)
{
    return TriageBoardPdf::tr("%1 %2 (%3)").arg(what, when(at), TriageRules::countdown(at, now));
}

} // namespace

QStringList TriageBoardPdf::deadlineLines(const BoardEntry &e, const QDateTime &now)
{
    QStringList lines;
    if (e.meetingAt.isValid())
        lines << (e.meetingAt > now ? tr("Board meeting %1").arg(when(e.meetingAt))
                                    : tr("Discussed at the board meeting %1").arg(when(e.meetingAt)));
    if (e.nurseSeenAt.isValid())
        lines << tr("Seen by %1 %2; lower the colour when the citizen is better").arg(e.nurseSeenBy, when(e.nurseSeenAt));
    for (const Task &t : e.tasks)
        lines << due(t.displayTitle() + QLatin1Char(':'), t.dueAt, now) + QLatin1Char(' ') + tr("— %1").arg(t.assigneeText());
    if (e.followUpDue.isValid())
        // Due at midnight: said as the day it belongs to, not as "00:00" of the day after.
        lines << (e.followedUpToday
                      ? tr("Today's follow-up done %1").arg(when(e.lastFollowUp))
                      : tr("Daily follow-up of %1 (%2)")
                            .arg(DisplayTime::dayAndMonth(e.followUpDue.toTimeZone(Clock::teamZone()).addSecs(-1).date()),
                                 TriageRules::countdown(e.followUpDue, now)));
    return lines;
}

PdfDocument TriageBoardPdf::document(const Board &board, const QString &teamName, const QString &filterText)
{
    PdfDocument doc(tr("Triage board — %1").arg(teamName));
    doc.setOrientation(QPageLayout::Landscape);
    QStringList sub { tr("printed %1").arg(DisplayTime::dateTime(board.builtAt)) };
    if (board.nextMeeting.isValid())
        sub << tr("next board meeting %1").arg(when(board.nextMeeting));
    if (!filterText.isEmpty())
        sub << filterText;
    doc.setSubtitle(sub.join(QStringLiteral(" · ")));
    doc.addParagraph(
        tr("Red: %1 · Yellow: %2 · New changes not triaged: %3 · Overdue: %4")
            .arg(board.count(TriageColour::Red))
            .arg(board.count(TriageColour::Yellow))
            .arg(std::count_if(board.entries.cbegin(), board.entries.cend(), [](const BoardEntry &e) { return !e.decision; }))
            .arg(board.overdueCount()));

    const QList<PdfDocument::Column> columns {
        { tr("Citizen"), 20, true }, { tr("Colour set"), 17, true }, { tr("Why"), 28 }, { tr("Deadlines"), 35 }
    };
    struct Section
    {
        QString heading;
        std::function<bool(const BoardEntry &)> holds;
    };
    const QList<Section> sections {
        { tr("Red — a nurse sees the citizen within 24 hours"),
          [](const BoardEntry &e) { return e.decision && e.colour == TriageColour::Red; } },
        { tr("Yellow — board meeting, action instructions within 48 hours, daily follow-up"),
          [](const BoardEntry &e) { return e.decision && e.colour == TriageColour::Yellow; } },
        { tr("Green with open tasks"), [](const BoardEntry &e) { return e.decision && e.colour == TriageColour::Green; } },
        { tr("New changes in need, not triaged yet"), [](const BoardEntry &e) { return !e.decision; } },
    };
    if (board.entries.isEmpty()) {
        doc.addParagraph(tr("No citizen is yellow or red, and there are no new changes in need."));
        return doc;
    }
    for (const Section &section : sections) {
        QList<QStringList> rows;
        for (const BoardEntry &e : board.entries) {
            if (!section.holds(e))
                continue;
            QStringList citizen { e.citizenName, tr("CPR %1").arg(Cpr::formatted(e.cpr)) };
            if (!e.contactPersonName.isEmpty())
                citizen << tr("Contact person: %1").arg(e.contactPersonName);
            QString set = e.decision ? TriageColours::displayName(e.colour).toUpper() + QLatin1Char('\n')
                    + tr("by %1").arg(e.decision->decidedByName) + QLatin1Char('\n') + when(e.decision->decidedAt)
                                     : tr("NOT TRIAGED");
            if (e.waitingSuggestion)
                set += QLatin1Char('\n') + tr("Suggested: %1").arg(TriageColours::displayName(*e.waitingSuggestion).toLower());
            QStringList why;
            if (e.decision)
                why << e.decision->reason;
            if (e.latestReport && (e.newReports > 0 || !e.decision))
                why << tr("New change %1: %2").arg(when(e.latestReport->reportedAt), e.latestReport->itemNames());
            QStringList deadlines = deadlineLines(e, board.builtAt);
            if (e.overdueSecs > 0)
                deadlines.prepend(tr("OVERDUE by %1").arg(TriageRules::duration(e.overdueSecs)));
            rows << QStringList { citizen.join(QLatin1Char('\n')), set, why.join(QLatin1Char('\n')),
                                  deadlines.join(QLatin1Char('\n')) };
        }
        if (rows.isEmpty())
            continue;
        doc.addHeading(section.heading);
        doc.addTable(columns, rows);
    }
    return doc;
}

QString TriageBoardPdf::suggestedFileName(const QDate &printedOn)
{
    return QStringLiteral("triagetavle-%1.pdf").arg(printedOn.toString(Qt::ISODate));
}

} // namespace Kvarter
