// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "ServerStorage.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <vector>
#include <memory>

namespace Kvarter::Server {

/// The stateless HTTP sync server. Every request but /health is signed by a registered device
/// (401 otherwise); a device reaches only its own team (403). Push is idempotent per device and
/// sequence range; pull is by cursor. Bundles are end-to-end encrypted: the server stores them
/// opaquely and could not read a citizen's name if it tried.
class SyncServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncServer)

public:
    explicit SyncServer(std::unique_ptr<ServerStorage> storage, QObject *parent = nullptr);
    ~SyncServer() override;

    /// Listens on `address`:`port` (0 = any free port); returns the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    ServerStorage &storage() { return *m_storage; }

    static constexpr int PullLimit = 50;

private:
    struct Caller
    {
        std::optional<ServerDevice> device;
        QHttpServerResponse::StatusCode refusal = QHttpServerResponse::StatusCode::Ok;
    };
    Caller authenticate(const QHttpServerRequest &request, const QString &teamId, const QByteArray &fallbackKey = {});
    QHttpServerResponse registerDevice(const QString &teamId, const QHttpServerRequest &request);
    QHttpServerResponse revokeDevice(const QString &teamId, const QString &deviceId, const QHttpServerRequest &request);
    void queuePush(const QString &teamId, const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void flushPushes();
    QHttpServerResponse pull(const QString &teamId, const QHttpServerRequest &request);

    struct PendingPush
    {
        std::unique_ptr<QHttpServerResponder> responder;
        QString teamId;
        QString deviceId;
        qint64 firstSeq;
        qint64 lastSeq;
        QByteArray data;
    };
    std::unique_ptr<ServerStorage> m_storage;
    // Pushes that arrived in one turn of the event loop are committed together: one disk flush
    // for many bundles, answered only once they are durable.
    std::vector<PendingPush> m_pending;
    bool m_flushQueued = false;
    QHttpServer m_http;
};

} // namespace Kvarter::Server
