// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QString>

class QHttpServerRequest;

namespace Kvarter::Server {

/// What a request handler needs of an HTTP request, copied out of it so the work can move to a
/// database thread while the HTTP thread reads the next request.
struct IncomingRequest
{
    enum class Kind {
        RegisterDevice,
        RevokeDevice,
        Push,
        Pull,
        SaveSnapshot,
        GetSnapshot,
        OwnBundles
    };

    Kind kind = Kind::Pull;
    QString teamId;
    QString subject; // the device being revoked, or asking for its own bundles
    QByteArray method;
    QByteArray target; // path and query, as the device signed them
    QByteArray device;
    QByteArray time;
    QByteArray nonce;
    QByteArray signature;
    QByteArray body;
    qint64 after = 0; // pull cursor; for OwnBundles a sequence number

    static IncomingRequest from(const QHttpServerRequest &request, Kind kind, const QString &teamId, const QString &subject = {});
};

/// An answer to write back on the HTTP thread.
struct Reply
{
    using Status = QHttpServerResponder::StatusCode;

    QByteArray body;
    QByteArray mimeType = QByteArrayLiteral("application/json");
    Status status = Status::Ok;
    QByteArray retryAfter; // seconds, with 429

    static Reply json(const QJsonObject &object, Status status = Status::Ok);
    static Reply error(const QString &message, Status status);
};

} // namespace Kvarter::Server
