// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncServer.h"

#include "common/Error.h"
#include "sync/Bundle.h"
#include "sync/Crypto.h"
#include "sync/RequestSignature.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kvarter::Server {

using Status = QHttpServerResponse::StatusCode;

namespace {
QHttpServerResponse error(const QString &message, Status status)
{
    return QHttpServerResponse(QJsonObject { { QStringLiteral("error"), message } }, status);
}
} // namespace

SyncServer::SyncServer(std::unique_ptr<ServerStorage> storage, QObject *parent)
    : QObject(parent), m_storage(std::move(storage))
{
    m_http.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [this] {
        return QHttpServerResponse(QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                                                 { QStringLiteral("storage"), m_storage->kind() } });
    });
    m_http.route(QStringLiteral("/v1/teams/<arg>/devices"), QHttpServerRequest::Method::Post,
                 [this](const QString &team, const QHttpServerRequest &request) { return registerDevice(team, request); });
    m_http.route(QStringLiteral("/v1/teams/<arg>/devices/<arg>/revoke"), QHttpServerRequest::Method::Post,
                 [this](const QString &team, const QString &device, const QHttpServerRequest &request) {
                     return revokeDevice(team, device, request);
                 });
    m_http.route(QStringLiteral("/v1/teams/<arg>/bundles"), QHttpServerRequest::Method::Post,
                 [this](const QString &team, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     queuePush(team, request, std::move(responder));
                 });
    m_http.route(QStringLiteral("/v1/teams/<arg>/snapshot"), QHttpServerRequest::Method::Post,
                 [this](const QString &team, const QHttpServerRequest &request) {
                     const Caller caller = authenticate(request, team);
                     if (caller.refusal != Status::Ok)
                         return error(QStringLiteral("not allowed"), caller.refusal);
                     if (caller.device->role != QLatin1String("planner"))
                         return error(QStringLiteral("only a planner's device leaves snapshots"), Status::Forbidden);
                     const std::optional<Sync::BundleHeader> header = Sync::Bundle::peek(request.body());
                     if (!header || header->teamId != team || header->deviceId != caller.device->deviceId)
                         return error(QStringLiteral("not this device's snapshot for this team"), Status::BadRequest);
                     m_storage->saveSnapshot(team, caller.device->deviceId, request.body());
                     return QHttpServerResponse(QJsonObject { { QStringLiteral("saved"), true } });
                 });
    m_http.route(QStringLiteral("/v1/teams/<arg>/snapshot"), QHttpServerRequest::Method::Get,
                 [this](const QString &team, const QHttpServerRequest &request) {
                     const Caller caller = authenticate(request, team);
                     if (caller.refusal != Status::Ok)
                         return error(QStringLiteral("not allowed"), caller.refusal);
                     const QByteArray data = m_storage->snapshot(team);
                     if (data.isEmpty())
                         return error(QStringLiteral("no snapshot yet"), Status::NotFound);
                     return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), data);
                 });
    m_http.route(QStringLiteral("/v1/teams/<arg>/bundles"), QHttpServerRequest::Method::Get,
                 [this](const QString &team, const QHttpServerRequest &request) { return pull(team, request); });
}

SyncServer::~SyncServer() = default;

quint16 SyncServer::listen(const QHostAddress &address, quint16 port) { return m_http.listen(address, port); }

SyncServer::Caller SyncServer::authenticate(const QHttpServerRequest &request, const QString &teamId,
                                            const QByteArray &fallbackKey)
{
    Caller caller;
    const QString deviceId = QString::fromUtf8(request.value(Sync::RequestSignature::DeviceHeader));
    const QByteArray signature = QByteArray::fromBase64(request.value(Sync::RequestSignature::SignatureHeader));
    std::optional<ServerDevice> device = deviceId.isEmpty() ? std::nullopt : m_storage->device(deviceId);
    const QByteArray key = device ? device->publicKey : fallbackKey;
    const QByteArray method = request.method() == QHttpServerRequest::Method::Get ? "GET" : "POST";
    QByteArray target = request.url().path().toUtf8();
    if (request.url().hasQuery())
        target += '?' + request.url().query().toUtf8();
    const QByteArray message = Sync::RequestSignature::message(method, target, request.value(Sync::RequestSignature::TimeHeader),
                                                               request.body());
    if (key.isEmpty() || !Sync::Crypto::verify(message, signature, key)) {
        caller.refusal = Status::Unauthorized;
        return caller;
    }
    if (device && (device->teamId != teamId || device->revoked)) {
        caller.refusal = Status::Forbidden;
        return caller;
    }
    caller.device = device;
    return caller;
}

