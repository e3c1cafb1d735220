// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "HandlerContext.h"
#include "ServerConnection.h"
#include "ServerExchange.h"
#include "ServerLimits.h"
#include "ServerStorage.h"
#include "ServerWorker.h"

#include <QHttpServer>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <functional>
#include <memory>
#include <vector>

namespace Kvarter::Server {

/// The server's worker threads, each with a database connection; 0 picks the default: one of
/// each for SQLite (it writes one transaction at a time anyway), three of each for PostgreSQL.
struct ServerThreads
{
    int writers = 0;
    int readers = 0;
};

/// The stateless HTTP sync server (the rules are in RequestHandler). Bundles are end-to-end
/// encrypted: the server stores them opaquely and could not read a citizen's name if it tried.
///
/// The HTTP thread only reads requests and writes answers; database work runs on worker threads,
/// each with its own connection: writers store bundles (several at once share the disk flushes of
/// their commits; CommitHorizon keeps pulls from stepping past a bundle still committing), readers
/// answer pulls.
class SyncServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncServer)

public:
    /// Throws Error if the storage cannot be opened.
    explicit SyncServer(const ServerStorage::Opener &open, ServerThreads threads = {}, QObject *parent = nullptr);
    /// The same with another clock than the system's (tests: the server's time laptops compare to).
    SyncServer(const ServerStorage::Opener &open, ServerThreads threads, const Clock &clock, QObject *parent = nullptr);
    /// The same with other limits than the defaults (tests: short timeouts, small bodies).
    SyncServer(const ServerStorage::Opener &open, ServerThreads threads, const Clock &clock, const ServerLimits &limits,
               QObject *parent = nullptr);
    ~SyncServer() override;

    /// Listens on `address`:`port` (0 = any free port); returns the port, or 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    /// The HTTP thread's own connection (health, tests).
    ServerStorage &storage() { return *m_storage; }
    /// Client connections open now.
    int openConnections();

private:
    // Where an answer goes: made on the HTTP thread, written there; the socket may have gone by
    // then (the client gave up), and then there is no one to answer.
    struct Recipient
    {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<ServerConnection> connection; // null once the client has gone
    };
    /// Accepts connections and puts a ServerConnection on each before Qt HttpServer sees it.
    class GuardedTcpServer final : public QTcpServer
    {
    public:
        std::function<bool(QTcpSocket *)> admit;

    protected:
        void incomingConnection(qintptr descriptor) override;
    };
    bool admit(QTcpSocket *socket);
    Recipient recipientOf(QHttpServerResponder &&responder);
    struct Pending
    {
        IncomingRequest request;
        Recipient recipient;
    };
    void dispatch(IncomingRequest &&request, QHttpServerResponder &&responder);
    void start(IncomingRequest &&request, const Recipient &recipient);
    /// Runs `handle` when the connection's earlier requests are answered.
    static void inTurn(const Recipient &recipient, std::function<void()> handle);
    void flushPushes();
    /// Called on a worker thread: hands `reply` to the HTTP thread to write.
    void answer(const Recipient &recipient, const Reply &reply);
    void write(const Recipient &recipient, const Reply &reply);
    static ServerWorker &leastBusy(const std::vector<std::unique_ptr<ServerWorker>> &workers);

    std::unique_ptr<ServerStorage> m_storage;
    HandlerContext m_context;
    std::vector<std::unique_ptr<ServerWorker>> m_writers;
    std::vector<std::unique_ptr<ServerWorker>> m_readers;
    // Pushes that arrived in one turn of the event loop are committed together: one disk flush
    // for many bundles, answered only once they are durable.
    std::vector<Pending> m_pushes;
    bool m_flushQueued = false;
    const ServerLimits m_limits;
    std::vector<QPointer<ServerConnection>> m_connections;
    std::vector<QPointer<ServerConnection>> m_justAccepted; // until Qt HttpServer has connected to them
    QTimer m_timeouts;
    QHttpServer m_http;
};

} // namespace Kvarter::Server
