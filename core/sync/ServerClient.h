// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace Kvarter::Sync {

/// Talks to kvarter-server: every request signed with this device's Ed25519 key. Calls wait for
/// the answer in a local event loop, with a timeout, so the CLI and the sync engine can use them
/// as plain function calls.
class ServerClient final
{
public:
    struct Reply
    {
        int status = 0; // HTTP status; 0 when the server could not be reached
        QByteArray body;
        QString error;
        bool cut = false; // the server closed the connection before answering
        QJsonObject json() const;
    };

    ServerClient(QUrl base, QString deviceId, QByteArray signingKey);

    Reply get(const QString &pathAndQuery);
    Reply post(const QString &path, const QByteArray &body);

    Reply registerDevice(const QString &teamId, const QString &deviceId, const QByteArray &publicKey, const QString &role);
    Reply push(const QString &teamId, const QByteArray &bundle);
    Reply pull(const QString &teamId, qint64 afterCursor);
    Reply health();

    int timeoutMs = 30000;

    /// A request signed as this device, for callers that send asynchronously (the load benchmark).
    QNetworkRequest signedRequest(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body) const;

private:
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body);
    QUrl m_base;
    QString m_deviceId;
    QByteArray m_signingKey;
};

} // namespace Kvarter::Sync
