// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "LoadConnection.h"

namespace Kvarter {

LoadConnection::LoadConnection(const QString &host, quint16 port, QObject *parent) : QObject(parent), m_host(host), m_port(port)
{
    connect(&m_socket, &QTcpSocket::readyRead, this, &LoadConnection::readAnswer);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &LoadConnection::fail);
}

QByteArray LoadConnection::serialize(const QByteArray &method, const QNetworkRequest &request, const QByteArray &body)
{
    QByteArray target = request.url().path(QUrl::FullyEncoded).toUtf8();
    if (request.url().hasQuery())
        target += '?' + request.url().query(QUrl::FullyEncoded).toUtf8();
    QByteArray wire = method + ' ' + target + " HTTP/1.1\r\nHost: " + request.url().host().toUtf8() + "\r\n";
    for (const QByteArray &name : request.rawHeaderList())
        wire += name + ": " + request.rawHeader(name) + "\r\n";
    wire += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    return wire;
}

void LoadConnection::send(const QByteArray &wire, Done done)
{
    m_done = std::move(done);
    m_buffer.clear();
    if (m_socket.state() == QAbstractSocket::UnconnectedState)
        m_socket.connectToHost(m_host, m_port);
    m_socket.write(wire);
}

void LoadConnection::readAnswer()
{
    m_buffer += m_socket.readAll();
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0 || !m_done)
        return;
    qsizetype length = 0;
    for (const QByteArray &line : m_buffer.left(headerEnd).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    if (m_buffer.size() < headerEnd + 4 + length)
        return;
    const int status = m_buffer.mid(9, 3).toInt(); // "HTTP/1.1 200 OK"
    const QByteArray body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.clear();
    Done done = std::exchange(m_done, nullptr);
    done(status, body);
}

void LoadConnection::fail()
{
    if (!m_done)
        return;
    m_socket.abort();
    Done done = std::exchange(m_done, nullptr);
    done(0, {});
}

} // namespace Kvarter
