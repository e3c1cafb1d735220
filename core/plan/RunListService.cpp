// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "RunListService.h"

#include "access/Access.h"

#include "catalogue/ServiceCatalogue.h"
#include "citizen/PhoneNumber.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "store/Store.h"
#include "team/TeamService.h"
#include "visit/VisitService.h"

namespace Kvarter {

RunListService::RunListService(Store &store, const ServiceCatalogue &catalogue, const Actor &actor)
    : m_store(store), m_catalogue(catalogue), m_actor(actor)
{
}

RunList RunListService::runList(const QDate &day, const QString &employeeId)
{
    Access::require(m_actor, Right::ReadPlan);
    TeamService team(m_store);
    // The team comes from the stored record, so no one prints another team's day, and the stored
    // role must allow it too: a role changed on another laptop counts once it has synced here.
    const std::optional<Employee> reader = team.employee(m_actor.employeeId());
    if (!reader || !reader->active || !Roles::canReadPlan(reader->role))
        throw Error(tr("Only the team's planners, team leader and visiting staff can print a run list."));

    RunList list;
    list.day = day;
    for (const Team &t : team.teams())
        if (t.id == reader->teamId)
            list.teamName = t.name;
    if (!employeeId.isEmpty()) {
        list.employee = team.employee(employeeId);
        if (!list.employee || list.employee->teamId != reader->teamId)
            throw Error(tr("There is no such employee in your team."));
    }

    const auto [from, to] = VisitService::dayBounds(day);
    // One statement for the whole list: the primary relative is the first one marked primary.
    QByteArray sql = "SELECT v.id, v.start, v.minutes, v.status, coalesce(v.employee_id, ''), coalesce(e.name, ''), "
                     "coalesce(e.initials, ''), c.name, c.address, c.postcode, c.city, c.phone, v.services, "
                     "coalesce(r.name, ''), coalesce(r.relation, ''), coalesce(r.phone, ''), coalesce(r.may_inform, 0), "
                     "coalesce(cp.name, ''), c.id "
                     "FROM visit v JOIN citizen c ON c.id = v.citizen_id "
                     "LEFT JOIN employee e ON e.id = v.employee_id "
                     "LEFT JOIN employee cp ON cp.id = c.contact_person_id "
                     "LEFT JOIN relative r ON r.id = (SELECT id FROM relative WHERE citizen_id = c.id AND is_primary = 1 "
                     "ORDER BY name, id LIMIT 1) "
                     "WHERE v.start >= ? AND v.start < ? AND c.team_id = ? AND v.status <> 'cancelled' ";
    if (!employeeId.isEmpty())
        sql += "AND v.employee_id = ? ";
    sql += "ORDER BY v.start, c.name, v.id";
    auto q = m_store.db().query(sql);
    q->bind(1, from).bind(2, to).bind(3, reader->teamId);
    if (!employeeId.isEmpty())
        q->bind(4, employeeId);
    const QTimeZone zone = Clock::teamZone();
    while (q->next()) {
        RunListStop s;
        s.visitId = q->text(0);
        s.start = QDateTime::fromSecsSinceEpoch(q->int64(1), zone);
        s.minutes = q->integer(2);
        s.status = VisitStatuses::fromKey(q->text(3)).value_or(VisitStatus::Planned);
        s.employeeId = q->text(4);
        s.employeeName = q->text(5);
        s.employeeInitials = q->text(6);
        s.citizenName = q->text(7);
        s.address = q->text(8);
        s.postcode = q->text(9);
        s.city = q->text(10);
        s.phone = PhoneNumber::normalized(q->text(11));
        for (const QString &code : q->text(12).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            s.services << m_catalogue.nameOf(code);
        s.primaryRelativeName = q->text(13);
        s.primaryRelativeRelation = q->text(14);
        s.primaryRelativePhone = PhoneNumber::normalized(q->text(15));
        s.primaryRelativeMayBeInformed = q->integer(16) != 0;
        s.contactPersonName = q->text(17);
        s.citizenId = q->text(18);
        list.stops << s;
    }
    return list;
}

} // namespace Kvarter
