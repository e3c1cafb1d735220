// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "GrantService.h"

#include "access/Access.h"

#include "catalogue/ServiceCatalogue.h"
#include "common/Id.h"
#include "frame/CourseLevels.h"
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
    if (grant.kind == Grant::Kind::Course && (grant.courseLevel < 0 || grant.courseLevel > CourseLevels::highest()))
        errors << FieldError { QStringLiteral("level"), tr("A course level is between 1 and %1.").arg(CourseLevels::highest()) };
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
                         { "course_level", !minutes && grant.courseLevel > 0 ? QVariant(grant.courseLevel) : QVariant() },
                         { "valid_from", grant.validFrom.toString(Qt::ISODate) },
                         { "valid_to", grant.validTo.isValid() ? QVariant(grant.validTo.toString(Qt::ISODate)) : QVariant() } });
    });
    return id;
}

namespace {
constexpr const char *GrantColumns = "SELECT id, citizen_id, service_code, kind, coalesce(minutes_per_week, 0), valid_from, "
                                     "coalesce(valid_to, ''), coalesce(course_level, 0) FROM care_grant ";
Grant grantFrom(const Statement &q)
{
    Grant g;
    g.id = q.text(0);
    g.citizenId = q.text(1);
    g.serviceCode = q.text(2);
    g.kind = q.text(3) == QLatin1String("course") ? Grant::Kind::Course : Grant::Kind::MinutesPerWeek;
    g.minutesPerWeek = q.integer(4);
    g.validFrom = QDate::fromString(q.text(5), Qt::ISODate);
    g.validTo = QDate::fromString(q.text(6), Qt::ISODate);
    g.courseLevel = q.integer(7);
    return g;
}
} // namespace

QList<Grant> GrantService::grantsFor(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query(QByteArray(GrantColumns) + "WHERE citizen_id = ? ORDER BY valid_from, service_code");
    q->bind(1, citizenId);
    QList<Grant> result;
    while (q->next())
        result << grantFrom(*q);
    return result;
}

std::optional<Grant> GrantService::grant(const QString &id)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query(QByteArray(GrantColumns) + "WHERE id = ?");
    q->bind(1, id);
    if (!q->next())
        return std::nullopt;
    return grantFrom(*q);
}

void GrantService::applyDecision(const Grant &grant)
{
    Access::require(m_actor, Right::DecideWithinFrame);
    if (const FieldErrors errors = validate(grant, m_catalogue); !errors.isEmpty())
        throw ValidationError(errors);
    const bool minutes = grant.kind == Grant::Kind::MinutesPerWeek;
    const QVariant validTo = grant.validTo.isValid() ? QVariant(grant.validTo.toString(Qt::ISODate)) : QVariant();
    m_store.write(m_actor.employeeId(), [&] {
        if (!m_store.rowExists("care_grant", grant.id)) {
            m_store.insert("care_grant", grant.id,
                           { { "citizen_id", grant.citizenId },
                             { "service_code", grant.serviceCode },
                             { "kind", minutes ? QStringLiteral("minutes") : QStringLiteral("course") },
                             { "minutes_per_week", minutes ? QVariant(grant.minutesPerWeek) : QVariant() },
                             { "course_level", minutes ? QVariant() : QVariant(grant.courseLevel) },
                             { "valid_from", grant.validFrom.toString(Qt::ISODate) },
                             { "valid_to", validTo } });
            return;
        }
        // Only the fields a decision decided and that change: the amount or the end. Two decisions
        // on one grant made apart then merge field by field, the later one winning, the other kept
        // for review, and an unchanged end date written by both raises no conflict of its own.
        const std::optional<Grant> before = this->grant(grant.id);
        Fields changed;
        if (minutes && (!before || before->minutesPerWeek != grant.minutesPerWeek))
            changed << Field { "minutes_per_week", grant.minutesPerWeek };
        if (!minutes && (!before || before->courseLevel != grant.courseLevel))
            changed << Field { "course_level", grant.courseLevel };
        if (!before || before->validTo != grant.validTo)
            changed << Field { "valid_to", validTo };
        if (!changed.isEmpty())
            m_store.update("care_grant", grant.id, changed);
    });
}

} // namespace Kvarter
