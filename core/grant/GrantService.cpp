// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "GrantService.h"

#include "access/Access.h"

#include "catalogue/ServiceCatalogue.h"
#include "common/Id.h"
#include "store/Store.h"

namespace Kvarter {

namespace {
constexpr int MinutesInWeek = 7 * 24 * 60;
}

FieldErrors GrantService::validate(const Grant &grant, const ServiceCatalogue &catalogue)
{
    FieldErrors errors;
    const Service *service = catalogue.find(grant.serviceCode);
    if (!service)
        errors << FieldError { QStringLiteral("service"), tr("Choose a service from the FSIII catalogue.") };
    if (grant.kind == Grant::Kind::MinutesPerWeek && (grant.minutesPerWeek <= 0 || grant.minutesPerWeek > MinutesInWeek))
        errors << FieldError { QStringLiteral("minutes"), tr("Minutes per week must be between 1 and %1.").arg(MinutesInWeek) };
    if (service && grant.kind == Grant::Kind::Course && !service->holisticCourse)
        errors << FieldError { QStringLiteral("kind"),
                               tr("Only services under the Elderly Act (Ældreloven) are granted as a course; grant "
                                  "%1 in minutes per week.")
                                   .arg(service->name) };
    if (!grant.validFrom.isValid())
        errors << FieldError { QStringLiteral("validFrom"), tr("Enter the date the grant starts.") };
    if (grant.validTo.isValid() && grant.validFrom.isValid() && grant.validTo < grant.validFrom)
        errors << FieldError { QStringLiteral("validTo"), tr("The grant cannot end before it starts.") };
    if (grant.citizenId.isEmpty())
        errors << FieldError { QStringLiteral("citizen"), tr("Choose the citizen who receives the grant.") };
    return errors;
}

QString GrantService::add(const Grant &grant)
{
    Access::require(m_actor, Right::ManageGrants);
    if (const FieldErrors errors = validate(grant, m_catalogue); !errors.isEmpty())
        throw ValidationError(errors);
    const QString id = grant.id.isEmpty() ? Id::create() : grant.id;
    const bool minutes = grant.kind == Grant::Kind::MinutesPerWeek;
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("care_grant", id,
                       { { "citizen_id", grant.citizenId },
                         { "service_code", grant.serviceCode },
                         { "kind", minutes ? QStringLiteral("minutes") : QStringLiteral("course") },
                         { "minutes_per_week", minutes ? QVariant(grant.minutesPerWeek) : QVariant() },
                         { "valid_from", grant.validFrom.toString(Qt::ISODate) },
                         { "valid_to", grant.validTo.isValid() ? QVariant(grant.validTo.toString(Qt::ISODate)) : QVariant() } });
    });
    return id;
}

QList<Grant> GrantService::grantsFor(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query("SELECT id, citizen_id, service_code, kind, coalesce(minutes_per_week, 0), valid_from, "
                                "coalesce(valid_to, '') FROM care_grant WHERE citizen_id = ? ORDER BY valid_from, service_code");
    q->bind(1, citizenId);
    QList<Grant> result;
    while (q->next()) {
        Grant g;
        g.id = q->text(0);
        g.citizenId = q->text(1);
        g.serviceCode = q->text(2);
        g.kind = q->text(3) == QLatin1String("course") ? Grant::Kind::Course : Grant::Kind::MinutesPerWeek;
        g.minutesPerWeek = q->integer(4);
        g.validFrom = QDate::fromString(q->text(5), Qt::ISODate);
        g.validTo = QDate::fromString(q->text(6), Qt::ISODate);
        result << g;
    }
    return result;
}

} // namespace Kvarter
