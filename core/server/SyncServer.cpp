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
    : SyncServer(open, threads, clock, ServerLimits {}, parent)
{
}

SyncServer::SyncServer(const ServerStorage::Opener &open, ServerThreads threads, const Clock &clock, const ServerLimits &limits,
                       QObject *parent)
    : QObject(parent), m_storage(open()) /* creates the tables before any worker connects */, m_context(clock, limits),
      m_limits(limits)
{
    m_storage->claimExclusive();
    const int standard = m_storage->isPostgres() ? 3 : 1;
    for (int i = 0; i < (threads.writers > 0 ? threads.writers : standard); ++i)
        m_writers.push_back(std::make_unique<ServerWorker>(open, m_context));
    for (int i = 0; i < (threads.readers > 0 ? threads.readers : standard); ++i)
        m_readers.push_back(std::make_unique<ServerWorker>(open, m_context));

    // Answered like every other request, through the connection, so a pipelined /health waits
    // for the answers to the requests before it.
    m_http.route(QStringLiteral("/health"), Method::Get, [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        const Recipient recipient = recipientOf(std::move(responder));
        inTurn(recipient, [this, recipient] {
            write(recipient,
                  Reply::json(
                      { { QStringLiteral("status"), QStringLiteral("ok") }, { QStringLiteral("storage"), m_storage->kind() } }));
        });
    });
    m_http.setMissingHandler([this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        const Recipient recipient = recipientOf(std::move(responder));
        inTurn(recipient, [this, recipient] {
            write(recipient, Reply::error(QStringLiteral("no such resource"), Reply::Status::NotFound));
        });
    });
    const auto byTeam = [this](const QString &path, Method method, Kind kind) {
        m_http.route(path, method,
                     [this, kind](const QString &team, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                         dispatch(IncomingRequest::from(request, kind, team), std::move(responder));
                     });
    };
    byTeam(QStringLiteral("/v1/teams/<arg>/devices"), Method::Post, Kind::RegisterDevice);
    byTeam(QStringLiteral("/v1/teams/<arg>/bundles"), Method::Post, Kind::Push);
    byTeam(QStringLiteral("/v1/teams/<arg>/bundles"), Method::Get, Kind::Pull);
    byTeam(QStringLiteral("/v1/teams/<arg>/snapshot"), Method::Post, Kind::SaveSnapshot);
    byTeam(QStringLiteral("/v1/teams/<arg>/snapshot"), Method::Get, Kind::GetSnapshot);
    m_http.route(
        QStringLiteral("/v1/teams/<arg>/devices/<arg>/revoke"), Method::Post,
        [this](const QString &team, const QString &device, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(IncomingRequest::from(request, Kind::RevokeDevice, team, device), std::move(responder));
        });
    m_http.route(
        QStringLiteral("/v1/teams/<arg>/devices/<arg>/bundles"), Method::Get,
        [this](const QString &team, const QString &device, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            dispatch(IncomingRequest::from(request, Kind::OwnBundles, team, device), std::move(responder));
        });
}

SyncServer::~SyncServer() = default;

quint16 SyncServer::listen(const QHostAddress &address, quint16 port)
{
    auto *server = new GuardedTcpServer;
    server->setParent(&m_http);
    server->admit = [this](QTcpSocket *socket) { return admit(socket); };
    server->setListenBacklogSize(1024); // a burst of connections waits in the kernel, not in SYN retries
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    m_http.bind(server);
    // After Qt HttpServer's own handler: it has connected to the new socket's readyRead now.
    connect(server, &QTcpServer::newConnection, this, [this] {
        for (const QPointer<ServerConnection> &connection : m_justAccepted)
            if (connection)
                connection->watchAfterServer();
        m_justAccepted.clear();
    });
    if (!m_timeouts.isActive()) {
        connect(&m_timeouts, &QTimer::timeout, this, [this] {
            for (const QPointer<ServerConnection> &connection : m_connections)
                if (connection)
                    connection->enforceTimeouts();
        });
        m_timeouts.start(std::clamp(std::min(m_limits.headerTimeoutMs, m_limits.idleTimeoutMs) / 4, 10, 1000));
    }
    return server->serverPort();
}

void SyncServer::GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor) || !admit(socket)) {
        socket->abort();
        delete socket;
        return;
    }
    addPendingConnection(socket);
}

bool SyncServer::admit(QTcpSocket *socket)
{
    std::erase_if(m_connections, [](const QPointer<ServerConnection> &c) { return c.isNull(); });
    if (int(m_connections.size()) >= m_limits.maxConnections) {
        // Full (a flood of idle or half-sent connections, say): the one quiet the longest makes
        // room, so /health and real laptops still get in; if every one is busy, the new one waits
        // outside.
        ServerConnection *quietest = nullptr;
        for (const QPointer<ServerConnection> &c : m_connections)
            if (c && c->idle() && (!quietest || c->quietMs() > quietest->quietMs()))
                quietest = c;
        if (!quietest) {
            for (const QPointer<ServerConnection> &c : m_connections)
                if (c && !c->idle() && c->quietMs() > m_limits.headerTimeoutMs / 2
                    && (!quietest || c->quietMs() > quietest->quietMs()))
                    quietest = c;
        }
        if (!quietest)
            return false;
        quietest->close();
        std::erase_if(m_connections, [&](const QPointer<ServerConnection> &c) { return c == quietest || c.isNull(); });
    }
    auto *connection = new ServerConnection(socket, m_limits);
    m_connections.emplace_back(connection);
    m_justAccepted.emplace_back(connection);
    return true;
}

int SyncServer::openConnections()
{
    std::erase_if(m_connections, [](const QPointer<ServerConnection> &c) { return c.isNull(); });
    return int(m_connections.size());
}

SyncServer::Recipient SyncServer::recipientOf(QHttpServerResponder &&responder)
{
    Recipient recipient;
    recipient.connection = ServerConnection::of(responder.socket());
    recipient.responder = std::make_shared<QHttpServerResponder>(std::move(responder));
    return recipient;
}

void SyncServer::inTurn(const Recipient &recipient, std::function<void()> handle)
{
    if (recipient.connection)
        recipient.connection->submit(std::move(handle));
}

void SyncServer::dispatch(IncomingRequest &&request, QHttpServerResponder &&responder)
{
    const Recipient recipient = recipientOf(std::move(responder));
    auto shared = std::make_shared<IncomingRequest>(std::move(request));
    inTurn(recipient, [this, shared, recipient] { start(std::move(*shared), recipient); });
}

void SyncServer::start(IncomingRequest &&request, const Recipient &recipient)
{
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
        this, [this, recipient, reply] { write(recipient, reply); }, Qt::QueuedConnection);
}

void SyncServer::write(const Recipient &recipient, const Reply &reply)
{
    if (recipient.connection)
        recipient.connection->answer(recipient.responder, reply);
}

ServerWorker &SyncServer::leastBusy(const std::vector<std::unique_ptr<ServerWorker>> &workers)
{
    return **std::min_element(workers.begin(), workers.end(),
                              [](const auto &a, const auto &b) { return a->backlog() < b->backlog(); });
}

} // namespace Kvarter::Server
