// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "MeetingService.h"

#include "access/Access.h"
#include "change/TriageService.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "common/Id.h"
#include "store/Store.h"
#include "task/TaskService.h"
#include "visit/VisitService.h"

#include <QHash>
#include <algorithm>

namespace Kvarter {

AgendaItem &MeetingService::itemFor(Agenda &agenda, QHash<QString, qsizetype> &index, const QString &citizenId,
                                    const QString &name, const QString &cpr)
{
    auto found = index.constFind(citizenId);
    if (found != index.cend())
        return agenda.items[*found];
    index.insert(citizenId, agenda.items.size());
    agenda.items << AgendaItem { citizenId, name, cpr, TriageColour::Green, {} };
    return agenda.items.last();
}

Agenda MeetingService::agenda(const QDate &date)
{
    Access::require(m_actor, Right::ReadCitizen);
    Agenda agenda;
    agenda.teamId = actorTeam();
    agenda.teamName = m_store.db().textFor("SELECT name FROM team WHERE id = ?", agenda.teamId);
    agenda.date = date;
    agenda.builtAt = m_store.clock().now();
    QHash<QString, qsizetype> index;

    // The board as it stands: it is what the meeting discusses, whatever the date.
    const Board board = TriageService(m_store, m_actor).board();
    for (const BoardEntry &e : board.entries) {
        AgendaItem &item = itemFor(agenda, index, e.citizenId, e.citizenName, e.cpr);
        item.colour = e.colour;
        if (e.decision && e.colour != TriageColour::Green) {
            const QString why =
                (e.colour == TriageColour::Red ? tr("Red since %1, set by %2: %3") : tr("Yellow since %1, set by %2: %3"))
                    .arg(DisplayTime::dateTime(e.decision->decidedAt), e.decision->decidedByName, e.decision->reason);
            item.reasons << AgendaReasonLine { e.colour == TriageColour::Red ? AgendaReason::Red : AgendaReason::Yellow, why };
        }
        if (e.latestReport && (!e.decision || e.newReports > 0))
            item.reasons << AgendaReasonLine { AgendaReason::NewChange,
                                               tr("New change in need %1 by %2, not triaged: %3")
                                                   .arg(DisplayTime::dateTime(e.latestReport->reportedAt),
                                                        e.latestReport->reportedByName, e.latestReport->itemNames()) };
    }
    addEscalations(agenda, index);
    addContinuity(agenda, index);

    // A board entry with nothing to discuss (green with a lowered suggestion only) is not an item.
    agenda.items.erase(
        std::remove_if(agenda.items.begin(), agenda.items.end(), [](const AgendaItem &i) { return i.reasons.isEmpty(); }),
        agenda.items.end());
    std::stable_sort(agenda.items.begin(), agenda.items.end(), [](const AgendaItem &a, const AgendaItem &b) {
        if (a.reasons.first().reason != b.reasons.first().reason)
            return a.reasons.first().reason < b.reasons.first().reason;
        return a.citizenName.localeAwareCompare(b.citizenName) < 0;
    });
    return agenda;
}

void MeetingService::addEscalations(Agenda &agenda, QHash<QString, qsizetype> &index)
{
    // As the visitator's queue (DecisionService::escalationQueue): escalated, not answered, not corrected.
    auto q =
        m_store.db().query("SELECT c.id, c.name, c.cpr, d.service_code, d.decided_at, coalesce(e.name, ''), d.frame_note, "
                           "coalesce(v.name, '') FROM decision d JOIN citizen c ON c.id = d.citizen_id AND c.team_id = ? "
                           "LEFT JOIN employee e ON e.id = d.decided_by LEFT JOIN employee v ON v.id = d.escalated_to "
                           "WHERE d.outcome = 'escalated' AND NOT EXISTS (SELECT 1 FROM decision a WHERE a.answers_id = d.id) "
                           "AND NOT EXISTS (SELECT 1 FROM decision x WHERE x.corrects_id = d.id) ORDER BY d.decided_at, d.id");
    q->bind(1, agenda.teamId);
    while (q->next()) {
        AgendaItem &item = itemFor(agenda, index, q->text(0), q->text(1), q->text(2));
        const QString when = DisplayTime::dateTime(QDateTime::fromSecsSinceEpoch(q->int64(4), Clock::teamZone()));
        QString why = tr("%1 escalated %2 by %3, waiting for the visitator %4").arg(q->text(3), when, q->text(5), q->text(7));
        if (!q->text(6).isEmpty())
            why += QStringLiteral(": ") + q->text(6);
        item.reasons << AgendaReasonLine { AgendaReason::Escalation, why };
    }
}

void MeetingService::addContinuity(Agenda &agenda, QHash<QString, qsizetype> &index)
{
    const QList<ContinuityChange> changes = continuity(m_store, agenda.teamId, agenda.date);
    auto names = m_store.db().query("SELECT name, cpr FROM citizen WHERE id = ?");
    for (const ContinuityChange &c : changes) {
        if (!c.fell())
            continue;
        names->bind(1, c.citizenId);
        QString name, cpr;
        if (names->next()) {
            name = names->text(0);
            cpr = names->text(1);
        }
        names->reset();
        AgendaItem &item = itemFor(agenda, index, c.citizenId, name, cpr);
        item.reasons << AgendaReasonLine { AgendaReason::ContinuityFell,
                                           tr("%1 different staff in the last %2 days, %3 in the %2 days before")
                                               .arg(c.staffLast)
                                               .arg(ContinuityDays)
                                               .arg(c.staffBefore) };
    }
}

QList<ContinuityChange> MeetingService::continuity(Store &store, const QString &teamId, const QDate &date)
{
    const auto [from, mid] = VisitService::dayBounds(date.addDays(-2 * ContinuityDays), ContinuityDays);
    const auto [mid2, to] = VisitService::dayBounds(date.addDays(-ContinuityDays), ContinuityDays);
    Q_UNUSED(mid2)
    // One pass over the visits of both windows (by visit_by_start), split at the middle.
    auto q = store.db().query("SELECT v.citizen_id, count(DISTINCT CASE WHEN v.start < ?1 THEN v.employee_id END), "
                              "count(DISTINCT CASE WHEN v.start >= ?1 THEN v.employee_id END) FROM visit v "
                              "JOIN citizen c ON c.id = v.citizen_id AND c.team_id = ?2 "
                              "WHERE v.start >= ?3 AND v.start < ?4 AND v.status IN ('done', 'planned') "
                              "AND v.employee_id IS NOT NULL GROUP BY v.citizen_id ORDER BY v.citizen_id");
    q->bind(1, mid).bind(2, teamId).bind(3, from).bind(4, to);
    QList<ContinuityChange> result;
    while (q->next())
        result << ContinuityChange { q->text(0), q->integer(1), q->integer(2) };
    return result;
}

QString MeetingService::recordMeeting(const QDate &date, const QStringList &participantIds)
{
    Access::require(m_actor, Right::Triage);
    FieldErrors errors;
    if (!date.isValid())
        errors << FieldError { QStringLiteral("date"), tr("Give the meeting's date.") };
    QStringList people { m_actor.employeeId() };
    for (const QString &p : participantIds) {
        if (!m_store.rowExists("employee", p))
            errors << FieldError { QStringLiteral("participants"), tr("Nobody in the team has the id '%1'.").arg(p) };
        else if (!people.contains(p))
            people << p;
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QString id = Id::create();
    const QString team = actorTeam();
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("meeting", id,
                       { { "team_id", team },
                         { "meeting_date", date.toString(Qt::ISODate) },
                         { "participants", people.join(QLatin1Char(',')) },
                         { "recorded_by", m_actor.employeeId() },
                         { "recorded_at", m_store.clock().now().toSecsSinceEpoch() } });
    });
    return id;
}

