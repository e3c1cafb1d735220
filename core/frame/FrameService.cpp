// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "FrameService.h"

#include "CourseLevels.h"
#include "access/Access.h"
#include "catalogue/ServiceCatalogue.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"

namespace Kvarter {

namespace {
constexpr int MinutesInWeek = 7 * 24 * 60;

// A row is in force when no row of the same key is later in sync order (Lamport, then device).
constexpr const char *InForce =
    "NOT EXISTS (SELECT 1 FROM frame_rule later WHERE later.team_id = f.team_id AND later.role = f.role "
    "AND later.service_code = f.service_code AND (coalesce(later._lam, later._hlc) > coalesce(f._lam, f._hlc) "
    "OR (coalesce(later._lam, later._hlc) = coalesce(f._lam, f._hlc) AND later._dev > f._dev)))";

// The code a frame names: a service, or a group of services (all of § 83 stk. 1 nr. 1, say).
bool isCourseCode(const ServiceCatalogue &catalogue, const QString &code)
{
    const Service *s = catalogue.findServiceOrGroup(code);
    return s && s->holisticCourse;
}

bool isKnownCode(const ServiceCatalogue &catalogue, const QString &code) { return catalogue.findServiceOrGroup(code) != nullptr; }
} // namespace

FieldErrors FrameService::validate(const FrameRule &rule) const
{
    FieldErrors errors;
    if (rule.teamId.isEmpty())
        errors << FieldError { QStringLiteral("team"), tr("Choose the team the frame is for.") };
    if (!isKnownCode(m_catalogue, rule.serviceCode))
        errors << FieldError { QStringLiteral("service"),
                               tr("Choose a service or a group of services from the FSIII catalogue.") };
    else if (isCourseCode(m_catalogue, rule.serviceCode)) {
        if (rule.active && !CourseLevels::isValid(rule.maxCourseLevel))
            errors << FieldError { QStringLiteral("max"),
                                   tr("A course frame goes up to a level between 1 and %1.").arg(CourseLevels::highest()) };
    } else if (rule.active && (rule.maxMinutesPerWeek <= 0 || rule.maxMinutesPerWeek > MinutesInWeek)) {
        errors << FieldError { QStringLiteral("max"),
                               tr("A frame goes up to between 1 and %1 minutes per week.").arg(MinutesInWeek) };
    }
    if (rule.maxWeeks < 0 || rule.maxWeeks > 520)
        errors << FieldError { QStringLiteral("weeks"), tr("Weeks until follow-up must be between 0 (no limit) and 520.") };
    if (rule.active && rule.actions == 0)
        errors << FieldError { QStringLiteral("actions"), tr("Name at least one of grant, increase, reduce or end.") };
    return errors;
}

QString FrameService::setRule(const FrameRule &input)
{
    Access::require(m_actor, Right::EditFrames);
    FrameRule rule = input;
    rule.kind = isCourseCode(m_catalogue, rule.serviceCode) ? Grant::Kind::Course : Grant::Kind::MinutesPerWeek;
    if (const FieldErrors errors = validate(rule); !errors.isEmpty())
        throw ValidationError(errors);
    const QString id = rule.id.isEmpty() ? Id::create() : rule.id;
    m_store.write(m_actor.employeeId(), [&] {
        QString supersedes;
        auto q = m_store.db().query(QByteArray("SELECT f.id FROM frame_rule f WHERE f.team_id = ? AND f.role = ? "
                                               "AND f.service_code = ? AND ")
                                    + InForce);
        q->bind(1, rule.teamId).bind(2, Roles::key(rule.role)).bind(3, rule.serviceCode);
        if (q->next())
            supersedes = q->text(0);
        const bool minutes = rule.kind == Grant::Kind::MinutesPerWeek;
        m_store.insert("frame_rule", id,
                       { { "team_id", rule.teamId },
                         { "role", Roles::key(rule.role) },
                         { "service_code", rule.serviceCode },
                         { "kind", minutes ? QStringLiteral("minutes") : QStringLiteral("course") },
                         { "max_minutes", minutes ? QVariant(rule.maxMinutesPerWeek) : QVariant() },
                         { "max_level", minutes ? QVariant() : QVariant(rule.maxCourseLevel) },
                         { "max_weeks", rule.maxWeeks },
                         { "actions", FrameRule::actionsKey(rule.actions) },
                         { "active", rule.active ? 1 : 0 },
                         { "supersedes_id", supersedes.isEmpty() ? QVariant() : QVariant(supersedes) },
                         { "edited_by", m_actor.employeeId() },
                         { "edited_at", m_store.clock().now().toSecsSinceEpoch() } });
    });
    return id;
}

QList<FrameRule> FrameService::currentRules(const QString &teamId)
{
    // Not citizen data, but only those who decide or set frames need it.
    Access::require(m_actor, Right::DecideWithinFrame);
    return read(QByteArray("WHERE f.team_id = ? AND ") + InForce + " ORDER BY f.role, f.service_code", teamId);
}

QList<FrameRule> FrameService::history(const QString &teamId)
{
    Access::require(m_actor, Right::DecideWithinFrame);
    return read("WHERE f.team_id = ? ORDER BY coalesce(f._lam, f._hlc) DESC, f._dev DESC", teamId);
}

std::optional<FrameRule> FrameService::version(const QString &id)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QList<FrameRule> found = read("WHERE f.id = ?", id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<FrameRule> FrameService::read(const QByteArray &where, const QString &key)
{
    auto q = m_store.db().query("SELECT f.id, f.team_id, f.role, f.service_code, f.kind, coalesce(f.max_minutes, 0), "
                                "coalesce(f.max_level, 0), f.max_weeks, f.actions, f.active, coalesce(f.supersedes_id, ''), "
                                "f.edited_by, f.edited_at FROM frame_rule f "
                                + where);
    q->bind(1, key);
    QList<FrameRule> result;
    while (q->next()) {
        FrameRule r;
        r.id = q->text(0);
        r.teamId = q->text(1);
        r.role = Roles::fromKey(q->text(2)).value_or(Role::SosuHelper);
        r.serviceCode = q->text(3);
        r.kind = q->text(4) == QLatin1String("course") ? Grant::Kind::Course : Grant::Kind::MinutesPerWeek;
        r.maxMinutesPerWeek = q->integer(5);
        r.maxCourseLevel = q->integer(6);
        r.maxWeeks = q->integer(7);
        r.actions = FrameRule::actionsFromKey(q->text(8));
        r.active = q->integer(9) != 0;
        r.supersedesId = q->text(10);
        r.editedBy = q->text(11);
        r.editedAt = QDateTime::fromSecsSinceEpoch(q->int64(12), Clock::teamZone());
        result << r;
    }
    return result;
}

} // namespace Kvarter
