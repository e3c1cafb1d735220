// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// What one sync did, for the status bar and `kvarter-cli sync --json`.
struct SyncReport
{
    int bundlesWritten = 0;
    int bundlesRead = 0;
    int changesSent = 0;
    int changesApplied = 0;
    int conflicts = 0;
    int waiting = 0;          // bundles from devices not yet in the roster; tried again next time
    QStringList quarantined;  // "file: reason" for files that were set aside
    bool cancelled = false;
};

/// Ships this laptop's new changes and merges everyone else's, through a shared folder.
/// A bad file (damaged, cut short, foreign, unsigned, from a removed device) is set aside with a
/// clear message and never stops the others. Everything it applies is idempotent, so a sync
/// killed at any point is simply run again.
class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::SyncEngine)

public:
    /// Progress 0–100; returning false cancels between bundles (what was applied stays).
    using Progress = std::function<bool(int percent)>;
    static constexpr int ChangesPerBundle = 5000;

    explicit SyncEngine(Store &store) : m_store(store) {}
    SyncReport syncFolder(const QString &folder, const Progress &progress = {});

private:
    void ship(class FolderTransport &transport, SyncReport &report);
    void quarantine(const QString &name, const QString &path, const QString &reason, SyncReport &report);
    Store &m_store;
};

} // namespace Kvarter::Sync
