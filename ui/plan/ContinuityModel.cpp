// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ContinuityModel.h"

#include "session/Session.h"

#include <QBrush>
#include <QColor>

namespace Kvarter {

ContinuityModel::ContinuityModel(Session &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("visit")))
            reload();
    });
    connect(&m_session, &Session::locked, this, &ContinuityModel::reload);
    connect(&m_session, &Session::unlocked, this, &ContinuityModel::reload);
}

void ContinuityModel::setTeam(const QString &teamId, const QDate &lastDay)
{
    m_teamId = teamId;
    m_lastDay = lastDay;
    reload();
}

void ContinuityModel::reload()
{
    beginResetModel();
    m_rows = m_teamId.isEmpty() || !m_session.may(Right::ReadPlan) ? QList<ContinuityFigure>()
                                                                   : m_session.plan().continuity(m_teamId, m_lastDay, Days);
    endResetModel();
}

int ContinuityModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ContinuityModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ContinuityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ContinuityFigure &f = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == Staff && f.distinctStaff > WarnAbove)
        return QBrush(QColor(0xb5, 0x2a, 0x2a));
    if (role == Qt::TextAlignmentRole && index.column() != Citizen)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return tr("%1 different staff on %2 visits in the last %3 days").arg(f.distinctStaff).arg(f.visits).arg(Days);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Citizen: return f.citizenName;
    case Staff: return f.distinctStaff;
    case Visits: return f.visits;
    default: return {};
    }
}

QVariant ContinuityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Citizen: return tr("Citizen");
    case Staff: return tr("Staff (14 d)");
    case Visits: return tr("Visits");
    default: return {};
    }
}

} // namespace Kvarter
