// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DayPlanModel.h"

#include "common/DisplayTime.h"
#include "common/VisitRoles.h"
#include "plan/PlanService.h"
#include "session/Session.h"
#include "team/TeamService.h"

#include <QMimeData>

namespace Kvarter {

DayPlanModel::DayPlanModel(Session &session, QObject *parent) : QAbstractListModel(parent), m_session(session)
{
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("visit")) || entities.contains(QLatin1String("employee")))
            reload();
    });
    connect(&m_session, &Session::locked, this, &DayPlanModel::reload);
    connect(&m_session, &Session::unlocked, this, &DayPlanModel::reload);
}

void DayPlanModel::setTeam(const QString &teamId)
{
    m_teamId = teamId;
    reload();
}

void DayPlanModel::setRange(const QDate &day, int days)
{
    m_day = day;
    m_days = days;
    reload();
}

void DayPlanModel::reload()
{
    beginResetModel();
    m_staff.clear();
    m_visits.clear();
    if (!m_session.signedIn()) {
        endResetModel();
        return;
    }
    for (const Employee &e : m_session.team().employees(m_teamId))
        if (e.active && Roles::makesVisits(e.role))
            m_staff << e;
    m_visits = m_teamId.isEmpty() || !m_day.isValid() || !m_session.may(Right::ReadPlan)
        ? QList<Visit>()
        : m_session.plan().dayPlan(m_teamId, m_day, m_days);
    endResetModel();
}

int DayPlanModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_visits.size()); }

QVariant DayPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visits.size())
        return {};
    const Visit &v = m_visits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return m_days > 1
            ? QStringLiteral("%1 %2  %3").arg(DisplayTime::dayAndMonth(v.start.date()), VisitRoles::timeRange(v), v.citizenName)
            : QStringLiteral("%1  %2").arg(VisitRoles::timeRange(v), v.citizenName);
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2\n%3").arg(v.citizenName, v.citizenAddress, VisitRoles::serviceNames(v.services));
    default: return VisitRoles::data(v, role);
    }
}

Qt::ItemFlags DayPlanModel::flags(const QModelIndex &index) const
{
    return QAbstractListModel::flags(index) | (index.isValid() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList DayPlanModel::mimeTypes() const { return { QString::fromLatin1(VisitMimeType) }; }

QMimeData *DayPlanModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(VisitMimeType), indexes.first().data(VisitRoles::Id).toString().toUtf8());
    return mime;
}

} // namespace Kvarter
