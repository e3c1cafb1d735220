// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "VisitService.h"

#include "access/Access.h"

#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"

namespace Kvarter {

namespace {
constexpr int MaxVisitMinutes = 12 * 60;
}

const char *VisitService::selectColumns()
{
    return "SELECT v.id, v.citizen_id, coalesce(v.employee_id, ''), v.start, v.minutes, v.services, v.status, "
           "c.name, c.address, coalesce(e.name, ''), coalesce(e.initials, '') FROM visit v "
           "JOIN citizen c ON c.id = v.citizen_id LEFT JOIN employee e ON e.id = v.employee_id ";
}

QList<Visit> VisitService::readVisits(Statement &q)
{
    QList<Visit> result;
    const QTimeZone zone = Clock::teamZone();
    while (q.next()) {
        Visit v;
        v.id = q.text(0);
        v.citizenId = q.text(1);
        v.employeeId = q.text(2);
        v.start = QDateTime::fromSecsSinceEpoch(q.int64(3), zone);
        v.minutes = q.integer(4);
        v.services = q.text(5).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        v.status = VisitStatuses::fromKey(q.text(6)).value_or(VisitStatus::Planned);
        v.citizenName = q.text(7);
        v.citizenAddress = q.text(8);
        v.employeeName = q.text(9);
        v.employeeInitials = q.text(10);
        result << v;
    }
    return result;
}

std::pair<qint64, qint64> VisitService::dayBounds(const QDate &day, int days)
{
    const QTimeZone zone = Clock::teamZone();
    // Midnight to midnight in Copenhagen: a DST day has 23 or 25 hours, so never add 86400.
    return { QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch(),
             QDateTime(day.addDays(days), QTime(0, 0), zone).toSecsSinceEpoch() };
}

FieldErrors VisitService::validate(const Visit &visit)
{
    FieldErrors errors;
    if (visit.citizenId.isEmpty())
        errors << FieldError { QStringLiteral("citizen"), tr("Choose the citizen to visit.") };
    if (!visit.start.isValid())
        errors << FieldError { QStringLiteral("start"), tr("Enter when the visit starts.") };
    if (visit.minutes < 1 || visit.minutes > MaxVisitMinutes)
        errors << FieldError { QStringLiteral("minutes"),
                               tr("A visit lasts between 1 minute and %1 hours.").arg(MaxVisitMinutes / 60) };
    return errors;
}

QString VisitService::add(const Visit &visit)
{
    // Planning a visit is planning the team's day, as moving one is (PlanService::move).
    Access::require(m_actor, Right::Plan);
    if (const FieldErrors errors = validate(visit); !errors.isEmpty())
        throw ValidationError(errors);
    const QString id = visit.id.isEmpty() ? Id::create() : visit.id;
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("visit", id,
                       { { "citizen_id", visit.citizenId },
                         { "employee_id", visit.employeeId.isEmpty() ? QVariant() : QVariant(visit.employeeId) },
                         { "start", visit.start.toSecsSinceEpoch() },
                         { "minutes", visit.minutes },
                         { "services", visit.services.join(QLatin1Char(' ')) },
                         { "status", VisitStatuses::key(visit.status) } });
    });
    return id;
}

void VisitService::setStatus(const QString &visitId, VisitStatus status)
{
    const std::optional<Visit> current = visit(visitId);
    if (!current)
        throw Error(tr("The visit no longer exists."));
    Access::require(m_actor, Right::RecordVisit);
    const bool finishing = status == VisitStatus::Done || status == VisitStatus::NotHome;
    if (finishing && current->start.date() > m_store.clock().now().toTimeZone(Clock::teamZone()).date())
        throw Error(tr("A visit on %1 cannot be marked before that day.")
                        .arg(QLocale().toString(current->start.date(), QLocale::LongFormat)));
    if (current->status == status)
        return;
    m_store.write(m_actor.employeeId(), [&] { m_store.update("visit", visitId, { { "status", VisitStatuses::key(status) } }); });
}

std::optional<QString> VisitService::assigneeOf(Store &store, const QString &visitId)
{
    auto q = store.db().query("SELECT coalesce(employee_id, '') FROM visit WHERE id = ?");
    q->bind(1, visitId);
    if (!q->next())
        return std::nullopt;
    return q->text(0);
}

std::optional<Visit> VisitService::visit(const QString &id)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query(QByteArray(selectColumns()) + "WHERE v.id = ?");
    q->bind(1, id);
    const QList<Visit> found = readVisits(*q);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Visit> VisitService::myDay(const QString &employeeId, const QDate &day)
{
    // Your own day is part of your work; somebody else's is the plan, with its own right.
    Access::require(m_actor, employeeId == m_actor.employeeId() ? Right::ReadCitizen : Right::ReadPlan);
    const auto [from, to] = dayBounds(day);
    auto q = m_store.db().query(QByteArray(selectColumns())
                                + "WHERE v.employee_id = ? AND v.start >= ? AND v.start < ? ORDER BY v.start");
    q->bind(1, employeeId).bind(2, from).bind(3, to);
    return readVisits(*q);
}

QList<Visit> VisitService::history(const QString &citizenId, int offset, int limit)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query(QByteArray(selectColumns()) + "WHERE v.citizen_id = ? ORDER BY v.start DESC LIMIT ? OFFSET ?");
    q->bind(1, citizenId).bind(2, limit).bind(3, offset);
    return readVisits(*q);
}

QList<Visit> VisitService::pastVisits(const QString &citizenId, const QDateTime &now, int offset, int limit)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query(QByteArray(selectColumns())
                                + "WHERE v.citizen_id = ? AND v.start < ? ORDER BY v.start DESC LIMIT ? OFFSET ?");
    q->bind(1, citizenId).bind(2, now.toSecsSinceEpoch()).bind(3, limit).bind(4, offset);
    return readVisits(*q);
}

int VisitService::pastCount(const QString &citizenId, const QDateTime &now)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query("SELECT count(*) FROM visit WHERE citizen_id = ? AND start < ?");
    q->bind(1, citizenId).bind(2, now.toSecsSinceEpoch());
    return q->next() ? q->integer(0) : 0;
}

QList<Visit> VisitService::upcomingVisits(const QString &citizenId, const QDateTime &now, int offset, int limit)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query(QByteArray(selectColumns())
                                + "WHERE v.citizen_id = ? AND v.start >= ? ORDER BY v.start LIMIT ? OFFSET ?");
    q->bind(1, citizenId).bind(2, now.toSecsSinceEpoch()).bind(3, limit).bind(4, offset);
    return readVisits(*q);
}

int VisitService::upcomingCount(const QString &citizenId, const QDateTime &now)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query("SELECT count(*) FROM visit WHERE citizen_id = ? AND start >= ?");
    q->bind(1, citizenId).bind(2, now.toSecsSinceEpoch());
    return q->next() ? q->integer(0) : 0;
}

int VisitService::historyCount(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query("SELECT count(*) FROM visit WHERE citizen_id = ?");
    q->bind(1, citizenId);
    return q->next() ? q->integer(0) : 0;
}

} // namespace Kvarter
