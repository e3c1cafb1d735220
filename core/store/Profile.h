// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QString>

namespace Kvarter {

/// Where a user profile's database lives when no --db is given.
class Profile final
{
public:
    /// <app data>/kvarter.db, e.g. ~/.local/share/kvarter/kvarter.db on Linux.
    static QString defaultDatabasePath();
};

} // namespace Kvarter
