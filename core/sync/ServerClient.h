// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrl>

namespace Kvarter {
class Clock;
}

namespace Kvarter::Sync {

/// Talks to kvarter-server: every request signed with this device's Ed25519 key. Calls wait for
/// the answer in a local event loop, with a timeout, so the CLI and the sync engine can use them
/// as plain function calls.
///
/// Requests are signed with the time the server's clock would show: a 401 that carries the
/// server's time (the signed time was too far from it) makes the client measure its offset,
/// sign again and keep that offset for its later requests, so a laptop a day off still syncs.
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

    /// `clock` is the laptop's (the system clock when null); it must outlive the client.
    ServerClient(QUrl base, QString deviceId, QByteArray signingKey, const Clock *clock = nullptr);

    Reply get(const QString &pathAndQuery);
    Reply post(const QString &path, const QByteArray &body);

    /// `enrolmentToken`: the operator's one-time token, for the first device of a team the server
    /// does not know yet.
    Reply registerDevice(const QString &teamId, const QString &deviceId, const QByteArray &publicKey, const QString &role,
                         const QString &enrolmentToken = {});
    Reply push(const QString &teamId, const QByteArray &bundle);
    Reply pull(const QString &teamId, qint64 afterCursor);
    Reply health();

    int timeoutMs = 30000;
    /// The server's clock minus this laptop's, as last measured (0 until a server said otherwise).
    qint64 clockOffsetMs() const { return m_clockOffsetMs; }
    void setClockOffsetMs(qint64 offset) { m_clockOffsetMs = offset; }

    /// A request signed as this device, for callers that send asynchronously (the load benchmark).
    QNetworkRequest signedRequest(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body) const;

private:
    Reply send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body);
    Reply sendOnce(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body);
    qint64 nowMs() const;
    QUrl m_base;
    QString m_deviceId;
    QByteArray m_signingKey;
    const Clock *m_clock = nullptr;
    qint64 m_clockOffsetMs = 0;
};

} // namespace Kvarter::Sync
