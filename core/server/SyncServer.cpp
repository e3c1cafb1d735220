// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncServer.h"

#include <QJsonObject>
#include <algorithm>

namespace Kvarter::Server {

using Kind = IncomingRequest::Kind;
using Method = QHttpServerRequest::Method;

namespace {
const SystemClock &systemClock()
{
    static const SystemClock clock;
    return clock;
}
} // namespace

SyncServer::SyncServer(const ServerStorage::Opener &open, ServerThreads threads, QObject *parent)
    : SyncServer(open, threads, systemClock(), parent)
{
}

SyncServer::SyncServer(const ServerStorage::Opener &open, ServerThreads threads, const Clock &clock, QObject *parent)
    : QObject(parent), m_storage(open()) /* creates the tables before any worker connects */, m_context(clock)
{
    m_storage->claimExclusive();
    const int standard = m_storage->isPostgres() ? 3 : 1;
    for (int i = 0; i < (threads.writers > 0 ? threads.writers : standard); ++i)
        m_writers.push_back(std::make_unique<ServerWorker>(open, m_context));
    for (int i = 0; i < (threads.readers > 0 ? threads.readers : standard); ++i)
        m_readers.push_back(std::make_unique<ServerWorker>(open, m_context));

    m_http.route(QStringLiteral("/health"), Method::Get, [this] {
        return QHttpServerResponse(QJsonObject { { QStringLiteral("status"), QStringLiteral("ok") },
                                                 { QStringLiteral("storage"), m_storage->kind() } });
    });
    const auto byTeam = [this](const QString &path, Method method, Kind kind) {
        m_http.route(path, method, [this, kind](const QString &team, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(IncomingRequest::from(request, kind, team), std::move(responder));
        });
    };
    byTeam(QStringLiteral("/v1/teams/<arg>/devices"), Method::Post, Kind::RegisterDevice);
    byTeam(QStringLiteral("/v1/teams/<arg>/bundles"), Method::Post, Kind::Push);
    byTeam(QStringLiteral("/v1/teams/<arg>/bundles"), Method::Get, Kind::Pull);
    byTeam(QStringLiteral("/v1/teams/<arg>/snapshot"), Method::Post, Kind::SaveSnapshot);
    byTeam(QStringLiteral("/v1/teams/<arg>/snapshot"), Method::Get, Kind::GetSnapshot);
    m_http.route(QStringLiteral("/v1/teams/<arg>/devices/<arg>/revoke"), Method::Post,
                 [this](const QString &team, const QString &device, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     dispatch(IncomingRequest::from(request, Kind::RevokeDevice, team, device), std::move(responder));
                 });
    m_http.route(QStringLiteral("/v1/teams/<arg>/devices/<arg>/bundles"), Method::Get,
                 [this](const QString &team, const QString &device, const QHttpServerRequest &request,
                        QHttpServerResponder &&responder) {
                     dispatch(IncomingRequest::from(request, Kind::OwnBundles, team, device), std::move(responder));
                 });
}

SyncServer::~SyncServer() = default;

quint16 SyncServer::listen(const QHostAddress &address, quint16 port) { return m_http.listen(address, port); }

void SyncServer::dispatch(IncomingRequest &&request, QHttpServerResponder &&responder)
{
    Recipient recipient;
    recipient.socket = responder.socket();
    recipient.responder = std::make_shared<QHttpServerResponder>(std::move(responder));
    switch (request.kind) {
    case Kind::Push:
        m_pushes.push_back({ std::move(request), std::move(recipient) });
        if (!m_flushQueued) {
            m_flushQueued = true;
            QMetaObject::invokeMethod(this, &SyncServer::flushPushes, Qt::QueuedConnection);
        }
        return;
    case Kind::Pull:
    case Kind::GetSnapshot:
    case Kind::OwnBundles:
        leastBusy(m_readers).post([this, request = std::move(request), recipient](RequestHandler &handler) {
            answer(recipient, handler.handle(request));
        });
        return;
    case Kind::RegisterDevice:
    case Kind::RevokeDevice:
    case Kind::SaveSnapshot:
        leastBusy(m_writers).post([this, request = std::move(request), recipient](RequestHandler &handler) {
            answer(recipient, handler.handle(request));
        });
        return;
    }
}

void SyncServer::flushPushes()
{
    m_flushQueued = false;
    auto batch = std::make_shared<std::vector<Pending>>();
    batch->swap(m_pushes);
    leastBusy(m_writers).post([this, batch](RequestHandler &handler) {
        std::vector<IncomingRequest> requests;
        requests.reserve(batch->size());
        for (const Pending &p : *batch)
            requests.push_back(p.request);
        const std::vector<Reply> replies = handler.push(requests);
        for (size_t i = 0; i < batch->size(); ++i)
            answer((*batch)[i].recipient, replies[i]);
    });
}

void SyncServer::answer(const Recipient &recipient, const Reply &reply)
{
    QMetaObject::invokeMethod(
        this,
        [recipient, reply] {
            if (recipient.socket)
                recipient.responder->write(reply.body, reply.mimeType, reply.status);
        },
        Qt::QueuedConnection);
}

ServerWorker &SyncServer::leastBusy(const std::vector<std::unique_ptr<ServerWorker>> &workers)
{
    return **std::min_element(workers.begin(), workers.end(),
                              [](const auto &a, const auto &b) { return a->backlog() < b->backlog(); });
}

} // namespace Kvarter::Server
