// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Bundle.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace Kvarter::Sync {

/// How bundles travel: a shared folder or the sync server. The engine above does the same work
/// either way (ship own changes, set bad bundles aside, merge the rest).
class Transport
{
public:
    /// A bundle someone else sent, as listed. What it is, is decided by its content (device,
    /// range and hash of the sealed bytes), never by its name: a name only says where it lies.
    struct Incoming
    {
        QString name;
        QString device;   // the folder or the server says who sent it; must match the signature
        QString location; // a path for support, when there is one
        QString stamp;    // changes whenever the file does (folder); empty where content never changes (server)
        QByteArray data;  // already here (server), else read by load()
    };

    virtual ~Transport() = default;
    /// Stores one of this device's bundles durably; throws Error.
    virtual void send(const BundleHeader &header, const QByteArray &bundle) = 0;
    /// Bundles from other devices not yet fetched. Throws Error when unreachable.
    virtual QList<Incoming> receive() = 0;
    /// The bytes of a listed bundle; throws Error saying why it cannot be read.
    virtual QByteArray load(const Incoming &bundle) { return bundle.data; }
    /// Called when every received bundle was handled, so the next receive starts after them.
    virtual void received() {}
    /// Snapshots other devices left, newest last (empty where the transport keeps none).
    virtual QList<QByteArray> snapshots() { return {}; }
    /// Leaves this device's snapshot for new laptops (replacing its previous one).
    virtual void sendSnapshot(const QByteArray &) {}
    /// This device's own bundles ending after sequence number `afterSeq`, as the other end holds
    /// them: a history beyond this database's means it was restored from a backup.
    virtual QList<QByteArray> ownBundlesAfter(qint64 afterSeq) = 0;
    /// Stores `bundle` of `predecessor` (this laptop's device id before a restore) announcing
    /// `successor`, its device id from now on, and makes the successor known where it must be.
    virtual void announceSuccessor(const QString &predecessor, const BundleHeader &header, const QByteArray &bundle,
                                   const QString &successor, const QByteArray &publicKey, const QString &role) = 0;
    /// The other end's clock minus this laptop's, where the transport can tell (after receive()).
    virtual std::optional<qint64> clockOffsetMs() const { return std::nullopt; }
};

} // namespace Kvarter::Sync