MinutesItem MeetingService::addItem(const QDate &date, const MinutesEntry &entry)
{
    Access::require(m_actor, Right::Triage);
    FieldErrors errors;
    if (!date.isValid())
        errors << FieldError { QStringLiteral("date"), tr("Give the meeting's date.") };
    if (entry.citizenId.isEmpty() || !m_store.rowExists("citizen", entry.citizenId))
        errors << FieldError { QStringLiteral("citizen"), tr("The citizen is not in the team's file.") };
    if (entry.decision.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("decision"), tr("Write what the meeting decided.") };
    NewTask task;
    if (entry.action) {
        task.citizenId = entry.citizenId;
        task.kind = TaskKind::Action;
        task.title = entry.action->text;
        task.dueAt = entry.action->dueAt;
        task.assigneeId = entry.action->assigneeId;
        task.assigneeRole = entry.action->assigneeRole;
        task.source = TaskSource::Meeting;
        errors << TaskService::validate(task);
        if (!task.assigneeId.isEmpty() && !m_store.rowExists("employee", task.assigneeId))
            errors << FieldError { QStringLiteral("assignee"), tr("Nobody in the team has that id.") };
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);

    const QString team = actorTeam();
    const QString day = date.toString(Qt::ISODate);
    bool meetingKnown = false;
    {
        auto q = m_store.db().query("SELECT 1 FROM meeting WHERE team_id = ? AND meeting_date = ? LIMIT 1");
        q->bind(1, team).bind(2, day);
        meetingKnown = q->next();
    }
    MinutesItem item;
    item.id = Id::create();
    item.citizenId = entry.citizenId;
    item.decision = entry.decision.trimmed();
    item.writtenBy = m_actor.employeeId();
    item.writtenAt = QDateTime::fromSecsSinceEpoch(m_store.clock().now().toSecsSinceEpoch(), Clock::teamZone());
    m_store.write(m_actor.employeeId(), [&] {
        if (!meetingKnown)
            m_store.insert("meeting", Id::create(),
                           { { "team_id", team },
                             { "meeting_date", day },
                             { "participants", m_actor.employeeId() },
                             { "recorded_by", m_actor.employeeId() },
                             { "recorded_at", item.writtenAt.toSecsSinceEpoch() } });
        if (entry.action) {
            task.sourceId = item.id; // the task says which minutes it came from
            item.taskId = TaskService::insert(m_store, team, m_actor.employeeId(), task);
        }
        m_store.insert("meeting_item", item.id,
                       { { "team_id", team },
                         { "meeting_date", day },
                         { "citizen_id", item.citizenId },
                         { "decision", item.decision },
                         { "task_id", item.taskId.isEmpty() ? QVariant() : QVariant(item.taskId) },
                         { "written_by", item.writtenBy },
                         { "written_at", item.writtenAt.toSecsSinceEpoch() } });
    });
    return item;
}

