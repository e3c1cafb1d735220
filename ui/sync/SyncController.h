// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "sync/SyncEngine.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace Kvarter {

class Session;
class SyncWorker;

/// Runs sync in the background of the desktop app: on a worker thread with its own database
/// connection (the window stays responsive, progress is shown, Cancel stops between bundles),
/// on a timer, and at once when the shared folder or the network becomes reachable again.
class SyncController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncController)

public:
    enum class State {
        NotConfigured,
        Offline,
        Idle,
        Syncing
    };

    explicit SyncController(Session &session, QObject *parent = nullptr);
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
    /// Set when the last sync found this laptop's clock far off the server's (see ClockCheck).
    const QString &clockWarning() const { return m_clockWarning; }
    /// Set while colleagues' changes wait here for a newer Kvarter than this laptop runs.
    QString upgradeNotice() const;

    void syncNow();
    void cancel();
    /// How often to sync while reachable (default 2 minutes) and to look for the folder (10 s).
    void setIntervals(int syncMs, int reachabilityMs);

Q_SIGNALS:
    void stateChanged();
    void syncFinished(const Kvarter::Sync::SyncReport &report);
    void syncFailed(const QString &message);

private:
    void checkReachability();
    void onFolderChecked(const QString &folder, bool reachable);
    void onFinished(const Kvarter::Sync::SyncReport &report);
    void onFailed(const QString &message);
    bool isConfigured() const;
    void setState(State state);

    Session &m_session;
    State m_state = State::NotConfigured;
    int m_percent = 0;
    QString m_lastError;
    QString m_clockWarning;
    bool m_serverFailed = false;
    bool m_checking = false;
    QTimer m_syncTimer;
    QTimer m_reachabilityTimer;
    QThread m_thread;
    SyncWorker *m_worker = nullptr; // lives in m_thread
};

} // namespace Kvarter

Q_DECLARE_METATYPE(Kvarter::Sync::SyncReport)
