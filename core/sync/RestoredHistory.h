// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Bundle.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// A laptop whose database was restored from an older backup: the team has seen more of its
/// history than the database remembers. Its new changes would reuse sequence numbers and versions
/// the team already holds, so none would arrive anywhere. Instead it goes on as a new device:
///
/// - its last bundle under the old device id adds the new id to the roster, with the same key and
///   role (every laptop accepts that from a device for itself, nothing more; a revoked device's
///   bundle is refused, so it cannot come back this way);
/// - the changes it made since the backup, which nobody has, are stamped again under the new id
///   with versions above anything the old history wrote, so they win or conflict as they should;
/// - the old history, as the share or server holds it, is then merged like any other device's.
/// Nothing already shared is overwritten: the old device's files stay, the new id writes its own.
class RestoredHistory final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::RestoredHistory)

public:
    explicit RestoredHistory(Store &store) : m_store(store) {}

    /// What the team holds of this device's history beyond the database.
    struct Finding
    {
        qint64 lastSeq = 0;      // the highest sequence number the team has seen from this device
        quint64 lastLamport = 0; // and the highest version it wrote
        qint64 firstOwnSeq = 0;  // this database's first change the team does not have
    };
    /// `ownBundles`: this device's bundles after the last one this database shipped, as the other
    /// end holds them. Empty when they are what this database wrote (a sync killed after writing
    /// a bundle and before noting it), or there are none.
    std::optional<Finding> detect(const QList<QByteArray> &ownBundles);
    /// Goes on under a new device id (see the class comment); the bundle announcing it is left to
    /// be sent by announce(). One transaction: killed half-way, nothing of it happened.
    void continueAsNewDevice(const Finding &finding);
    /// The announcement still to be sent, if a restore was handled and not yet announced.
    struct Announcement
    {
        QString predecessor;
        BundleHeader header;
        QByteArray bundle;
        QString successor;
        QByteArray publicKey;
        QString role;
    };
    std::optional<Announcement> pendingAnnouncement();
    void announced();

private:
    Store &m_store;
};

} // namespace Kvarter::Sync
