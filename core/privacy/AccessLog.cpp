// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AccessLog.h"

#include "BreakGlass.h"
#include "BreakGlassNeeded.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"
#include "visit/VisitService.h"

#include <limits>

namespace Kvarter {

namespace {

// The entry's columns, shared by the report and the review list (which adds its own after them).
constexpr const char *EntrySelect =
    "SELECT l.id, l.citizen_id, coalesce(c.name, ''), l.employee_id, coalesce(e.name, ''), coalesce(e.role, ''), "
    "l.team_id, l.opened_at, l.part, l.context, coalesce(l.grant_id, ''), coalesce(g.reason, '')";
constexpr const char *EntryJoins = " FROM access_log l LEFT JOIN citizen c ON c.id = l.citizen_id "
                                   "LEFT JOIN employee e ON e.id = l.employee_id "
                                   "LEFT JOIN access_grant g ON g.id = l.grant_id ";
constexpr int EntryColumns = 12;

AccessEntry entryFrom(const Statement &q)
{
    AccessEntry e;
    e.id = q.text(0);
    e.citizenId = q.text(1);
    e.citizenName = q.text(2);
    e.employeeId = q.text(3);
    e.employeeName = q.text(4);
    e.role = Roles::fromKey(q.text(5));
    e.teamId = q.text(6);
    e.openedAt = QDateTime::fromMSecsSinceEpoch(q.int64(7), Clock::teamZone());
    e.partKey = q.text(8);
    e.contextKey = q.text(9);
    e.grantId = q.text(10);
    e.grantReason = q.text(11);
    return e;
}

// [from, to] as milliseconds [start, end) in the team's zone; open ends when a date is not valid.
std::pair<qint64, qint64> msBounds(const QDate &from, const QDate &to)
{
    const qint64 start = from.isValid() ? VisitService::dayBounds(from).first * 1000 : std::numeric_limits<qint64>::min();
    const qint64 end = to.isValid() ? VisitService::dayBounds(to).second * 1000 : std::numeric_limits<qint64>::max();
    return { start, end };
}

} // namespace

AccessContext AccessLog::recordOpening(const QString &citizenId, AccessPart part)
{
    Access::require(m_actor, Right::ReadCitizen);
    AccessContext context = AccessContext::OwnTeam;
    const qint64 now = m_store.clock().nowMs();
    m_store.write(m_actor.employeeId(), [&] { context = logOne(citizenId, part, now); });
    return context;
}

QList<AccessContext> AccessLog::recordOpenings(const QStringList &citizenIds, AccessPart part)
{
    Access::require(m_actor, Right::ReadCitizen);
    QList<AccessContext> contexts;
    const qint64 now = m_store.clock().nowMs();
    m_store.write(m_actor.employeeId(), [&] {
        for (const QString &id : citizenIds)
            contexts << logOne(id, part, now);
    });
    return contexts;
}

AccessContext AccessLog::logOne(const QString &citizenId, AccessPart part, qint64 nowMs)
{
    // Everything the context needs in one statement: opening a citizen is the most frequent thing
    // a person does, and logging it must stay well under a millisecond.
    const auto [dayStart, dayEnd] = VisitService::dayBounds(QDateTime::fromMSecsSinceEpoch(nowMs, Clock::teamZone()).date());
    auto q = m_store.db().query(
        "SELECT c.team_id, c.name, coalesce(e.team_id, ''), "
        "(c.visitator_id = ?2 OR c.contact_person_id = ?2), "
        "EXISTS (SELECT 1 FROM visit v WHERE v.citizen_id = c.id AND v.employee_id = ?2 AND v.start >= ?3 "
        "        AND v.start < ?4 AND v.status <> 'cancelled'), "
        "coalesce((SELECT g.id FROM access_grant g WHERE g.employee_id = ?2 AND g.citizen_id = c.id AND g.expires_at > ?5 "
        "          ORDER BY g.expires_at DESC LIMIT 1), '') "
        "FROM citizen c LEFT JOIN employee e ON e.id = ?2 WHERE c.id = ?1");
    q->bind(1, citizenId).bind(2, m_actor.employeeId()).bind(3, dayStart).bind(4, dayEnd).bind(5, nowMs);
    if (!q->next())
        throw Error(tr("There is no citizen with this id."));
    const QString citizenTeam = q->text(0);
    const QString citizenName = q->text(1);
    const bool ownTeam = !citizenTeam.isEmpty() && citizenTeam == q->text(2);
    const bool fixedPerson = q->integer(3) != 0;
    const bool visitToday = q->integer(4) != 0;
    const QString grantId = q->text(5);
    q->reset();

    if (!ownTeam && !fixedPerson && grantId.isEmpty())
        throw BreakGlassNeeded(tr("%1 is helped by another team. To open the record, give a reason (why care needs it "
                                  "now); you then have access for %n hour(s), and the team leader sees the reason.",
                                  nullptr, BreakGlass::GrantHours)
                                   .arg(citizenName),
                               citizenId);
    // The strongest reason that holds; a grant is named only when the opening relied on it.
    const bool reliesOnGrant = !ownTeam && !fixedPerson;
    const AccessContext context = visitToday ? AccessContext::PlannedVisitToday
        : fixedPerson                        ? AccessContext::FixedPerson
        : ownTeam                            ? AccessContext::OwnTeam
                                             : AccessContext::BrokenGlass;
    m_store.insert("access_log", Id::create(),
                   { { "citizen_id", citizenId },
                     { "employee_id", m_actor.employeeId() },
                     { "team_id", citizenTeam },
                     { "opened_at", nowMs },
                     { "part", AccessParts::key(part) },
                     { "context", AccessContexts::key(context) },
                     { "grant_id", reliesOnGrant ? QVariant(grantId) : QVariant() } });
    return context;
}

QList<AccessEntry> AccessLog::whoLooked(const QString &citizenId, const QDate &from, const QDate &to)
{
    Access::require(m_actor, Right::ReviewAccess);
    const auto [start, end] = msBounds(from, to);
    auto q = m_store.db().query(QByteArray(EntrySelect) + EntryJoins
                                + "WHERE l.citizen_id = ? AND l.opened_at >= ? AND l.opened_at < ? "
                                  "ORDER BY l.opened_at DESC, coalesce(l._lam, l._hlc) DESC, l.id DESC");
    q->bind(1, citizenId).bind(2, start).bind(3, end);
    QList<AccessEntry> entries;
    while (q->next())
        entries << entryFrom(*q);
    return entries;
}

QList<UnusualOpening> AccessLog::unusual(const QDate &from, const QDate &to)
{
    Access::require(m_actor, Right::ReviewAccess);
    const QString team = actorTeam();
    const auto [start, end] = msBounds(from, to);
    // A visit "within a few days" of the opening: the employee's own, or for a printed run list
    // anybody's (the list is printed for the visits on it).
    auto q = m_store.db().query(
        QByteArray(EntrySelect)
        + ", coalesce(e.team_id, ''), "
          "EXISTS (SELECT 1 FROM visit v WHERE v.citizen_id = l.citizen_id AND v.employee_id = l.employee_id "
          "        AND v.status <> 'cancelled' AND v.start >= l.opened_at / 1000 - ?4 AND v.start <= l.opened_at / 1000 + ?4), "
          "EXISTS (SELECT 1 FROM visit v WHERE v.citizen_id = l.citizen_id "
          "        AND v.status <> 'cancelled' AND v.start >= l.opened_at / 1000 - ?4 AND v.start <= l.opened_at / 1000 + ?4)"
        + EntryJoins
        + "WHERE l.opened_at >= ?1 AND l.opened_at < ?2 AND (l.team_id = ?3 OR e.team_id = ?3) "
          "ORDER BY l.opened_at DESC, coalesce(l._lam, l._hlc) DESC, l.id DESC");
    q->bind(1, start).bind(2, end).bind(3, team).bind(4, qint64(VisitWindowDays) * 86400);
    QList<UnusualOpening> result;
    while (q->next()) {
        UnusualOpening u { entryFrom(*q), {} };
        const QString employeeTeam = q->text(EntryColumns);
        const bool ownVisit = q->integer(EntryColumns + 1) != 0;
        const bool anyVisit = q->integer(EntryColumns + 2) != 0;
        const std::optional<AccessPart> part = u.entry.part();
        // No visit is expected of the citizen's fixed visitator or contact person, who answer for
        // the citizen anyway, nor of a team leader printing this very review.
        const bool standingDuty = u.entry.context() == AccessContext::FixedPerson
            || (part == AccessPart::ReportPrinted && u.entry.role && Access::allows(*u.entry.role, Right::ReviewAccess));
        const bool visitNearby = part == AccessPart::RunListPrinted ? anyVisit : ownVisit;
        if (!visitNearby && !standingDuty)
            u.reasons << UnusualReason::NoVisitPlanned;
        if (!u.entry.grantId.isEmpty())
            u.reasons << UnusualReason::BrokeTheGlass;
        else if (employeeTeam != u.entry.teamId)
            u.reasons << UnusualReason::OutsideOwnTeam;
        if (atNight(u.entry.openedAt))
            u.reasons << UnusualReason::AtNight;
        if (!u.reasons.isEmpty())
            result << u;
    }
    return result;
}

bool AccessLog::atNight(const QDateTime &moment)
{
    // The wall clock in Copenhagen, not a fixed offset from UTC: 05:30 is night in winter and in
    // summer alike, though they are different hours in UTC.
    const int hour = moment.toTimeZone(Clock::teamZone()).time().hour();
    return hour >= 22 || hour < 6;
}

QString AccessLog::describe(UnusualReason reason, const AccessEntry &entry)
{
    switch (reason) {
    case UnusualReason::NoVisitPlanned: return tr("no visit planned within %n day(s)", nullptr, VisitWindowDays);
    case UnusualReason::OutsideOwnTeam: return tr("outside the own team");
    case UnusualReason::BrokeTheGlass: return tr("another team, broke the glass: \"%1\"").arg(entry.grantReason);
    case UnusualReason::AtNight: return tr("at night");
    }
    return {};
}

QString AccessLog::actorTeam() { return m_store.db().textFor("SELECT team_id FROM employee WHERE id = ?", m_actor.employeeId()); }

} // namespace Kvarter
