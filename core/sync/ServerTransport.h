// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "ServerClient.h"
#include "Transport.h"

#include <QCoreApplication>

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// The sync server as the transport: push this device's bundles, pull the team's by cursor.
/// A planner's laptop also keeps the server's roster in step with the team's (idempotent).
class ServerTransport final : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::ServerTransport)

public:
    ServerTransport(Store &store, const QUrl &server);
    void send(const BundleHeader &header, const QByteArray &bundle) override;
    QList<Incoming> receive() override;
    void received() override;
    QList<QByteArray> snapshots() override;
    void sendSnapshot(const QByteArray &snapshot) override;
    QList<QByteArray> ownBundlesAfter(qint64 afterSeq) override;
    void announceSuccessor(const QString &predecessor, const BundleHeader &header, const QByteArray &bundle,
                           const QString &successor, const QByteArray &publicKey, const QString &role) override;
    std::optional<qint64> clockOffsetMs() const override { return m_clockOffsetMs; }

private:
    void registerRoster();
    [[noreturn]] void fail(const ServerClient::Reply &reply);
    Store &m_store;
    QUrl m_server;
    ServerClient m_client;
    QString m_teamId;
    qint64 m_nextCursor = 0;
    std::optional<qint64> m_clockOffsetMs;
};

} // namespace Kvarter::Sync
