// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Change.h"

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// Reads this device's own changes from the change log, in order, for shipping to others.
class ChangeLogReader final
{
public:
    explicit ChangeLogReader(Store &store) : m_store(store) {}
    /// Changes with sequence number above `afterSeq`, at most `limit` of them, and no more than
    /// `maxBytes` of field values and bases (always at least one change, whatever its size).
    QList<Change> since(qint64 afterSeq, int limit = 100000, qint64 maxBytes = -1);
    qint64 lastSeq();

private:
    Store &m_store;
};

} // namespace Kvarter::Sync
