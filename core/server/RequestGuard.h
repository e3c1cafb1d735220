// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "ServerLimits.h"

#include <QByteArray>
#include <QHttpServerResponder>

namespace Kvarter::Server {

/// Watches the bytes of one connection before Qt HttpServer reads them, and says when a request
/// must be refused before it is buffered: Qt HttpServer 6.4 has no limits at all (it keeps a whole
/// body in memory, twice, before a handler sees its headers). Not an HTTP parser: it finds where
/// each request's head ends and how long its body is (Content-Length; chunked bodies are refused,
/// no laptop sends one), and checks the sizes against ServerLimits.
class RequestGuard final
{
public:
    using Status = QHttpServerResponder::StatusCode;

    explicit RequestGuard(const ServerLimits &limits) : m_limits(limits) {}

    /// Looks at the next bytes of the stream; Status::Ok while all is well, else the refusal.
    Status feed(const char *data, qint64 size);
    /// A request has begun and its head is not complete yet (the header timeout runs).
    bool readingHead() const { return m_state != State::Body && !m_head.isEmpty(); }
    /// Between requests: nothing of a next request has arrived.
    bool betweenRequests() const { return m_state == State::Line && m_head.isEmpty(); }
    /// Requests whose last byte has arrived.
    quint64 requestsSeen() const { return m_requests; }

private:
    enum class State {
        Line,
        Head,
        Body
    };
    Status endOfHead();

    const ServerLimits &m_limits;
    State m_state = State::Line;
    QByteArray m_head; // request line and headers of the request being read
    int m_headers = 0;
    qint64 m_bodyLeft = 0;
    quint64 m_requests = 0;
};

} // namespace Kvarter::Server
