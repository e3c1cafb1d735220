// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncWorker.h"

#include "common/Error.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QUrl>

namespace Kvarter {

SyncWorker::SyncWorker(std::unique_ptr<Store> store) : m_store(std::move(store))
{
    connect(m_store.get(), &Store::changed, this, &SyncWorker::applied);
}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run(const QString &folder, const QString &server)
{
    cancelRequested = false;
    try {
        std::unique_ptr<Sync::SyncEngine> engine = server.isEmpty() ? std::make_unique<Sync::SyncEngine>(*m_store, folder)
                                                                    : std::make_unique<Sync::SyncEngine>(*m_store, QUrl(server));
        while (!cancelRequested && engine->step())
            Q_EMIT progressed(engine->percent());
        Sync::SyncReport report = engine->report();
        report.cancelled = cancelRequested;
        Q_EMIT finished(report);
    } catch (const Error &e) {
        Q_EMIT failed(e.message());
    }
}

void SyncWorker::checkFolder(const QString &folder) { Q_EMIT folderChecked(folder, QFileInfo(folder).isDir()); }

} // namespace Kvarter
