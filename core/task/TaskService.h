// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Task.h"
#include "access/Actor.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class Store;

/// A task to add: for a citizen or the team, due at a time, for a person or a role.
struct NewTask
{
    QString citizenId;
    TaskKind kind = TaskKind::Action;
    QString title; // required for an Action
    QDateTime dueAt;
    QString assigneeId;
    std::optional<Role> assigneeRole;
    TaskSource source = TaskSource::Triage;
    QString sourceId;
};

/// Which of an employee's tasks to list.
struct TaskQuery
{
    bool includeDone = false;
    bool overdueOnly = false;
};

/// Follow-up tasks from the board, meetings and transitions. A task and its completion are
/// append-only synced rows, so a task is never dropped: an overdue one stays open and completable
/// and says how overdue it is. Completing is a write of its own (task_done); when two laptops
/// complete the same task apart, the first completion counts and the other stays as history.
class TaskService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TaskService)

public:
    TaskService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// Adds a task made now by the actor (Right::Triage); throws ValidationError (fields "title",
    /// "dueAt", "assignee", "citizen").
    QString add(const NewTask &task);
    /// Marks a task done now by the actor (Right::CompleteTasks), overdue or not. Throws Error for an
    /// unknown task or one that is done already (saying by whom and when).
    void complete(const QString &taskId, const QString &note = {});

    std::optional<Task> task(const QString &id);
    /// An employee's tasks: their own and their role's in their team, by due time. Cheap (by index)
    /// for My day. Somebody else's list needs Right::ReadPlan, one's own Right::ReadCitizen.
    QList<Task> forEmployee(const QString &employeeId, const TaskQuery &query = {});
    /// The open tasks of the actor's team, by due time.
    QList<Task> openForTeam();
    /// A citizen's tasks, open and done, newest due first.
    QList<Task> forCitizen(const QString &citizenId);

    /// The insert itself, inside a write the caller holds (a triage decision and its task are one write).
    static QString insert(Store &store, const QString &teamId, const QString &createdBy, const NewTask &task);
    static FieldErrors validate(const NewTask &task);

private:
    QList<Task> read(const QByteArray &where, const QList<QVariant> &arguments);
    QString actorTeam();
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
