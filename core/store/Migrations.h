// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QList>

namespace Kvarter {

class Database;
class Schema;

/// Forward-only schema migrations tracked by PRAGMA user_version. Each step runs in its own
/// transaction, so a killed process leaves the file at the previous version, never half-way.
class Migrations final
{
public:
    static int latestVersion();
    /// This build's steps, in order (Schema::current() holds them).
    static QList<QByteArray> steps();
    /// Brings the database up to `target` of `schema`; throws Error if the file is newer than it.
    static void migrate(Database &db, const Schema &schema, int target);
};

} // namespace Kvarter
