// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "VisitHistoryModel.h"

#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "common/VisitRoles.h"
#include "session/Session.h"
#include "visit/VisitService.h"

#include <QBrush>
#include <QLocale>

namespace Kvarter {

VisitHistoryModel::VisitHistoryModel(Session &session, Period period, QObject *parent)
    : PagedTableModel(parent), m_session(session), m_period(period)
{
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("visit")))
            reloadPages();
    });
    // Locking empties the list; unlocking fills it again.
    connect(&m_session, &Session::locked, this, [this] { reloadPages(); });
    connect(&m_session, &Session::unlocked, this, [this] { reloadPages(); });
}

void VisitHistoryModel::setCitizen(const QString &citizenId)
{
    m_citizenId = citizenId;
    reloadPages();
}

bool VisitHistoryModel::readable() const { return m_session.signedIn(); }

int VisitHistoryModel::countAll()
{
    if (m_citizenId.isEmpty())
        return 0;
    const QDateTime now = m_session.clock().now();
    return m_period == Period::Past ? m_session.visits().pastCount(m_citizenId, now)
                                    : m_session.visits().upcomingCount(m_citizenId, now);
}

QList<Visit> VisitHistoryModel::fetchPage(int offset, int limit)
{
    if (m_citizenId.isEmpty())
        return {};
    const QDateTime now = m_session.clock().now();
    return m_period == Period::Past ? m_session.visits().pastVisits(m_citizenId, now, offset, limit)
                                    : m_session.visits().upcomingVisits(m_citizenId, now, offset, limit);
}

int VisitHistoryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant VisitHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Visit &v = rowAt(index.row());
    if (role == VisitRoles::Id)
        return v.id;
    if (role == Qt::ForegroundRole && index.column() == Status)
        return QBrush(VisitRoles::statusColor(v.status));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date: return DisplayTime::weekdayDate(v.start.date());
    case Time: return VisitRoles::timeRange(v);
    case Employee: return v.employeeName.isEmpty() ? tr("(not assigned)") : v.employeeName;
    case Services: return VisitRoles::serviceNames(v.services);
    case Status: return VisitStatuses::displayName(v.status);
    default: return {};
    }
}

QVariant VisitHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Time: return tr("Time");
    case Employee: return tr("Employee");
    case Services: return tr("Services");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace Kvarter
