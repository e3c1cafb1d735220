// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Task.h"

#include <algorithm>

namespace Kvarter {

qint64 Task::overdueSecs(const QDateTime &now) const
{
    if (done() || !dueAt.isValid())
        return 0;
    return std::max<qint64>(0, dueAt.secsTo(now));
}

QString Task::displayTitle() const
{
    if (kind != TaskKind::Action && Tasks::kindFromKey(kindKey))
        return Tasks::kindName(kind);
    return title.isEmpty() ? kindKey : title;
}

QString Task::assigneeText() const
{
    if (!assigneeId.isEmpty())
        return assigneeName.isEmpty() ? assigneeId : assigneeName;
    if (assigneeRole)
        return Tasks::tr("any %1").arg(Roles::displayName(*assigneeRole).toLower());
    return {};
}

QString Tasks::sourceKey(TaskSource source)
{
    switch (source) {
    case TaskSource::Triage: return QStringLiteral("triage");
    case TaskSource::Meeting: return QStringLiteral("meeting");
    case TaskSource::Transition: return QStringLiteral("transition");
    }
    return {};
}

std::optional<TaskSource> Tasks::sourceFromKey(const QString &key)
{
    for (TaskSource s : { TaskSource::Triage, TaskSource::Meeting, TaskSource::Transition })
        if (sourceKey(s) == key)
            return s;
    return std::nullopt;
}

QString Tasks::sourceName(TaskSource source)
{
    switch (source) {
    case TaskSource::Triage: return tr("Triage");
    case TaskSource::Meeting: return tr("Team meeting");
    case TaskSource::Transition: return tr("Transition home");
    }
    return {};
}

QString Tasks::kindKey(TaskKind kind)
{
    switch (kind) {
    case TaskKind::NurseVisit: return QStringLiteral("nurse-visit");
    case TaskKind::ActionInstructions: return QStringLiteral("action-instructions");
    case TaskKind::Action: return QStringLiteral("action");
    }
    return {};
}

std::optional<TaskKind> Tasks::kindFromKey(const QString &key)
{
    for (TaskKind k : { TaskKind::NurseVisit, TaskKind::ActionInstructions, TaskKind::Action })
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString Tasks::kindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::NurseVisit: return tr("A nurse sees the citizen (red)");
    case TaskKind::ActionInstructions: return tr("Action instructions (yellow)");
    case TaskKind::Action: return tr("Action");
    }
    return {};
}

} // namespace Kvarter
