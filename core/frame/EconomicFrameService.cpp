// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "EconomicFrameService.h"

#include "CourseLevels.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Id.h"
#include "store/Store.h"

namespace Kvarter {

double EconomicFrameService::hoursOf(Grant::Kind kind, int minutesPerWeek, int courseLevel)
{
    return kind == Grant::Kind::Course ? CourseLevels::plannedHoursPerWeek(courseLevel) : minutesPerWeek / 60.0;
}

double EconomicFrameService::effectOf(const std::optional<Grant> &current, Grant::Kind kind, int amount, bool end)
{
    const double before = current ? hoursOf(current->kind, current->minutesPerWeek, current->courseLevel) : 0.0;
    const double after = end ? 0.0 : hoursOf(kind, amount, amount);
    return after - before;
}

QString EconomicFrameService::setHoursPerWeek(const QString &teamId, double hours, const QString &givenId)
{
    Access::require(m_actor, Right::EditFrames);
    if (hours < 0 || hours > 10000)
        throw ValidationError(
            { FieldError { QStringLiteral("hours"), tr("A team's frame is between 0 and 10000 hours per week.") } });
    const QString id = givenId.isEmpty() ? Id::create() : givenId;
    m_store.write(m_actor.employeeId(), [&] {
        const EconomicFrame before = figure(teamId, m_store.clock().today());
        m_store.insert("team_budget", id,
                       { { "team_id", teamId },
                         { "hours_per_week", hours },
                         { "supersedes_id", before.isSet() ? QVariant(before.versionId) : QVariant() },
                         { "edited_by", m_actor.employeeId() },
                         { "edited_at", m_store.clock().now().toSecsSinceEpoch() } });
    });
    return id;
}

EconomicFrame EconomicFrameService::figure(const QString &teamId, const QDate &day)
{
    Access::require(m_actor, Right::DecideWithinFrame);
    EconomicFrame result;
    result.teamId = teamId;
    {
        auto q = m_store.db().query("SELECT id, hours_per_week FROM team_budget WHERE team_id = ? "
                                    "ORDER BY coalesce(_lam, _hlc) DESC, _dev DESC LIMIT 1");
        q->bind(1, teamId);
        if (q->next()) {
            result.versionId = q->text(0);
            result.frameHoursPerWeek = q->real(1);
        }
    }
    // Course hours per level as in CourseLevels::plannedHoursPerWeek, in SQL so a section's
    // grants are summed without a row per grant crossing into C++.
    auto q = m_store.db().query(
        "SELECT count(*), coalesce(sum(CASE WHEN g.kind = 'minutes' THEN coalesce(g.minutes_per_week, 0) / 60.0 "
        "ELSE CASE coalesce(g.course_level, 0) WHEN 1 THEN ?2 WHEN 3 THEN ?3 WHEN 4 THEN ?4 ELSE ?5 END END), 0) "
        "FROM care_grant g JOIN citizen c ON c.id = g.citizen_id "
        "WHERE c.team_id = ?1 AND g.valid_from <= ?6 AND (g.valid_to IS NULL OR g.valid_to >= ?6)");
    q->bind(1, teamId)
        .bind(2, CourseLevels::plannedHoursPerWeek(1))
        .bind(3, CourseLevels::plannedHoursPerWeek(3))
        .bind(4, CourseLevels::plannedHoursPerWeek(4))
        .bind(5, CourseLevels::plannedHoursPerWeek(2))
        .bind(6, day.toString(Qt::ISODate));
    if (q->next()) {
        result.grants = q->integer(0);
        result.usedHoursPerWeek = q->real(1);
    }
    return result;
}

bool EconomicFrameService::mayView(const Actor &actor)
{
    return Access::allows(actor.role(), Right::Plan) || Access::allows(actor.role(), Right::EditFrames);
}

QList<EconomicFrameWeek> EconomicFrameService::weeks(const QString &teamId, const QDate &day, int before, int after)
{
    Access::require(m_actor, Right::DecideWithinFrame);
    QList<EconomicFrameWeek> result;
    for (int w = -before; w <= after; ++w) {
        // Each week is read on the same weekday as `day`, so the week of `day` is exactly the
        // figure of today that the decision form shows; weeks before the first version show no
        // frame rather than today's.
        const QDate point = day.addDays(7 * w);
        EconomicFrameWeek week;
        week.monday = point.addDays(1 - point.dayOfWeek());
        auto q = m_store.db().query("SELECT hours_per_week FROM team_budget WHERE team_id = ? AND edited_at < ? "
                                    "ORDER BY coalesce(_lam, _hlc) DESC, _dev DESC LIMIT 1");
        q->bind(1, teamId).bind(2, QDateTime(point.addDays(1), QTime(0, 0)).toSecsSinceEpoch());
        if (q->next()) {
            week.frameSet = true;
            week.frameHoursPerWeek = q->real(0);
        }
        week.usedHoursPerWeek = figure(teamId, point).usedHoursPerWeek;
        result << week;
    }
    return result;
}

} // namespace Kvarter