Minutes MeetingService::minutes(const QDate &date)
{
    Access::require(m_actor, Right::ReadCitizen);
    Minutes m;
    m.date = date;
    const QString team = actorTeam();
    const QString day = date.toString(Qt::ISODate);
    {
        auto q = m_store.db().query("SELECT participants FROM meeting WHERE team_id = ? AND meeting_date = ? "
                                    "ORDER BY recorded_at, _lam, id");
        q->bind(1, team).bind(2, day);
        while (q->next())
            for (const QString &p : q->text(0).split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!m.participantIds.contains(p))
                    m.participantIds << p;
    }
    for (const QString &p : std::as_const(m.participantIds)) {
        const QString name = m_store.db().textFor("SELECT name FROM employee WHERE id = ?", p);
        m.participantNames << (name.isEmpty() ? p : name);
    }
    auto q = m_store.db().query(
        "SELECT i.id, i.citizen_id, coalesce(c.name, ''), coalesce(c.cpr, ''), i.decision, coalesce(i.task_id, ''), "
        "i.written_by, coalesce(e.name, ''), i.written_at FROM meeting_item i LEFT JOIN citizen c ON c.id = i.citizen_id "
        "LEFT JOIN employee e ON e.id = i.written_by WHERE i.team_id = ? AND i.meeting_date = ? "
        "ORDER BY i.written_at, i._lam, i.id");
    q->bind(1, team).bind(2, day);
    while (q->next())
        m.items << MinutesItem { q->text(0), q->text(1), q->text(2),
                                 q->text(3), q->text(4), q->text(5),
                                 q->text(6), q->text(7), QDateTime::fromSecsSinceEpoch(q->int64(8), Clock::teamZone()) };
    return m;
}

QString MeetingService::actorTeam()
{
    return m_store.db().textFor("SELECT team_id FROM employee WHERE id = ?", m_actor.employeeId());
}

} // namespace Kvarter
