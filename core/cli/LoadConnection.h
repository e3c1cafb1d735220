// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QTcpSocket>
#include <functional>

namespace Kvarter {

/// One keep-alive HTTP/1.1 connection of the server benchmark's load generator: sends a request,
/// reads its answer, then the next. Much lighter than QNetworkAccessManager, so on a small machine
/// the load generator leaves the CPU to the server it measures.
class LoadConnection final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(int status, const QByteArray &body)>;

    LoadConnection(const QString &host, quint16 port, QObject *parent = nullptr);

    /// The request as bytes on the wire: method, path, the request's headers and the body.
    static QByteArray serialize(const QByteArray &method, const QNetworkRequest &request, const QByteArray &body);
    /// Sends `wire` once the previous answer is in; status 0 means the connection failed.
    void send(const QByteArray &wire, Done done);

private:
    void readAnswer();
    void fail();

    QString m_host;
    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    Done m_done;
};

} // namespace Kvarter
