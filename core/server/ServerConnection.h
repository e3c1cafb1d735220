// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "RequestGuard.h"
#include "ServerExchange.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <deque>
#include <functional>
#include <memory>

namespace Kvarter::Server {

/// One client connection as the sync server keeps it: its bytes pass a RequestGuard before Qt
/// HttpServer reads them (oversized requests are refused before they are buffered), it is closed
/// when its headers come too slowly or it idles, and its requests are handled one after the other:
/// pipelined requests (HTTP/1.1) are answered in their order, a pull sent after a push sees it, and
/// the next request starts only once the answers written so far are mostly sent (back-pressure:
/// a client that does not read costs a few MB, not one answer per request it sends). Lives on the
/// HTTP thread, as a child of its socket.
class ServerConnection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnection)

public:
    /// Call before Qt HttpServer connects to the socket: this must see the bytes first.
    ServerConnection(QTcpSocket *socket, const ServerLimits &limits);
    /// Call once Qt HttpServer has connected to the socket: learns what it left unread.
    void watchAfterServer();

    static ServerConnection *of(QTcpSocket *socket);

    /// Answers sent but not yet taken by the client, beyond which the next request waits.
    static constexpr qint64 MaxUnsentBytes = 4 * 1024 * 1024;
    /// Requests sent ahead, beyond which the connection is refused.
    static constexpr size_t MaxWaiting = 32;

    /// Runs `handle` (which ends in answer()) once the requests before it are answered.
    void submit(std::function<void()> handle);
    /// Writes the answer to the request being handled, and starts the next.
    void answer(const std::shared_ptr<QHttpServerResponder> &responder, const Reply &reply);

    /// No request under way and no answer owed.
    bool idle() const { return m_guard.betweenRequests() && !m_busy && m_waiting.empty() && m_refused == Status::Ok; }
    qint64 quietMs() const { return m_lastActivity.elapsed(); }
    /// Closes the connection if its headers or its silence took too long.
    void enforceTimeouts();
    void close();

private:
    using Status = RequestGuard::Status;
    void beforeServerReads();
    void refuse(Status status, const QString &why);
    void startNext();

    QPointer<QTcpSocket> m_socket;
    const ServerLimits &m_limits;
    RequestGuard m_guard;
    qint64 m_unreadByServer = 0; // bytes the guard has seen and Qt HttpServer not yet read
    QElapsedTimer m_lastActivity;
    QElapsedTimer m_headStarted;
    QElapsedTimer m_refusedAt;
    bool m_headTimed = false;
    Status m_refused = Status::Ok;
    bool m_busy = false;     // a request is being handled
    bool m_starting = false; // in startNext(): an answer given at once does not start the next itself
    std::deque<std::function<void()>> m_waiting;
};

} // namespace Kvarter::Server
