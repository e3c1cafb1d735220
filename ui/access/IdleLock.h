// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace Kvarter {

class Session;

/// Locks the session when nobody has touched Kvarter for a while (QSettings "privacy/idleLockMinutes",
/// 5 by default), and at once when the screen locks or the laptop goes to sleep, as far as the
/// desktop says so on D-Bus (logind's PrepareForSleep and Lock, the screensaver's ActiveChanged).
/// A laptop left in a citizen's home must not show the next person anything.
class IdleLock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdleLock)

public:
    static constexpr int DefaultMinutes = 5;
    /// The idle time from the settings, kept between 1 and 60 minutes.
    static int configuredMinutes();

    explicit IdleLock(Session &session, QObject *parent = nullptr);
    ~IdleLock() override;

    void setIdleTime(std::chrono::milliseconds idle);
    std::chrono::milliseconds idleTime() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    // Old-style slots: QDBusConnection::connect needs them by name.
    void onPrepareForSleep(bool sleeping);
    void onSessionLock();
    void onScreenSaverActiveChanged(bool active);

private:
    void listenOnDBus();
    void restart();

    Session &m_session;
    QTimer m_idle;
};

} // namespace Kvarter
