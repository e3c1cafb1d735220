// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "JsonViews.h"

#include "catalogue/ServiceCatalogue.h"
#include "citizen/Citizen.h"
#include "grant/Grant.h"
#include "team/Employee.h"
#include "visit/Visit.h"
#include "visit/VisitNote.h"

#include <QJsonArray>

namespace Kvarter::JsonViews {

QJsonObject citizen(const Citizen &c)
{
    return { { QStringLiteral("id"), c.id },
             { QStringLiteral("cpr"), c.cpr },
             { QStringLiteral("name"), c.name },
             { QStringLiteral("address"), c.address },
             { QStringLiteral("postcode"), c.postcode },
             { QStringLiteral("city"), c.city },
             { QStringLiteral("phone"), c.phone },
             { QStringLiteral("team_id"), c.teamId },
             { QStringLiteral("contact_person"), c.contactPersonName },
             { QStringLiteral("contact_person_id"), c.contactPersonId },
             { QStringLiteral("visitator"), c.visitatorName },
             { QStringLiteral("visitator_id"), c.visitatorId } };
}

QJsonObject relative(const Relative &r)
{
    return { { QStringLiteral("id"), r.id },
             { QStringLiteral("name"), r.name },
             { QStringLiteral("relation"), r.relation },
             { QStringLiteral("phone"), r.phone },
             { QStringLiteral("primary"), r.isPrimary },
             { QStringLiteral("may_be_informed"), r.mayInform } };
}

QJsonObject grant(const Grant &g)
{
    QJsonObject o { { QStringLiteral("id"), g.id },
                    { QStringLiteral("service_code"), g.serviceCode },
                    { QStringLiteral("service"), ServiceCatalogue::standard().nameOf(g.serviceCode) },
                    { QStringLiteral("kind"), g.kind == Grant::Kind::Course ? QStringLiteral("course")
                                                                             : QStringLiteral("minutes") },
                    { QStringLiteral("valid_from"), g.validFrom.toString(Qt::ISODate) },
                    { QStringLiteral("valid_to"), g.validTo.isValid() ? QJsonValue(g.validTo.toString(Qt::ISODate))
                                                                      : QJsonValue() } };
    if (g.kind == Grant::Kind::MinutesPerWeek)
        o.insert(QStringLiteral("minutes_per_week"), g.minutesPerWeek);
    return o;
}

QJsonObject visit(const Visit &v)
{
    return { { QStringLiteral("id"), v.id },
             { QStringLiteral("citizen_id"), v.citizenId },
             { QStringLiteral("citizen"), v.citizenName },
             { QStringLiteral("address"), v.citizenAddress },
             { QStringLiteral("employee_id"), v.employeeId },
             { QStringLiteral("employee"), v.employeeName },
             { QStringLiteral("start"), v.start.toString(Qt::ISODate) },
             { QStringLiteral("minutes"), v.minutes },
             { QStringLiteral("services"), QJsonArray::fromStringList(v.services) },
             { QStringLiteral("status"), VisitStatuses::key(v.status) } };
}

QJsonObject note(const VisitNote &n)
{
    return { { QStringLiteral("id"), n.id },
             { QStringLiteral("visit_id"), n.visitId },
             { QStringLiteral("author"), n.authorName },
             { QStringLiteral("written_at"), n.writtenAt.toString(Qt::ISODate) },
             { QStringLiteral("text"), n.text },
             { QStringLiteral("corrects_id"), n.correctsId },
             { QStringLiteral("corrected_by_id"), n.correctedById } };
}

QJsonObject employee(const Employee &e)
{
    return { { QStringLiteral("id"), e.id },
             { QStringLiteral("name"), e.name },
             { QStringLiteral("initials"), e.initials },
             { QStringLiteral("role"), Roles::key(e.role) },
             { QStringLiteral("phone"), e.phone } };
}

} // namespace Kvarter::JsonViews
