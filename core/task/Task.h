// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "team/Role.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace Kvarter {

/// Where a follow-up task came from. Stored by a stable English key.
enum class TaskSource {
    Triage,
    Meeting,
    Transition
};

/// What a task is for: the deadlines the triage rules set have kinds of their own, so each laptop
/// shows them in its own language; anything else is a free-text action (kind Action, with a title).
enum class TaskKind {
    NurseVisit,         // red: a nurse sees the citizen within 24 hours
    ActionInstructions, // yellow: action instructions within 48 hours of the board meeting
    Action,             // an action agreed at the board, a meeting or a transition
};

/// A follow-up task: due at a time, for a person or for everyone of a role, and done once.
struct Task
{
    QString id;
    QString teamId;
    QString citizenId;
    QString citizenName;
    TaskKind kind = TaskKind::Action;
    QString kindKey; // as stored, for a kind this build does not know
    QString title;
    QDateTime dueAt;
    /// A person, or (when empty) everyone with assigneeRole.
    QString assigneeId;
    QString assigneeName;
    std::optional<Role> assigneeRole;
    TaskSource source = TaskSource::Triage;
    QString sourceId;
    QString createdBy;
    QDateTime createdAt;

    // The first completion (done_at, then id); empty while open.
    QString doneBy;
    QString doneByName;
    QDateTime doneAt;
    QString doneNote;

    bool done() const { return doneAt.isValid(); }
    /// Seconds past due at `now` while open (a done task is never overdue).
    qint64 overdueSecs(const QDateTime &now) const;
    bool overdue(const QDateTime &now) const { return overdueSecs(now) > 0; }
    /// The title to show: the kind's name in this laptop's language, or the free text.
    QString displayTitle() const;
    /// "Karen Sygeplejerske" or "any nurse".
    QString assigneeText() const;
};

class Tasks final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Tasks)

public:
    static QString sourceKey(TaskSource source);
    static std::optional<TaskSource> sourceFromKey(const QString &key);
    static QString sourceName(TaskSource source);
    static QString kindKey(TaskKind kind);
    static std::optional<TaskKind> kindFromKey(const QString &key);
    static QString kindName(TaskKind kind);
};

} // namespace Kvarter
