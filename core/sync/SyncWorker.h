// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "sync/SyncEngine.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace Kvarter {

class Store;

/// Runs a sync on its own thread with its own connection to the profile's database, so a slow
/// share or server never freezes the window. Talks to the GUI through queued signals only.
class SyncWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncWorker)

public:
    /// `store` is the worker's own connection (Store::companion), moved to the worker's thread with it.
    explicit SyncWorker(std::unique_ptr<Store> store);
    ~SyncWorker() override;

    std::atomic<bool> cancelRequested { false };

public Q_SLOTS:
    /// Syncs through `server` when given, else through `folder`.
    void run(const QString &folder, const QString &server);
    /// Looks whether the folder can be reached (a hung network share blocks here, not in the window).
    void checkFolder(const QString &folder);

Q_SIGNALS:
    void progressed(int percent);
    void applied(const QStringList &entities);
    void finished(const Kvarter::Sync::SyncReport &report);
    void failed(const QString &message);
    void folderChecked(const QString &folder, bool reachable);

private:
    std::unique_ptr<Store> m_store;
};

} // namespace Kvarter
