// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "RequestHandler.h"
#include "ServerStorage.h"

#include <QObject>
#include <QThread>
#include <atomic>
#include <functional>
#include <memory>

namespace Kvarter::Server {

/// A thread with its own database connection that runs request handlers. The HTTP thread hands
/// work here so it can read the next request while the database answers this one.
class ServerWorker final
{
    Q_DISABLE_COPY_MOVE(ServerWorker)

public:
    /// Opens the connection in the new thread; throws Error if it cannot be opened.
    ServerWorker(const ServerStorage::Opener &open, HandlerContext &context);
    ~ServerWorker();

    /// Runs `job` in this worker's thread, after the jobs posted before it.
    void post(std::function<void(RequestHandler &)> job);
    /// Jobs posted and not yet finished: the HTTP thread sends new work to the least busy reader.
    int backlog() const { return m_backlog.load(std::memory_order_relaxed); }

private:
    void reopenIfBroken();

    ServerStorage::Opener m_open;
    HandlerContext &m_context;
    QThread m_thread;
    QObject m_home; // lives in m_thread: queued jobs run there
    std::unique_ptr<ServerStorage> m_storage;
    std::unique_ptr<RequestHandler> m_handler;
    std::atomic<int> m_backlog { 0 };
};

} // namespace Kvarter::Server
