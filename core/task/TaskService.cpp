// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TaskService.h"

#include "access/Access.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "common/Id.h"
#include "store/Store.h"

namespace Kvarter {

namespace {

// A task with its citizen's and assignee's names and its first completion (done_at, then Lamport order and id: the
// same on every laptop when two completions were made apart).
constexpr const char *Select =
    "SELECT t.id, t.team_id, coalesce(t.citizen_id, ''), coalesce(c.name, ''), t.kind, t.title, t.due_at, "
    "coalesce(t.assignee_id, ''), coalesce(e.name, ''), coalesce(t.assignee_role, ''), t.source, coalesce(t.source_id, ''), "
    "t.created_by, t.created_at, coalesce(d.done_by, ''), coalesce(de.name, ''), d.done_at, coalesce(d.note, '') "
    "FROM task t LEFT JOIN citizen c ON c.id = t.citizen_id LEFT JOIN employee e ON e.id = t.assignee_id "
    "LEFT JOIN task_done d ON d.id = (SELECT x.id FROM task_done x WHERE x.task_id = t.id ORDER BY x.done_at, x._lam, x.id LIMIT "
    "1) "
    "LEFT JOIN employee de ON de.id = d.done_by ";

constexpr const char *Open = "NOT EXISTS (SELECT 1 FROM task_done x WHERE x.task_id = t.id)";

} // namespace

FieldErrors TaskService::validate(const NewTask &task)
{
    FieldErrors errors;
    if (task.kind == TaskKind::Action && task.title.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("title"), tr("Say what is to be done.") };
    if (!task.dueAt.isValid())
        errors << FieldError { QStringLiteral("dueAt"), tr("Give the time the task is due.") };
    if (task.assigneeId.isEmpty() && !task.assigneeRole)
        errors << FieldError { QStringLiteral("assignee"), tr("Give the task to a person or to a role.") };
    return errors;
}

QString TaskService::insert(Store &store, const QString &teamId, const QString &createdBy, const NewTask &task)
{
    const QString id = Id::create();
    store.insert("task", id,
                 { { "team_id", teamId },
                   { "citizen_id", task.citizenId.isEmpty() ? QVariant() : QVariant(task.citizenId) },
                   { "kind", Tasks::kindKey(task.kind) },
                   { "title", task.title.trimmed() },
                   { "due_at", task.dueAt.toSecsSinceEpoch() },
                   { "assignee_id", task.assigneeId.isEmpty() ? QVariant() : QVariant(task.assigneeId) },
                   { "assignee_role", task.assigneeRole ? QVariant(Roles::key(*task.assigneeRole)) : QVariant() },
                   { "source", Tasks::sourceKey(task.source) },
                   { "source_id", task.sourceId.isEmpty() ? QVariant() : QVariant(task.sourceId) },
                   { "created_by", createdBy },
                   { "created_at", store.clock().now().toSecsSinceEpoch() } });
    return id;
}

QString TaskService::add(const NewTask &task)
{
    Access::require(m_actor, Right::Triage);
    FieldErrors errors = validate(task);
    if (!task.citizenId.isEmpty() && !m_store.rowExists("citizen", task.citizenId))
        errors << FieldError { QStringLiteral("citizen"), tr("The citizen is not in the team's file.") };
    if (!task.assigneeId.isEmpty() && !m_store.rowExists("employee", task.assigneeId))
        errors << FieldError { QStringLiteral("assignee"), tr("Nobody in the team has that id.") };
    if (!errors.isEmpty())
        throw ValidationError(errors);
    QString id;
    const QString team = actorTeam();
    m_store.write(m_actor.employeeId(), [&] { id = insert(m_store, team, m_actor.employeeId(), task); });
    return id;
}

void TaskService::complete(const QString &taskId, const QString &note)
{
    Access::require(m_actor, Right::CompleteTasks);
    const std::optional<Task> t = task(taskId);
    if (!t)
        throw Error(tr("There is no task with id '%1'.").arg(taskId));
    if (t->done())
        throw Error(tr("The task was done already, by %1 at %2.")
                        .arg(t->doneByName.isEmpty() ? t->doneBy : t->doneByName, DisplayTime::dateTime(t->doneAt)));
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("task_done", Id::create(),
                       { { "task_id", taskId },
                         { "done_by", m_actor.employeeId() },
                         { "done_at", m_store.clock().now().toSecsSinceEpoch() },
                         { "note", note.trimmed() } });
    });
}

