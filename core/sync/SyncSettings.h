// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDateTime>
#include <QString>

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// Where this laptop syncs (a shared folder or a sync server), how far it has shipped its own
/// changes and when it last synced, kept in the profile database so the desktop, the CLI and the
/// sync engine read the same settings.
class SyncSettings final
{
public:
    explicit SyncSettings(Store &store) : m_store(store) {}

    QString folder();
    void setFolder(const QString &folder);
    /// A sync server instead of the folder (empty: the folder).
    QString server();
    void setServer(const QString &url);
    /// The one-time token the server's operator gave for this team (`kvarter-server team allow`):
    /// the planner's laptop shows it when it first registers the team there.
    QString enrolmentToken();
    void setEnrolmentToken(const QString &token);
    /// The sequence number up to which this laptop's own changes have been shipped.
    qint64 shippedSeq();
    void setShippedSeq(qint64 seq);
    /// When the last sync completed, invalid if never.
    QDateTime lastSyncedAt();
    void setLastSyncedAt(const QDateTime &at);

private:
    Store &m_store;
};

} // namespace Kvarter::Sync
