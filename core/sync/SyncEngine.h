// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Bundle.h"
#include "Transport.h"

#include <QUrl>

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <memory>

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
    int waiting = 0;           // bundles from devices not yet in the roster; tried again next time
    int fromNewerVersion = 0;  // bundles of a newer format met in this sync, kept until an upgrade
    int waitingForUpgrade = 0; // changes and bundles kept here for a newer Kvarter, after this sync
    bool startedFromSnapshot = false;
    bool snapshotWritten = false;
    bool restoredFromBackup = false; // this laptop went on under a new device id (RestoredHistory)
    QStringList quarantined;         // "file: reason" for files that were set aside
    bool cancelled = false;
    std::optional<qint64> clockOffsetMs; // the server's clock minus this laptop's, when known
};

/// Ships this laptop's new changes and merges everyone else's, through a shared folder, one
/// bundle per step so the desktop can run it between events with progress and cancel.
/// A bad file (damaged, cut short, foreign, unsigned, from a removed device, no regular file, too
/// large) is set aside with a true reason and never stops the others; it is looked at again when it
/// changes. A bundle is known by its content (device, range, hash), so a file planted under the
/// name a device will use next cannot hide the real one. What a newer Kvarter sent waits for an
/// upgrade instead of failing. Everything it applies is idempotent, so a sync killed at any point
/// is simply run again.
class SyncEngine final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::SyncEngine)

public:
    /// Progress 0–100; returning false cancels between bundles (what was applied stays).
    using Progress = std::function<bool(int percent)>;
    static constexpr int ChangesPerBundle = Bundle::MaxChanges;
    /// A planner's laptop leaves a new snapshot after this many changes since its last one.
    static constexpr qint64 ChangesPerSnapshot = 20000;

    /// Throws Error when this laptop is in no team or the folder cannot be reached.
    SyncEngine(Store &store, const QString &folder);
    /// Through a sync server. Throws Error when this laptop is in no team or the server is unreachable.
    SyncEngine(Store &store, const QUrl &server);
    ~SyncEngine();

    /// Does one bundle's worth of work; false when the sync is complete.
    bool step();
    int percent() const;
    const SyncReport &report() const { return m_report; }

    /// Runs every step (the CLI's way).
    static SyncReport syncFolder(Store &store, const QString &folder, const Progress &progress = {});
    static SyncReport syncServer(Store &store, const QUrl &server, const Progress &progress = {});
    static SyncReport run(SyncEngine &engine, const Progress &progress);
    /// Changes made here and not yet shipped.
    static qint64 pendingChanges(Store &store);
    /// Changes and bundles from colleagues' newer Kvarter kept here until this laptop is updated.
    static qint64 waitingForNewerVersion(Store &store);
    /// Files on the share (or bundles on the server) set aside, for Sync status.
    static qint64 setAsideCount(Store &store);

private:
    bool shipOne();
    void start();
    void startFromSnapshot();
    void retryKeptForNewerVersion();
    void continueIfRestored();
    void keepForNewerVersion(const Transport::Incoming &bundle, const QByteArray &data, const QString &hash);
    void leaveSnapshotIfDue();
    void receive(const Transport::Incoming &bundle);
    void quarantine(const Transport::Incoming &bundle, const QByteArray &data, const QString &reason);

    Store &m_store;
    std::function<std::unique_ptr<Transport>()> m_makeTransport;
    std::unique_ptr<Transport> m_transport;
    SyncReport m_report;
    bool m_shipping = true;
    QList<Transport::Incoming> m_files;
    qsizetype m_next = 0;
    bool m_progressed = false;
};

} // namespace Kvarter::Sync
