// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ServerExchange.h"

#include "sync/RequestSignature.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QUrlQuery>

namespace Kvarter::Server {

IncomingRequest IncomingRequest::from(const QHttpServerRequest &request, Kind kind, const QString &teamId, const QString &subject)
{
    IncomingRequest in;
    in.kind = kind;
    in.teamId = teamId;
    in.subject = subject;
    in.method = request.method() == QHttpServerRequest::Method::Get ? "GET" : "POST";
    in.target = Sync::RequestSignature::target(request.url());
    in.device = request.value(Sync::RequestSignature::DeviceHeader);
    in.time = request.value(Sync::RequestSignature::TimeHeader);
    in.nonce = request.value(Sync::RequestSignature::NonceHeader);
    in.signature = QByteArray::fromBase64(request.value(Sync::RequestSignature::SignatureHeader));
    in.body = request.body();
    in.after = request.query().queryItemValue(QStringLiteral("after")).toLongLong();
    return in;
}

Reply Reply::json(const QJsonObject &object, Status status)
{
    return { QJsonDocument(object).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"), status, {} };
}

Reply Reply::error(const QString &message, Status status)
{
    return json(QJsonObject { { QStringLiteral("error"), message } }, status);
}

} // namespace Kvarter::Server
