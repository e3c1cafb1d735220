// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ServerClient.h"

#include "Crypto.h"
#include "RequestSignature.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace Kvarter::Sync {

QJsonObject ServerClient::Reply::json() const { return QJsonDocument::fromJson(body).object(); }

ServerClient::ServerClient(QUrl base, QString deviceId, QByteArray signingKey, const Clock *clock)
    : m_base(std::move(base)), m_deviceId(std::move(deviceId)), m_signingKey(std::move(signingKey)), m_clock(clock)
{
}

qint64 ServerClient::nowMs() const { return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch(); }

QNetworkRequest ServerClient::signedRequest(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body) const
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    const QByteArray time = QByteArray::number((nowMs() + m_clockOffsetMs) / 1000);
    const QByteArray nonce = Crypto::randomBytes(16).toBase64();
    const QByteArray target = RequestSignature::target(url);
    request.setRawHeader(RequestSignature::DeviceHeader, m_deviceId.toUtf8());
    request.setRawHeader(RequestSignature::TimeHeader, time);
    request.setRawHeader(RequestSignature::NonceHeader, nonce);
    request.setRawHeader(RequestSignature::SignatureHeader,
                         Crypto::sign(RequestSignature::message(method, target, time, nonce, body), m_signingKey).toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/octet-stream"));
    return request;
}

ServerClient::Reply ServerClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
{
    const qint64 sentAt = nowMs();
    Reply reply = sendOnce(method, pathAndQuery, body);
    // The signed time was too far from the server's: it said its time. Sign again with the offset
    // measured (half the round trip is the best guess of when it looked at its clock).
    if (const QJsonValue time = reply.json().value(QLatin1String("time")); reply.status == 401 && time.isDouble()) {
        m_clockOffsetMs = qint64(time.toDouble()) - (sentAt + nowMs()) / 2;
        reply = sendOnce(method, pathAndQuery, body);
    }
    return reply;
}

ServerClient::Reply ServerClient::sendOnce(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body)
{
    QNetworkAccessManager network;
    const QNetworkRequest request = signedRequest(method, pathAndQuery, body);
    QNetworkReply *reply = method == "GET" ? network.get(request) : network.post(request, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    Reply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QStringLiteral("timeout");
    } else {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        if (result.status == 0) {
            result.error = reply->errorString();
            result.cut = reply->error() == QNetworkReply::RemoteHostClosedError;
        }
    }
    reply->deleteLater();
    return result;
}

ServerClient::Reply ServerClient::get(const QString &pathAndQuery) { return send("GET", pathAndQuery, {}); }
ServerClient::Reply ServerClient::post(const QString &path, const QByteArray &body) { return send("POST", path, body); }
ServerClient::Reply ServerClient::health() { return get(QStringLiteral("/health")); }

ServerClient::Reply ServerClient::registerDevice(const QString &teamId, const QString &deviceId, const QByteArray &publicKey,
                                                 const QString &role, const QString &enrolmentToken)
{
    QJsonObject body { { QStringLiteral("device_id"), deviceId },
                       { QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64()) },
                       { QStringLiteral("role"), role } };
    if (!enrolmentToken.isEmpty())
        body.insert(QStringLiteral("enrolment_token"), enrolmentToken);
    return post(QStringLiteral("/v1/teams/%1/devices").arg(teamId), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ServerClient::Reply ServerClient::push(const QString &teamId, const QByteArray &bundle)
{
    return post(QStringLiteral("/v1/teams/%1/bundles").arg(teamId), bundle);
}

ServerClient::Reply ServerClient::pull(const QString &teamId, qint64 afterCursor)
{
    return get(QStringLiteral("/v1/teams/%1/bundles?after=%2").arg(teamId).arg(afterCursor));
}

} // namespace Kvarter::Sync