QHttpServerResponse SyncServer::registerDevice(const QString &teamId, const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    ServerDevice device { teamId, body.value(QLatin1String("device_id")).toString(),
                          QByteArray::fromBase64(body.value(QLatin1String("public_key")).toString().toLatin1()),
                          body.value(QLatin1String("role")).toString(), false };
    if (device.deviceId.isEmpty() || device.publicKey.isEmpty())
        return error(QStringLiteral("device_id and public_key are required"), Status::BadRequest);
    if (!m_storage->teamExists(teamId)) {
        // The first device of a team registers itself (proof: it signs with the key it registers)
        // and must be a planner's: trust on first use.
        const Caller self = authenticate(request, teamId, device.publicKey);
        if (self.refusal != Status::Ok || QString::fromUtf8(request.value(Sync::RequestSignature::DeviceHeader)) != device.deviceId)
            return error(QStringLiteral("unauthenticated"), Status::Unauthorized);
        if (device.role != QLatin1String("planner"))
            return error(QStringLiteral("a team is created by a planner's device"), Status::Forbidden);
    } else {
        const Caller caller = authenticate(request, teamId);
        if (caller.refusal != Status::Ok)
            return error(QStringLiteral("not allowed"), caller.refusal);
        if (caller.device->role != QLatin1String("planner"))
            return error(QStringLiteral("only a planner's device registers devices"), Status::Forbidden);
        if (const auto existing = m_storage->device(device.deviceId); existing && existing->teamId != teamId)
            return error(QStringLiteral("device belongs to another team"), Status::Forbidden);
    }
    m_storage->saveDevice(device);
    return QHttpServerResponse(QJsonObject { { QStringLiteral("registered"), device.deviceId } });
}

QHttpServerResponse SyncServer::revokeDevice(const QString &teamId, const QString &deviceId, const QHttpServerRequest &request)
{
    const Caller caller = authenticate(request, teamId);
    if (caller.refusal != Status::Ok)
        return error(QStringLiteral("not allowed"), caller.refusal);
    if (caller.device->role != QLatin1String("planner"))
        return error(QStringLiteral("only a planner's device revokes devices"), Status::Forbidden);
    std::optional<ServerDevice> device = m_storage->device(deviceId);
    if (!device || device->teamId != teamId)
        return error(QStringLiteral("no such device in this team"), Status::NotFound);
    device->revoked = true;
    m_storage->saveDevice(*device);
    return QHttpServerResponse(QJsonObject { { QStringLiteral("revoked"), deviceId } });
}

void SyncServer::queuePush(const QString &teamId, const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const auto refuse = [&](const QString &message, QHttpServerResponder::StatusCode status) {
        responder.write(QJsonDocument(QJsonObject { { QStringLiteral("error"), message } }), status);
    };
    const Caller caller = authenticate(request, teamId);
    if (caller.refusal != Status::Ok)
        return refuse(QStringLiteral("not allowed"), QHttpServerResponder::StatusCode(int(caller.refusal)));
    const QByteArray body = request.body();
    const std::optional<Sync::BundleHeader> header = Sync::Bundle::peek(body);
    if (!header)
        return refuse(QStringLiteral("not a bundle"), QHttpServerResponder::StatusCode::BadRequest);
    if (header->teamId != teamId || header->deviceId != caller.device->deviceId)
        return refuse(QStringLiteral("the bundle is not this device's for this team"), QHttpServerResponder::StatusCode::Forbidden);
    m_pending.push_back({ std::make_unique<QHttpServerResponder>(std::move(responder)), teamId, header->deviceId,
                          header->firstSeq, header->lastSeq, body });
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &SyncServer::flushPushes, Qt::QueuedConnection);
    }
}

void SyncServer::flushPushes()
{
    m_flushQueued = false;
    std::vector<PendingPush> batch;
    batch.swap(m_pending);
    std::vector<std::pair<qint64, bool>> results(batch.size());
    try {
        m_storage->inTransaction([&] {
            for (size_t i = 0; i < batch.size(); ++i)
                results[i] = m_storage->push(batch[i].teamId, batch[i].deviceId, batch[i].firstSeq, batch[i].lastSeq, batch[i].data);
        });
    } catch (const Error &e) {
        for (PendingPush &p : batch)
            p.responder->write(QJsonDocument(QJsonObject { { QStringLiteral("error"), e.message() } }),
                               QHttpServerResponder::StatusCode::InternalServerError);
        return;
    }
    for (size_t i = 0; i < batch.size(); ++i) {
        const auto [cursor, added] = results[i];
        batch[i].responder->write(QJsonDocument(QJsonObject { { QStringLiteral("cursor"), cursor }, { QStringLiteral("duplicate"), !added } }),
                                  added ? QHttpServerResponder::StatusCode::Created : QHttpServerResponder::StatusCode::Ok);
    }
}

QHttpServerResponse SyncServer::pull(const QString &teamId, const QHttpServerRequest &request)
{
    const Caller caller = authenticate(request, teamId);
    if (caller.refusal != Status::Ok)
        return error(QStringLiteral("not allowed"), caller.refusal);
    const qint64 after = request.query().queryItemValue(QStringLiteral("after")).toLongLong();
    QJsonArray bundles;
    qint64 next = after;
    for (const StoredBundle &b : m_storage->pull(teamId, after, PullLimit)) {
        bundles.append(QJsonObject { { QStringLiteral("cursor"), b.cursor }, { QStringLiteral("data"), QString::fromLatin1(b.data.toBase64()) } });
        next = b.cursor;
    }
    return QHttpServerResponse(QJsonObject { { QStringLiteral("bundles"), bundles }, { QStringLiteral("next"), next } });
}

} // namespace Kvarter::Server
