// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncController.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "store/Store.h"
#include "sync/TeamMembership.h"

#include <QFileInfo>
#include <QNetworkInformation>
#include <QUrl>
#include <QLocale>

namespace Kvarter {

namespace {
const QString FolderKey = QStringLiteral("sync_folder");
const QString ServerKey = QStringLiteral("sync_server");
}

SyncController::SyncController(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_syncTimer.setInterval(2 * 60 * 1000);
    m_reachabilityTimer.setInterval(10 * 1000);
    connect(&m_syncTimer, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_reachabilityTimer, &QTimer::timeout, this, &SyncController::checkReachability);
    m_syncTimer.start();
    m_reachabilityTimer.start();
    // Where the platform can tell (NetworkManager), a network that comes back starts a sync at once.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online) {
                        m_serverFailed = false;
                        syncNow();
                    }
                });
    }
    checkReachability();
}

SyncController::~SyncController() = default;

QString SyncController::folder() const { return m_store.db().meta(FolderKey); }

void SyncController::setFolder(const QString &folder)
{
    m_store.db().setMeta(FolderKey, folder);
    checkReachability();
}

QString SyncController::server() const { return m_store.db().meta(ServerKey); }

void SyncController::setServer(const QString &url)
{
    m_store.db().setMeta(ServerKey, url);
    m_serverFailed = false;
    checkReachability();
}

void SyncController::setIntervals(int syncMs, int reachabilityMs)
{
    m_syncTimer.setInterval(syncMs);
    m_reachabilityTimer.setInterval(reachabilityMs);
}

void SyncController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged();
}

void SyncController::checkReachability()
{
    if (m_state == State::Syncing)
        return;
    const bool configured = (!folder().isEmpty() || !server().isEmpty()) && Sync::TeamMembership(m_store).isJoined();
    if (!configured) {
        setState(State::NotConfigured);
        return;
    }
    // A folder is looked at; a server is taken as reachable until a sync to it fails.
    const bool reachable = server().isEmpty() ? QFileInfo(folder()).isDir() : !m_serverFailed;
    const State before = m_state;
    setState(reachable ? State::Idle : State::Offline);
    if (reachable && before == State::Offline)
        syncNow(); // the network (or the share) is back: sync at once
}

QString SyncController::statusText() const
{
    const qint64 pending = Sync::SyncEngine::pendingChanges(m_store);
    const QString last = m_store.db().meta(QStringLiteral("sync_last_at"));
    const QString lastText = last.isEmpty() ? tr("never synced")
                                            : tr("last synced %1").arg(QDateTime::fromSecsSinceEpoch(last.toLongLong(), Clock::teamZone())
                                                                           .toString(QStringLiteral("HH:mm")));
    switch (m_state) {
    case State::NotConfigured:
        return tr("Working offline on this laptop · sync is not set up · %n change(s) saved here", nullptr, int(pending));
    case State::Offline:
        return tr("Offline · %n change(s) waiting to be synced · %1", nullptr, int(pending)).arg(lastText);
    case State::Syncing:
        return tr("Syncing … %1 %").arg(m_percent);
    case State::Idle:
        return tr("Online · %1 · %n change(s) waiting", nullptr, int(pending)).arg(lastText);
    }
    return {};
}

void SyncController::syncNow()
{
    if (m_state == State::Syncing || m_state == State::NotConfigured)
        return;
    try {
        m_engine = server().isEmpty() ? std::make_unique<Sync::SyncEngine>(m_store, folder())
                                      : std::make_unique<Sync::SyncEngine>(m_store, QUrl(server()));
        m_serverFailed = false;
    } catch (const Error &e) {
        m_lastError = e.message();
        m_serverFailed = !server().isEmpty();
        setState(State::Offline);
        Q_EMIT syncFailed(e.message());
        return;
    }
    m_cancelRequested = false;
    m_percent = 0;
    setState(State::Syncing);
    QTimer::singleShot(0, this, &SyncController::stepOnce);
}

void SyncController::cancel() { m_cancelRequested = true; }

void SyncController::stepOnce()
{
    if (!m_engine)
        return;
    bool more = false;
    try {
        more = !m_cancelRequested && m_engine->step();
    } catch (const Error &e) {
        m_engine.reset();
        m_lastError = e.message();
        m_serverFailed = !server().isEmpty();
        m_state = State::Idle;
        checkReachability();
        Q_EMIT syncFailed(e.message());
        return;
    }
    m_percent = m_engine->percent();
    if (more) {
        Q_EMIT stateChanged(); // progress
        QTimer::singleShot(0, this, &SyncController::stepOnce);
        return;
    }
    Sync::SyncReport report = m_engine->report();
    report.cancelled = m_cancelRequested;
    m_engine.reset();
    m_lastError.clear();
    m_state = State::Idle;
    checkReachability();
    Q_EMIT stateChanged();
    Q_EMIT syncFinished(report);
}

} // namespace Kvarter
