// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "RequestGuard.h"

#include <QByteArrayView>
#include <algorithm>

namespace Kvarter::Server {

RequestGuard::Status RequestGuard::feed(const char *data, qint64 size)
{
    qint64 at = 0;
    while (at < size) {
        if (m_state == State::Body) {
            const qint64 taken = std::min(m_bodyLeft, size - at);
            m_bodyLeft -= taken;
            at += taken;
            if (m_bodyLeft == 0) {
                m_state = State::Line;
                ++m_requests;
            }
            continue;
        }
        if (m_head.isEmpty()) {
            // Qt HttpServer skips whitespace left over before a request line; so does this.
            const char c = data[at];
            if (c == '\r' || c == '\n' || c == ' ' || c == '\t' || c == '\v') {
                ++at;
                continue;
            }
        }
        const char *end = static_cast<const char *>(memchr(data + at, '\n', size_t(size - at)));
        const qint64 lineEnd = end ? end - data + 1 : size;
        m_head.append(data + at, lineEnd - at);
        at = lineEnd;
        if (m_state == State::Line) {
            if (m_head.size() > m_limits.maxRequestLineBytes)
                return Status::UriTooLong;
            if (end)
                m_state = State::Head;
            continue;
        }
        if (m_head.size() > m_limits.maxHeaderBytes)
            return Status::RequestHeaderFieldsTooLarge;
        if (!end)
            continue;
        if (m_head.endsWith("\n\r\n") || m_head.endsWith("\n\n")) {
            if (const Status refusal = endOfHead(); refusal != Status::Ok)
                return refusal;
            continue;
        }
        if (++m_headers > m_limits.maxHeaders)
            return Status::RequestHeaderFieldsTooLarge;
    }
    return Status::Ok;
}

RequestGuard::Status RequestGuard::endOfHead()
{
    const qsizetype lineEnd = m_head.indexOf('\n');
    const QByteArrayView requestLine = QByteArrayView(m_head).first(lineEnd);
    qint64 length = 0;
    bool chunked = false;
    for (qsizetype start = lineEnd + 1; start < m_head.size();) {
        qsizetype stop = m_head.indexOf('\n', start);
        if (stop < 0)
            stop = m_head.size();
        const QByteArrayView line = QByteArrayView(m_head).sliced(start, stop - start).trimmed();
        start = stop + 1;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            length = value.toLongLong(&ok);
            if (!ok || length < 0)
                return Status::BadRequest;
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            chunked = true;
        }
    }
    if (chunked)
        return Status::LengthRequired;
    // A push carries one bundle, a snapshot a whole team; anything else is a small JSON object.
    const bool post = requestLine.startsWith("POST ");
    const qsizetype pathEnd = requestLine.lastIndexOf(' ');
    const QByteArrayView target = requestLine.sliced(0, pathEnd > 0 ? pathEnd : requestLine.size());
    const QByteArrayView path = target.first(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    const qint64 allowed = !post     ? m_limits.maxOtherBodyBytes
        : path.endsWith("/bundles")  ? m_limits.maxBundleBytes
        : path.endsWith("/snapshot") ? m_limits.maxSnapshotBytes
                                     : m_limits.maxOtherBodyBytes;
    if (length > allowed)
        return Status::PayloadTooLarge;
    m_head.clear();
    m_headers = 0;
    m_bodyLeft = length;
    m_state = length > 0 ? State::Body : State::Line;
    if (length == 0)
        ++m_requests;
    return Status::Ok;
}

} // namespace Kvarter::Server
