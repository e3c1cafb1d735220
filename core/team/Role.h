// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Kvarter {

/// What an employee is in the team. Stored by a stable English key; shown in Danish.
enum class Role {
    SosuHelper,    // social- og sundhedshjælper
    SosuAssistant, // social- og sundhedsassistent
    Nurse,         // sygeplejerske
    Therapist,     // ergo-/fysioterapeut
    Planner,       // planlægger
    Visitator,     // visitator (the authority)
    TeamLeader,    // teamleder
};

/// Names and rights of roles. Rights live here, in core, so UI, CLI and server agree.
class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Roles)

public:
    static QList<Role> all();
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString &key);
    static QString displayName(Role role);

    /// May plan the team's day: assign and move visits between people.
    static bool canPlan(Role role);
    /// Goes on home visits and so has a "My day".
    static bool makesVisits(Role role);
    /// May read the team's day plan with the citizens' addresses and phones (the printed run
    /// list): whoever plans or makes the visits. The visitator decides grants, not routes.
    static bool canReadPlan(Role role);
};

} // namespace Kvarter
