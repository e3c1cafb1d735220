// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "MyDayModel.h"

#include "common/VisitRoles.h"
#include "session/Session.h"
#include "visit/VisitService.h"

namespace Kvarter {

MyDayModel::MyDayModel(Session &session, QObject *parent) : QAbstractListModel(parent), m_session(session)
{
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("visit")) || entities.contains(QLatin1String("citizen")))
            reload();
    });
    connect(&m_session, &Session::locked, this, &MyDayModel::reload);
    connect(&m_session, &Session::unlocked, this, &MyDayModel::reload);
}

void MyDayModel::setEmployee(const QString &employeeId, const QDate &day)
{
    m_employeeId = employeeId;
    m_day = day;
    reload();
}

void MyDayModel::reload()
{
    beginResetModel();
    m_visits = m_employeeId.isEmpty() || !m_session.signedIn() ? QList<Visit>() : m_session.visits().myDay(m_employeeId, m_day);
    endResetModel();
}

int MyDayModel::rowOf(const QString &visitId) const
{
    for (int row = 0; row < m_visits.size(); ++row)
        if (m_visits.at(row).id == visitId)
            return row;
    return -1;
}

int MyDayModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_visits.size()); }

QVariant MyDayModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visits.size())
        return {};
    const Visit &v = m_visits.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1  %2, %3").arg(VisitRoles::timeRange(v), v.citizenName, v.citizenAddress);
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return tr("%1 at %2, %3. %4")
            .arg(v.citizenName, VisitRoles::timeRange(v), v.citizenAddress, VisitStatuses::displayName(v.status));
    default: return VisitRoles::data(v, role);
    }
}

} // namespace Kvarter
