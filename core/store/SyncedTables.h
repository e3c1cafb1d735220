// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArrayView>
#include <array>

namespace Kvarter {

/// The tables whose rows travel between the team's laptops, in one place: the store's generic
/// writer, the merge, the state hash and snapshots all take this list, so a new table is added once.
inline constexpr std::array<const char *, 8> SyncedTables { "team",       "employee", "citizen",    "relative",
                                                            "care_grant", "visit",    "visit_note", "team_device" };

inline bool isSyncedTable(QByteArrayView name)
{
    for (const char *table : SyncedTables)
        if (name == QByteArrayView(table))
            return true;
    return false;
}

} // namespace Kvarter
