// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TriageService.h"

#include "access/Access.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"
#include "task/TaskService.h"

#include <algorithm>

namespace Kvarter {

namespace {

constexpr const char *SelectDecision =
    "SELECT d.id, d.citizen_id, d.colour, d.previous_colour, d.reason, coalesce(d.report_id, ''), d.decided_by, "
    "coalesce(e.name, ''), d.decided_at, d.meeting_at, d.due_at FROM triage_decision d "
    "LEFT JOIN employee e ON e.id = d.decided_by ";

// The colour in force: the latest decision; in one second, the later write (Lamport order, which
// travels with the row), then the larger id: the same on every laptop.
constexpr const char *Latest = "WHERE d.citizen_id = ? ORDER BY d.decided_at DESC, d._lam DESC, d.id DESC LIMIT 1";

} // namespace

QList<TriageDecision> TriageService::readDecisions(Store &store, const QByteArray &where, const QList<QVariant> &arguments)
{
    auto q = store.db().query(QByteArray(SelectDecision) + where);
    for (qsizetype i = 0; i < arguments.size(); ++i)
        q->bind(int(i + 1), arguments[i]);
    const QTimeZone zone = Clock::teamZone();
    QList<TriageDecision> result;
    while (q->next()) {
        TriageDecision d;
        d.id = q->text(0);
        d.citizenId = q->text(1);
        // A colour this build does not know is read as red: never show a possibly serious change as fine.
        d.colour = TriageColours::fromKey(q->text(2)).value_or(TriageColour::Red);
        d.previous = TriageColours::fromKey(q->text(3)).value_or(TriageColour::Green);
        d.reason = q->text(4);
        d.reportId = q->text(5);
        d.decidedBy = q->text(6);
        d.decidedByName = q->text(7);
        d.decidedAt = QDateTime::fromSecsSinceEpoch(q->int64(8), zone);
        if (!q->isNull(9))
            d.meetingAt = QDateTime::fromSecsSinceEpoch(q->int64(9), zone);
        if (!q->isNull(10))
            d.dueAt = QDateTime::fromSecsSinceEpoch(q->int64(10), zone);
        result << d;
    }
    return result;
}

bool TriageService::affectsBoard(const QStringList &entities)
{
    static const QStringList tables { QStringLiteral("change_report"),   QStringLiteral("triage_decision"),
                                      QStringLiteral("triage_followup"), QStringLiteral("task"),
                                      QStringLiteral("task_done"),       QStringLiteral("citizen"),
                                      QStringLiteral("employee"),        QStringLiteral("team") };
    return std::any_of(entities.cbegin(), entities.cend(), [](const QString &e) { return tables.contains(e); });
}

bool TriageService::maySet(TriageColour from, TriageColour to) const
{
    if (!Access::allows(m_actor.role(), Right::Triage))
        return false;
    return !TriageRules::lowersFromRed(from, to) || Access::allows(m_actor.role(), Right::LowerFromRed);
}

TriageDecision TriageService::decide(const TriageRequest &request)
{
    Access::require(m_actor, Right::Triage);
    FieldErrors errors;
    if (request.citizenId.isEmpty() || !m_store.rowExists("citizen", request.citizenId))
        errors << FieldError { QStringLiteral("citizen"), tr("The citizen is not in the team's file.") };
    if (request.reason.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("reason"), tr("Say why: every change of colour is documented.") };
    if (!request.assigneeId.isEmpty() && !m_store.rowExists("employee", request.assigneeId))
        errors << FieldError { QStringLiteral("assignee"), tr("Nobody in the team has that id.") };
    if (!errors.isEmpty())
        throw ValidationError(errors);

    const TriageColour from = colourOf(request.citizenId);
    if (from == request.colour)
        throw ValidationError(
            { { QStringLiteral("colour"), tr("The citizen is %1 already.").arg(TriageColours::displayName(from).toLower()) } });
    if (TriageRules::lowersFromRed(from, request.colour))
        Access::require(m_actor, Right::LowerFromRed);

    const QDateTime now = m_store.clock().now().toUTC();
    TriageDecision d;
    d.id = Id::create();
    d.citizenId = request.citizenId;
    d.colour = request.colour;
    d.previous = from;
    d.reason = request.reason.trimmed();
    d.reportId = request.reportId;
    d.decidedBy = m_actor.employeeId();
    d.decidedAt = QDateTime::fromSecsSinceEpoch(now.toSecsSinceEpoch(), Clock::teamZone());
    NewTask task;
    task.citizenId = d.citizenId;
    task.source = TaskSource::Triage;
    task.sourceId = d.id;
    task.assigneeId = request.assigneeId;
    task.assigneeRole = request.assigneeRole;
    if (d.colour == TriageColour::Red) {
        d.dueAt = TriageRules::nurseVisitDue(d.decidedAt);
        task.kind = TaskKind::NurseVisit;
        if (task.assigneeId.isEmpty() && !task.assigneeRole)
            task.assigneeRole = Role::Nurse;
    } else if (d.colour == TriageColour::Yellow) {
        d.meetingAt = meetingSchedule().nextAfter(d.decidedAt);
        // A team with no meeting days still gets its 48 hours, counted from the decision.
        d.dueAt = TriageRules::actionInstructionsDue(d.meetingAt.isValid() ? d.meetingAt : d.decidedAt);
        task.kind = TaskKind::ActionInstructions;
        if (task.assigneeId.isEmpty() && !task.assigneeRole) {
            task.assigneeId =
                m_store.db().textFor("SELECT coalesce(contact_person_id, '') FROM citizen WHERE id = ?", d.citizenId);
            if (task.assigneeId.isEmpty())
                task.assigneeRole = Role::Nurse;
        }
    }
    task.dueAt = d.dueAt;
    const QString team = m_store.db().textFor("SELECT team_id FROM citizen WHERE id = ?", d.citizenId);
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("triage_decision", d.id,
                       { { "citizen_id", d.citizenId },
                         { "team_id", team },
                         { "colour", TriageColours::key(d.colour) },
                         { "previous_colour", TriageColours::key(d.previous) },
                         { "reason", d.reason },
                         { "report_id", d.reportId.isEmpty() ? QVariant() : QVariant(d.reportId) },
                         { "decided_by", d.decidedBy },
                         { "decided_at", d.decidedAt.toSecsSinceEpoch() },
                         { "meeting_at", d.meetingAt.isValid() ? QVariant(d.meetingAt.toSecsSinceEpoch()) : QVariant() },
                         { "due_at", d.dueAt.isValid() ? QVariant(d.dueAt.toSecsSinceEpoch()) : QVariant() } });
        if (d.colour != TriageColour::Green)
            TaskService::insert(m_store, team, m_actor.employeeId(), task);
    });
    d.decidedByName = m_store.db().textFor("SELECT name FROM employee WHERE id = ?", d.decidedBy);
    return d;
}

