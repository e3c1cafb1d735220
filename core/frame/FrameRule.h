// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "grant/Grant.h"
#include "team/Role.h"

#include <QDateTime>
#include <QString>

namespace Kvarter {

/// What a decision does to a grant, as a frame names it.
enum class FrameAction {
    Grant = 1,
    Increase = 2,
    Reduce = 4,
    End = 8
};

/// One version of a delegated frame (ramme): in a team, a role may grant, increase, reduce or end
/// a service (an FSIII code, or a group code covering all services under it) up to an amount and
/// for a time before follow-up. Versions are rows: an edit adds a row superseding the last one,
/// and a decision keeps the id of the version it was checked against.
struct FrameRule
{
    static constexpr int AllActions =
        int(FrameAction::Grant) | int(FrameAction::Increase) | int(FrameAction::Reduce) | int(FrameAction::End);

    QString id; // this version
    QString teamId;
    Role role = Role::Nurse;
    QString serviceCode;
    Grant::Kind kind = Grant::Kind::MinutesPerWeek;
    int maxMinutesPerWeek = 0; // minutes-per-week services (SEL § 83 and the like)
    int maxCourseLevel = 0;    // Ældrelov courses
    int maxWeeks = 0;          // the latest follow-up, in weeks from the start; 0 = not limited
    int actions = AllActions;
    bool active = true; // false: the right was withdrawn (a version, too)
    QString supersedesId;
    QString editedBy;
    QDateTime editedAt;

    bool allows(FrameAction action) const { return active && (actions & int(action)); }
    /// "grant,increase,reduce,end" as stored.
    static QString actionsKey(int actions);
    static int actionsFromKey(const QString &key);
    static QString actionKey(FrameAction action);
};

} // namespace Kvarter
