// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QCoreApplication>

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// The whole synced state of a replica in one sealed, signed file, so a new laptop starts from a
/// compact state instead of replaying years of bundles. It records, per device, up to which
/// sequence number its changes are inside; the bundles after that are applied as usual.
class Snapshot final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::Snapshot)

public:
    /// The sealed snapshot of `store` (team key, signed by this device).
    static QByteArray create(Store &store);
    /// Loads a sealed snapshot into a replica that has synced nothing yet; throws Error otherwise
    /// or when the file is not a good snapshot of this team.
    static void load(Store &store, const QByteArray &sealed);
    /// True when this replica has not yet received anything from the team.
    static bool isFresh(Store &store);
};

} // namespace Kvarter::Sync