std::optional<Task> TaskService::task(const QString &id)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QList<Task> found = read("WHERE t.id = ?", { id });
    return found.isEmpty() ? std::nullopt : std::optional<Task>(found.first());
}

QList<Task> TaskService::forEmployee(const QString &employeeId, const TaskQuery &query)
{
    Access::require(m_actor, employeeId == m_actor.employeeId() ? Right::ReadCitizen : Right::ReadPlan);
    QString team, role;
    {
        auto q = m_store.db().query("SELECT team_id, role FROM employee WHERE id = ?");
        q->bind(1, employeeId);
        if (!q->next())
            return {};
        team = q->text(0);
        role = q->text(1);
    }
    // Two index lookups (by person, by team and role), not an OR the planner may scan for.
    QByteArray where = "WHERE t.id IN (SELECT id FROM task WHERE assignee_id = ? UNION ALL "
                       "SELECT id FROM task WHERE team_id = ? AND assignee_role = ? AND assignee_id IS NULL)";
    if (!query.includeDone)
        where += QByteArray(" AND ") + Open;
    QList<QVariant> args { employeeId, team, role };
    if (query.overdueOnly) {
        where += " AND t.due_at < ?";
        args << m_store.clock().now().toSecsSinceEpoch();
    }
    return read(where + " ORDER BY t.due_at, t.id", args);
}

QList<Task> TaskService::openForTeam()
{
    Access::require(m_actor, Right::ReadCitizen);
    return read(QByteArray("WHERE t.team_id = ? AND ") + Open + " ORDER BY t.due_at, t.id", { actorTeam() });
}

QList<Task> TaskService::forCitizen(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    return read("WHERE t.citizen_id = ? ORDER BY t.due_at DESC, t.id", { citizenId });
}

QString TaskService::actorTeam()
{
    return m_store.db().textFor("SELECT team_id FROM employee WHERE id = ?", m_actor.employeeId());
}

QList<Task> TaskService::read(const QByteArray &where, const QList<QVariant> &arguments)
{
    auto q = m_store.db().query(QByteArray(Select) + where);
    for (qsizetype i = 0; i < arguments.size(); ++i)
        q->bind(int(i + 1), arguments[i]);
    const QTimeZone zone = Clock::teamZone();
    QList<Task> tasks;
    while (q->next()) {
        Task t;
        t.id = q->text(0);
        t.teamId = q->text(1);
        t.citizenId = q->text(2);
        t.citizenName = q->text(3);
        t.kindKey = q->text(4);
        t.kind = Tasks::kindFromKey(t.kindKey).value_or(TaskKind::Action);
        t.title = q->text(5);
        t.dueAt = QDateTime::fromSecsSinceEpoch(q->int64(6), zone);
        t.assigneeId = q->text(7);
        t.assigneeName = q->text(8);
        t.assigneeRole = Roles::fromKey(q->text(9));
        t.source = Tasks::sourceFromKey(q->text(10)).value_or(TaskSource::Triage);
        t.sourceId = q->text(11);
        t.createdBy = q->text(12);
        t.createdAt = QDateTime::fromSecsSinceEpoch(q->int64(13), zone);
        t.doneBy = q->text(14);
        t.doneByName = q->text(15);
        if (!q->isNull(16))
            t.doneAt = QDateTime::fromSecsSinceEpoch(q->int64(16), zone);
        t.doneNote = q->text(17);
        tasks << t;
    }
    return tasks;
}

} // namespace Kvarter
