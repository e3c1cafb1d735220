// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// A SHA-256 over the logical state of a replica: every synced table's rows (not the bookkeeping
/// of who wrote what locally) and the open conflicts. Two replicas that saw the same changes give
/// the same hash, whatever order the changes came in.
class StateHash final
{
public:
    static QByteArray of(Store &store);
};

} // namespace Kvarter::Sync
