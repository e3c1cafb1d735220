// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <memory>

namespace Kvarter {

class Store;

/// Runs sync in the background of the desktop app: one bundle per turn of the event loop (the
/// window stays responsive, progress is shown, Cancel stops between bundles), on a timer, and at
/// once when the shared folder becomes reachable again.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    enum class State { NotConfigured, Offline, Idle, Syncing };

    explicit SyncController(Store &store, QObject *parent = nullptr);
    ~SyncController() override;

    QString folder() const;
    void setFolder(const QString &folder);
    /// A sync server instead of a folder (empty = use the folder).
    QString server() const;
    void setServer(const QString &url);
    State state() const { return m_state; }
    int percent() const { return m_percent; }
    QString statusText() const;
    const QString &lastError() const { return m_lastError; }

    void syncNow();
    void cancel();
    /// How often to sync while reachable (default 2 minutes) and to look for the folder (10 s).
    void setIntervals(int syncMs, int reachabilityMs);

Q_SIGNALS:
    void stateChanged();
    void syncFinished(const Kvarter::Sync::SyncReport &report);
    void syncFailed(const QString &message);

private:
    void stepOnce();
    void checkReachability();
    void setState(State state);

    Store &m_store;
    State m_state = State::NotConfigured;
    std::unique_ptr<Sync::SyncEngine> m_engine;
    bool m_cancelRequested = false;
    int m_percent = 0;
    QString m_lastError;
    QTimer m_syncTimer;
    QTimer m_reachabilityTimer;
    bool m_serverFailed = false;
};

} // namespace Kvarter

Q_DECLARE_METATYPE(Kvarter::Sync::SyncReport)
