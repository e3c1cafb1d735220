// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Role.h"
#include "access/Actor.h"

#include <QDate>
#include <QString>

namespace Kvarter {

/// A team member. `initials` is what the day plan shows in a narrow column.
struct Employee
{
    QString id;
    QString teamId;
    QString name;
    QString initials;
    Role role = Role::SosuHelper;
    QString phone;
    bool active = true;
    /// Only so core can refuse it as a PIN (a birth date is the first PIN a thief tries).
    QDate birthDate;
};

/// A self-managing team (Buurtzorg: at most ~12 staff, 40–60 citizens).
struct Team
{
    QString id;
    QString name;
    QString municipality;
};

} // namespace Kvarter
