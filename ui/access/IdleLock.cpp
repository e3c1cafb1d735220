// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "IdleLock.h"

#include "session/Session.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QEvent>
#include <QFile>
#include <QSettings>
#include <unistd.h>

namespace Kvarter {

int IdleLock::configuredMinutes()
{
    const int minutes = QSettings().value(QStringLiteral("privacy/idleLockMinutes"), DefaultMinutes).toInt();
    return minutes <= 0 ? DefaultMinutes : qMin(minutes, 60);
}

IdleLock::IdleLock(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_idle.setSingleShot(true);
    setIdleTime(std::chrono::minutes(configuredMinutes()));
    connect(&m_idle, &QTimer::timeout, &m_session, &Session::lock);
    connect(&m_session, &Session::actorChanged, this, &IdleLock::restart);
    connect(&m_session, &Session::unlocked, this, &IdleLock::restart);
    connect(&m_session, &Session::locked, &m_idle, &QTimer::stop);
    QCoreApplication::instance()->installEventFilter(this);
    listenOnDBus();
    restart();
}

IdleLock::~IdleLock() { QCoreApplication::instance()->removeEventFilter(this); }

void IdleLock::setIdleTime(std::chrono::milliseconds idle)
{
    m_idle.setInterval(idle);
    restart();
}

std::chrono::milliseconds IdleLock::idleTime() const { return m_idle.intervalAsDuration(); }

void IdleLock::restart()
{
    if (m_session.signedIn())
        m_idle.start();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        // Every widget sees the same event on its way up: restarting a running timer is cheap.
        if (m_idle.isActive())
            m_idle.start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::listenOnDBus()
{
    const QString login1 = QStringLiteral("org.freedesktop.login1");
    // No bus, no signals: ask only where one is there, so nothing is started (dbus-launch) or waited for.
    const bool systemBus =
        QFile::exists(QStringLiteral("/run/dbus/system_bus_socket")) || !qEnvironmentVariableIsEmpty("DBUS_SYSTEM_BUS_ADDRESS");
    QDBusConnection system = systemBus ? QDBusConnection::systemBus() : QDBusConnection(QString());
    if (systemBus && system.isConnected()) {
        system.connect(login1, QStringLiteral("/org/freedesktop/login1"), QStringLiteral("org.freedesktop.login1.Manager"),
                       QStringLiteral("PrepareForSleep"), this, SLOT(onPrepareForSleep(bool)));
        // Our own login session's Lock (loginctl lock-session, the lid switch); if logind does not
        // say which session is ours, any session's Lock locks Kvarter too: too often is safe.
        QString path;
        QDBusInterface manager(login1, QStringLiteral("/org/freedesktop/login1"),
                               QStringLiteral("org.freedesktop.login1.Manager"), system);
        manager.setTimeout(1000);
        const QDBusReply<QDBusObjectPath> reply = manager.call(QStringLiteral("GetSessionByPID"), quint32(::getpid()));
        if (reply.isValid())
            path = reply.value().path();
        system.connect(login1, path, QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"), this,
                       SLOT(onSessionLock()));
    }
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return;
    QDBusConnection desktop = QDBusConnection::sessionBus();
    if (desktop.isConnected()) {
        for (const QString &screensaver :
             { QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver") })
            desktop.connect(QString(), QString(), screensaver, QStringLiteral("ActiveChanged"), this,
                            SLOT(onScreenSaverActiveChanged(bool)));
    }
}

void IdleLock::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        m_session.lock();
}

void IdleLock::onSessionLock() { m_session.lock(); }

void IdleLock::onScreenSaverActiveChanged(bool active)
{
    if (active)
        m_session.lock();
}

} // namespace Kvarter
