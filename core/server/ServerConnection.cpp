// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ServerConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <sys/socket.h>

namespace Kvarter::Server {

ServerConnection::ServerConnection(QTcpSocket *socket, const ServerLimits &limits)
    : QObject(socket), m_socket(socket), m_limits(limits), m_guard(limits)
{
    setObjectName(QStringLiteral("kvarterConnection"));
    m_lastActivity.start();
    // Connected before Qt HttpServer's own slot, so it runs first on every readyRead.
    connect(socket, &QTcpSocket::readyRead, this, &ServerConnection::beforeServerReads);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] {
        m_lastActivity.restart();
        startNext();
    });
}

void ServerConnection::watchAfterServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        if (m_socket)
            m_unreadByServer = m_socket->bytesAvailable();
    });
}

ServerConnection *ServerConnection::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<ServerConnection *>(QStringLiteral("kvarterConnection"), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

void ServerConnection::beforeServerReads()
{
    if (!m_socket)
        return;
    const qint64 available = m_socket->bytesAvailable();
    if (m_refused != Status::Ok) {
        m_socket->skip(available); // nothing more of a refused connection reaches the server
        return;
    }
    const qint64 fresh = available - m_unreadByServer;
    if (fresh <= 0)
        return;
    m_lastActivity.restart();
    // Only what arrived since the last look: the front of the buffer was seen already.
    const QByteArray buffered = m_socket->peek(available);
    const Status verdict = m_guard.feed(buffered.constData() + (available - fresh), fresh);
    m_unreadByServer = available;
    if (verdict != Status::Ok) {
        refuse(verdict,
               verdict == Status::UriTooLong                        ? QStringLiteral("request line too long")
                   : verdict == Status::RequestHeaderFieldsTooLarge ? QStringLiteral("request headers too large")
                   : verdict == Status::PayloadTooLarge             ? QStringLiteral("request body too large")
                   : verdict == Status::LengthRequired              ? QStringLiteral("a body needs a Content-Length")
                                                                    : QStringLiteral("malformed request"));
        return;
    }
    if (m_guard.readingHead() && !m_headTimed) {
        m_headStarted.start();
        m_headTimed = true;
    } else if (!m_guard.readingHead()) {
        m_headTimed = false;
    }
}

void ServerConnection::refuse(Status status, const QString &why)
{
    m_refused = status;
    // Qt HttpServer must not go on reading the request: what is buffered is dropped unread, the
    // refusal written straight to the socket, and the connection closed (whatever the client sends
    // on is dropped too, see beforeServerReads).
    m_socket->skip(m_socket->bytesAvailable());
    m_unreadByServer = 0;
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("error"), why } }).toJson(QJsonDocument::Compact);
    const char *const reason = status == Status::UriTooLong ? "URI Too Long"
        : status == Status::RequestHeaderFieldsTooLarge     ? "Request Header Fields Too Large"
        : status == Status::PayloadTooLarge                 ? "Payload Too Large"
        : status == Status::LengthRequired                  ? "Length Required"
        : status == Status::RequestTimeout                  ? "Request Timeout"
        : status == Status::TooManyRequests                 ? "Too Many Requests"
                                                            : "Bad Request";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(int(status)) + ' ' + reason + "\r\n";
    head +=
        "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    m_socket->write(head + body);
    m_socket->flush();
    // Closed for writing only, while what the client still sends is read and dropped for a short
    // while: closing outright would make the kernel answer that with a reset, which can reach the
    // client before it has read the refusal.
    m_refusedAt.start();
    const auto shutDown = [socket = m_socket] {
        if (socket && socket->bytesToWrite() == 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    shutDown();
    if (m_socket->bytesToWrite() > 0)
        connect(m_socket, &QTcpSocket::bytesWritten, this, shutDown);
}

void ServerConnection::enforceTimeouts()
{
    if (!m_socket)
        return;
    if (m_refused != Status::Ok) {
        if (m_refusedAt.hasExpired(std::min(2000, m_limits.headerTimeoutMs)))
            close();
        return;
    }
    if (m_headTimed && m_guard.readingHead() && m_headStarted.hasExpired(m_limits.headerTimeoutMs)) {
        refuse(Status::RequestTimeout, QStringLiteral("the request headers took too long"));
        return;
    }
    // Idle, a body that stopped coming or answers the client does not read: closed. A connection
    // waiting for the server's answer is not idle.
    if (!m_busy && m_lastActivity.hasExpired(m_limits.idleTimeoutMs))
        close();
}

void ServerConnection::close()
{
    if (m_socket)
        m_socket->abort();
}

void ServerConnection::submit(std::function<void()> handle)
{
    if (m_refused != Status::Ok)
        return;
    if (m_waiting.size() >= MaxWaiting) {
        refuse(Status::TooManyRequests, QStringLiteral("too many requests sent ahead"));
        return;
    }
    m_waiting.push_back(std::move(handle));
    startNext();
}

void ServerConnection::startNext()
{
    if (m_starting)
        return;
    m_starting = true;
    while (!m_busy && !m_waiting.empty() && m_socket && m_refused == Status::Ok && m_socket->bytesToWrite() <= MaxUnsentBytes) {
        m_busy = true;
        const std::function<void()> handle = std::move(m_waiting.front());
        m_waiting.pop_front();
        handle();
    }
    m_starting = false;
}

void ServerConnection::answer(const std::shared_ptr<QHttpServerResponder> &responder, const Reply &reply)
{
    if (m_socket && m_refused == Status::Ok && reply.retryAfter.isEmpty())
        responder->write(reply.body, reply.mimeType, reply.status);
    else if (m_socket && m_refused == Status::Ok)
        responder->write(reply.body, { { "Content-Type", reply.mimeType }, { "Retry-After", reply.retryAfter } }, reply.status);
    m_busy = false;
    m_lastActivity.restart();
    startNext();
}

} // namespace Kvarter::Server
