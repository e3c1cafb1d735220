// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Role.h"

#include "access/Access.h"

namespace Kvarter {

QList<Role> Roles::all()
{
    return {
        Role::SosuHelper, Role::SosuAssistant, Role::Nurse, Role::Therapist, Role::Planner, Role::Visitator, Role::TeamLeader
    };
}

QString Roles::key(Role role)
{
    switch (role) {
    case Role::SosuHelper: return QStringLiteral("sosu-helper");
    case Role::SosuAssistant: return QStringLiteral("sosu-assistant");
    case Role::Nurse: return QStringLiteral("nurse");
    case Role::Therapist: return QStringLiteral("therapist");
    case Role::Planner: return QStringLiteral("planner");
    case Role::Visitator: return QStringLiteral("visitator");
    case Role::TeamLeader: return QStringLiteral("team-leader");
    }
    return {};
}

std::optional<Role> Roles::fromKey(const QString &key)
{
    for (Role role : all())
        if (Roles::key(role) == key)
            return role;
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::SosuHelper: return tr("Social and health care helper");
    case Role::SosuAssistant: return tr("Social and health care assistant");
    case Role::Nurse: return tr("Nurse");
    case Role::Therapist: return tr("Therapist");
    case Role::Planner: return tr("Planner");
    case Role::Visitator: return tr("Visitator");
    case Role::TeamLeader: return tr("Team leader");
    }
    return {};
}

bool Roles::canPlan(Role role) { return Access::allows(role, Right::Plan); }

bool Roles::makesVisits(Role role)
{
    return role == Role::SosuHelper || role == Role::SosuAssistant || role == Role::Nurse || role == Role::Therapist;
}

bool Roles::canReadPlan(Role role) { return Access::allows(role, Right::ReadPlan); }

} // namespace Kvarter
