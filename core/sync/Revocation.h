// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QString>

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// The rule every laptop applies when a planner removes a device, so that all of them end up the
/// same whatever order they read bundles in:
///
///   The planner's roster change names the cut-off: the last sequence number and the last version
///   (Lamport value) of the device's that the planner had accepted. The device's changes up to it
///   count everywhere; none after it counts anywhere.
///
/// A laptop that reads the revocation first refuses the later bundles (Bundle::open) and drops later
/// changes from a bundle that straddles the cut (SyncEngine). A laptop that had already applied
/// later changes undoes them here: rows the device created after the cut go, fields it wrote after
/// the cut get back the newest value the other devices wrote (each merge keeps the value it
/// replaces), and conflicts with its later values are forgotten; conflicts only its later writes
/// settled are open again. A successor it announced after the cut (a restore from backup, see
/// RestoredHistory) never joined, and all of its work is undone the same way. The server drops its bundles after
/// the cut, so a new laptop never sees them.
class Revocation final
{
public:
    explicit Revocation(Store &store) : m_store(store) {}
    /// Undoes what this laptop holds past a cut-off it has not enforced yet. Cheap when none is new.
    void enforce();

private:
    void undoAfter(const QString &device, qint64 lamport);
    void restoreField(const QString &entity, const QString &rowId, const QString &field, const QString &device, qint64 cut);
    Store &m_store;
};

} // namespace Kvarter::Sync
