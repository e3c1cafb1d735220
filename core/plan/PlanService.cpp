// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PlanService.h"

#include "access/Access.h"

#include "store/Store.h"
#include "team/TeamService.h"
#include "visit/VisitService.h"

namespace Kvarter {

QList<Visit> PlanService::dayPlan(const QString &teamId, const QDate &day, int days)
{
    Access::require(m_actor, Right::ReadPlan);
    const auto [from, to] = VisitService::dayBounds(day, days);
    auto q = m_store.db().query(QByteArray(VisitService::selectColumns())
                                + "WHERE v.start >= ? AND v.start < ? AND c.team_id = ? ORDER BY v.start, v.id");
    q->bind(1, from).bind(2, to).bind(3, teamId);
    return VisitService::readVisits(*q);
}

void PlanService::reassign(const QString &visitId, const QString &employeeId) { move(visitId, employeeId, {}); }

void PlanService::move(const QString &visitId, const std::optional<QString> &employeeId, const QDateTime &start)
{
    Access::require(m_actor, Right::Plan);
    const std::optional<Visit> visit = VisitService(m_store, m_actor).visit(visitId);
    if (!visit)
        throw Error(tr("The visit no longer exists."));
    // A finished visit is a record of who was there when; moving it would rewrite that record.
    if (visit->status == VisitStatus::Done || visit->status == VisitStatus::NotHome)
        throw Error(tr("The visit is already marked %1 and can no longer be moved or reassigned.")
                        .arg(VisitStatuses::displayName(visit->status).toLower()));
    if (employeeId && !employeeId->isEmpty()) {
        const std::optional<Employee> employee = TeamService(m_store).employee(*employeeId);
        if (!employee || !employee->active)
            throw Error(tr("The chosen employee is not an active member of the team."));
        if (!Roles::makesVisits(employee->role))
            throw Error(
                tr("%1 is %2 and does not make home visits.").arg(employee->name, Roles::displayName(employee->role).toLower()));
    }
    Fields fields;
    if (employeeId && visit->employeeId != *employeeId)
        fields.append({ "employee_id", employeeId->isEmpty() ? QVariant() : QVariant(*employeeId) });
    if (start.isValid() && start != visit->start)
        fields.append({ "start", start.toSecsSinceEpoch() });
    if (fields.isEmpty())
        return;
    m_store.write(m_actor.employeeId(), [&] { m_store.update("visit", visitId, fields); });
}

QList<ContinuityFigure> PlanService::continuity(const QString &teamId, const QDate &lastDay, int days)
{
    Access::require(m_actor, Right::ReadPlan);
    const auto [from, to] = VisitService::dayBounds(lastDay.addDays(1 - days), days);
    auto q = m_store.db().query("SELECT c.id, c.name, count(DISTINCT v.employee_id), count(v.id) FROM citizen c "
                                "JOIN visit v ON v.citizen_id = c.id AND v.start >= ? AND v.start < ? "
                                "AND v.status IN ('done', 'planned') AND v.employee_id IS NOT NULL "
                                "WHERE c.team_id = ? GROUP BY c.id ORDER BY 3 DESC, c.name");
    q->bind(1, from).bind(2, to).bind(3, teamId);
    QList<ContinuityFigure> result;
    while (q->next())
        result << ContinuityFigure { q->text(0), q->text(1), q->integer(2), q->integer(3) };
    return result;
}

} // namespace Kvarter
