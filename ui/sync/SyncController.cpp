// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncController.h"

#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "session/Session.h"
#include "sync/ClockCheck.h"
#include "sync/SyncWorker.h"

#include <QLocale>
#include <QNetworkInformation>
#include <limits>

namespace Kvarter {

SyncController::SyncController(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    qRegisterMetaType<Kvarter::Sync::SyncReport>();
    m_worker = session.makeSyncWorker().release();
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SyncWorker::progressed, this, [this](int percent) {
        m_percent = percent;
        Q_EMIT stateChanged();
    });
    // What the worker's connection wrote reaches the window's models through the window's store.
    connect(m_worker, &SyncWorker::applied, this, [this](const QStringList &entities) { m_session.takeInSync(entities); });
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::failed, this, &SyncController::onFailed);
    connect(m_worker, &SyncWorker::folderChecked, this, &SyncController::onFolderChecked);
    m_thread.setObjectName(QStringLiteral("kvarter-sync"));
    m_thread.start();

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

SyncController::~SyncController()
{
    m_worker->cancelRequested = true;
    m_thread.quit();
    m_thread.wait();
    delete m_worker; // its thread has stopped: safe to delete from here
}

QString SyncController::folder() const { return m_session.syncSettings().folder(); }
QString SyncController::server() const { return m_session.syncSettings().server(); }

void SyncController::setFolder(const QString &folder)
{
    m_session.syncSettings().setFolder(folder);
    checkReachability();
}

void SyncController::setServer(const QString &url)
{
    m_session.syncSettings().setServer(url);
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

bool SyncController::isConfigured() const
{
    return (!folder().isEmpty() || !server().isEmpty()) && m_session.membership().isJoined();
}

void SyncController::checkReachability()
{
    if (m_state == State::Syncing)
        return;
    if (!isConfigured()) {
        setState(State::NotConfigured);
        return;
    }
    if (!server().isEmpty()) {
        // A server is taken as reachable until a sync to it fails.
        setState(m_serverFailed ? State::Offline : State::Idle);
        return;
    }
    if (m_checking)
        return; // the last look at the share has not come back yet: it is hanging
    m_checking = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, path = folder()] { worker->checkFolder(path); }, Qt::QueuedConnection);
}

void SyncController::onFolderChecked(const QString &checked, bool reachable)
{
    m_checking = false;
    if (m_state == State::Syncing || checked != folder() || !isConfigured())
        return;
    const State before = m_state;
    setState(reachable ? State::Idle : State::Offline);
    if (reachable && before == State::Offline)
        syncNow(); // the share is back: sync at once
}

QString SyncController::statusText() const
{
    // In the words of a nurse: whether the others have what was written here, and since when.
    // No change counts without a reason to act on them, and a count reads with separators.
    const SyncCounts counts = m_session.syncCounts();
    const int pending = int(std::min<qint64>(counts.pending, std::numeric_limits<int>::max()));
    const QString at = counts.lastSyncedAt.isValid() ? DisplayTime::time(counts.lastSyncedAt.toLocalTime().time()) : QString();
    QString text;
    switch (m_state) {
    case State::NotConfigured: text = tr("Saved on this computer · sync with the team is not set up"); break;
    case State::Syncing: text = tr("Syncing … %1 %").arg(m_percent); break;
    case State::Offline:
        text = pending == 0 ? tr("Offline · nothing waits to be sent")
                            : tr("Offline · %Ln change(s) wait to be sent when the connection is back", nullptr, pending);
        break;
    case State::Idle:
        if (pending > 0)
            text = tr("%Ln change(s) wait to be sent", nullptr, pending);
        else
            text = at.isEmpty() ? tr("Not synced with the team yet") : tr("Everything is synced at %1").arg(at);
        break;
    }
    if (m_state != State::Idle && m_state != State::NotConfigured && !at.isEmpty())
        text += tr(" · last synced at %1").arg(at);
    if (counts.setAside > 0)
        text += tr(" · %Ln file(s) on the share set aside", nullptr, int(counts.setAside));
    return text;
}

QString SyncController::upgradeNotice() const
{
    if (m_session.syncCounts().waitingForNewerVersion == 0)
        return {};
    return tr("A colleague uses a newer Kvarter: some of their changes wait here until this laptop is updated. "
              "Ask for the update; nothing is lost meanwhile.");
}

void SyncController::syncNow()
{
    if (m_state == State::Syncing || !isConfigured())
        return;
    m_percent = 0;
    setState(State::Syncing);
    m_worker->cancelRequested = false;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, f = folder(), s = server()] { worker->run(f, s); }, Qt::QueuedConnection);
}

void SyncController::cancel() { m_worker->cancelRequested = true; }

void SyncController::onFinished(const Sync::SyncReport &report)
{
    m_session.takeInSync({}); // the worker saw newer clocks from the team
    m_lastError.clear();
    m_clockWarning = Sync::ClockCheck::warning(report.clockOffsetMs);
    m_serverFailed = false;
    m_state = State::Idle;
    checkReachability();
    Q_EMIT stateChanged();
    Q_EMIT syncFinished(report);
}

void SyncController::onFailed(const QString &message)
{
    m_session.takeInSync({});
    m_lastError = message;
    m_serverFailed = !server().isEmpty();
    m_state = server().isEmpty() ? State::Idle : State::Offline;
    if (server().isEmpty())
        checkReachability();
    Q_EMIT stateChanged();
    Q_EMIT syncFailed(message);
}

} // namespace Kvarter
