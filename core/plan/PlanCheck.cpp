// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PlanCheck.h"

#include "PlanService.h"
#include "access/Access.h"
#include "catalogue/ServiceCatalogue.h"
#include "common/DisplayTime.h"
#include "common/Error.h"
#include "team/TeamService.h"
#include "visit/VisitService.h"

#include <QLocale>
#include <algorithm>

namespace Kvarter {

namespace {

bool counts(const Visit &visit) { return !visit.employeeId.isEmpty() && visit.status != VisitStatus::Cancelled; }

QString clock(const QDateTime &time) { return DisplayTime::time(time.time()); }

} // namespace

QList<Overlap> PlanCheck::overlapping(QList<Visit> visits)
{
    visits.erase(std::remove_if(visits.begin(), visits.end(), [](const Visit &v) { return !counts(v); }), visits.end());
    std::sort(visits.begin(), visits.end(), [](const Visit &a, const Visit &b) {
        return std::tie(a.employeeId, a.start, a.id) < std::tie(b.employeeId, b.start, b.id);
    });
    QList<Overlap> found;
    // Sorted by person and start, a visit can only overlap the ones after it that start before it ends.
    for (qsizetype i = 0; i < visits.size(); ++i)
        for (qsizetype j = i + 1;
             j < visits.size() && visits.at(j).employeeId == visits.at(i).employeeId && visits.at(j).start < visits.at(i).end();
             ++j)
            found.append({ visits.at(i), visits.at(j) });
    return found;
}

QList<Visit> PlanCheck::clashesWith(const Visit &candidate, const QList<Visit> &others)
{
    QList<Visit> same { candidate };
    for (const Visit &v : others)
        if (v.id != candidate.id && v.employeeId == candidate.employeeId)
            same << v;
    QList<Visit> clashes;
    for (const Overlap &o : overlapping(same))
        if (o.first.id == candidate.id || o.second.id == candidate.id)
            clashes << (o.first.id == candidate.id ? o.second : o.first);
    return clashes;
}

bool PlanCheck::mayPerform(Role role, const QString &serviceCode)
{
    const Service *service = ServiceCatalogue::standard().find(serviceCode);
    if (!service || !service->nursing)
        return true;
    // SUL § 138 nursing is for nurses; SOSU assistants take delegated nursing tasks. Helpers do not.
    return role == Role::Nurse || role == Role::SosuAssistant;
}

QList<PlanWarning> PlanCheck::warningsFor(const QString &visitId, const QString &employeeId, const QDateTime &start)
{
    Access::require(m_actor, Right::ReadPlan);
    const std::optional<Visit> found = VisitService(m_store, m_actor).visit(visitId);
    if (!found)
        throw Error(tr("The visit no longer exists."));
    Visit moved = *found;
    moved.employeeId = employeeId;
    if (start.isValid())
        moved.start = start;
    QList<PlanWarning> warnings;
    if (employeeId.isEmpty())
        return warnings;
    const std::optional<Employee> employee = TeamService(m_store).employee(employeeId);
    if (!employee)
        return warnings;

    QList<Visit> day { moved };
    for (const Visit &v : VisitService(m_store, m_actor).myDay(employeeId, moved.start.date()))
        if (v.id != moved.id)
            day.append(v);
    for (const Overlap &o : overlapping(day)) {
        if (o.first.id != moved.id && o.second.id != moved.id)
            continue; // an old double booking is not this move's doing
        const Visit &other = o.first.id == moved.id ? o.second : o.first;
        warnings.append(
            { PlanWarning::Kind::Overlap,
              tr("%1 already visits %2 %3–%4.").arg(employee->name, other.citizenName, clock(other.start), clock(other.end())),
              other.id });
    }
    for (const QString &code : moved.services)
        if (!mayPerform(employee->role, code))
            warnings.append({ PlanWarning::Kind::RoleMayNotPerform,
                              tr("%1 is %2 and may not perform %3.")
                                  .arg(employee->name, Roles::displayName(employee->role).toLower(),
                                       ServiceCatalogue::standard().nameOf(code)),
                              {} });
    return warnings;
}

QList<Overlap> PlanCheck::overlaps(const QString &teamId, const QDate &day)
{
    Access::require(m_actor, Right::ReadPlan);
    return overlapping(PlanService(m_store, m_actor).dayPlan(teamId, day));
}

} // namespace Kvarter
