// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

namespace Kvarter {

class Database;

/// Forward-only schema migrations tracked by PRAGMA user_version. Each step runs in its own
/// transaction, so a killed process leaves the file at the previous version, never half-way.
class Migrations final
{
public:
    static int latestVersion();
    /// Brings the database up to `target`; throws Error if the file is newer than this program.
    static void migrate(Database &db, int target);
};

} // namespace Kvarter