TriageColour TriageService::colourOf(const QString &citizenId)
{
    const std::optional<TriageDecision> d = current(citizenId);
    return d ? d->colour : TriageColour::Green;
}

std::optional<TriageDecision> TriageService::current(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QList<TriageDecision> found = readDecisions(m_store, Latest, { citizenId });
    return found.isEmpty() ? std::nullopt : std::optional<TriageDecision>(found.first());
}

QList<TriageDecision> TriageService::history(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    return readDecisions(m_store, "WHERE d.citizen_id = ? ORDER BY d.decided_at DESC, d._lam DESC, d.id DESC", { citizenId });
}

QString TriageService::recordFollowUp(const QString &citizenId, const QString &note)
{
    Access::require(m_actor, Right::Triage);
    const std::optional<TriageDecision> d = current(citizenId);
    if (!d || d->colour == TriageColour::Green)
        throw Error(tr("The citizen is green: there is no daily follow-up to tick."));
    const QString id = Id::create();
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("triage_followup", id,
                       { { "citizen_id", citizenId },
                         { "decision_id", d->id },
                         { "done_by", m_actor.employeeId() },
                         { "done_at", m_store.clock().now().toSecsSinceEpoch() },
                         { "note", note.trimmed() } });
    });
    return id;
}

QDateTime TriageService::lastFollowUp(const QString &decisionId)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query("SELECT max(done_at) FROM triage_followup WHERE decision_id = ?");
    q->bind(1, decisionId);
    if (q->next() && !q->isNull(0))
        return QDateTime::fromSecsSinceEpoch(q->int64(0), Clock::teamZone());
    return {};
}

QString TriageService::actorTeam()
{
    return m_store.db().textFor("SELECT team_id FROM employee WHERE id = ?", m_actor.employeeId());
}

BoardMeetingSchedule TriageService::meetingSchedule()
{
    BoardMeetingSchedule schedule;
    auto q = m_store.db().query("SELECT board_meeting_minute, board_meeting_days FROM team WHERE id = ?");
    q->bind(1, actorTeam());
    if (q->next()) {
        schedule.minuteOfDay = std::clamp(q->integer(0), 0, 24 * 60 - 1);
        schedule.days = BoardMeetingSchedule::daysFromKey(q->text(1));
    }
    return schedule;
}

void TriageService::setMeetingSchedule(const BoardMeetingSchedule &schedule)
{
    Access::require(m_actor, Right::Plan);
    FieldErrors errors;
    if (schedule.minuteOfDay < 0 || schedule.minuteOfDay >= 24 * 60)
        errors << FieldError { QStringLiteral("time"), tr("Give a time of day between 00:00 and 23:59.") };
    if (BoardMeetingSchedule::daysFromKey(schedule.daysKey()).isEmpty())
        errors << FieldError { QStringLiteral("days"), tr("Choose at least one weekday for the board meeting.") };
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QString team = actorTeam();
    m_store.write(m_actor.employeeId(), [&] {
        m_store.update("team", team,
                       { { "board_meeting_minute", schedule.minuteOfDay }, { "board_meeting_days", schedule.daysKey() } });
    });
}

Board TriageService::board(const BoardFilter &filter)
{
    Access::require(m_actor, Right::ReadCitizen);
    return TriageBoard(m_store, actorTeam(), meetingSchedule().nextAfter(m_store.clock().now())).build(filter);
}

} // namespace Kvarter
