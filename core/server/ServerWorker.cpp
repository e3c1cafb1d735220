// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ServerWorker.h"

#include "common/Error.h"

namespace Kvarter::Server {

ServerWorker::ServerWorker(const ServerStorage::Opener &open, HandlerContext &context) : m_open(open), m_context(context)
{
    m_thread.setObjectName(QStringLiteral("kvarter-server-db"));
    m_home.moveToThread(&m_thread);
    m_thread.start();
    // A QtSql connection belongs to the thread that opened it.
    QString failure;
    QMetaObject::invokeMethod(
        &m_home,
        [&] {
            try {
                m_storage = open();
                m_handler = std::make_unique<RequestHandler>(*m_storage, m_context);
            } catch (const Error &e) {
                failure = e.message();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!failure.isEmpty()) {
        m_thread.quit();
        m_thread.wait();
        throw Error(failure);
    }
}

ServerWorker::~ServerWorker()
{
    QMetaObject::invokeMethod(
        &m_home,
        [this] {
            m_handler.reset();
            m_storage.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ServerWorker::reopenIfBroken()
{
    if (!m_storage->isBroken())
        return;
    // The requests that met the lost connection were answered with an error (nothing was stored
    // or acknowledged, so the laptops send them again); the next ones get a new connection.
    try {
        auto storage = m_open();
        m_handler = std::make_unique<RequestHandler>(*storage, m_context);
        m_storage = std::move(storage);
    } catch (const Error &e) {
        qWarning("kvarter-server: the database is still unreachable: %s", qPrintable(e.message()));
    }
}

void ServerWorker::post(std::function<void(RequestHandler &)> job)
{
    m_backlog.fetch_add(1, std::memory_order_relaxed);
    QMetaObject::invokeMethod(
        &m_home,
        [this, job = std::move(job)] {
            job(*m_handler);
            reopenIfBroken();
            m_backlog.fetch_sub(1, std::memory_order_relaxed);
        },
        Qt::QueuedConnection);
}

} // namespace Kvarter::Server
