// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <optional>

namespace Kvarter::Server {

/// A token bucket per device, shared by the server's threads: `burst` requests at once, then
/// `perSecond`. Time comes from the caller (the server's injected clock).
class RateLimiter final
{
public:
    RateLimiter(double perSecond, int burst) : m_perSecond(perSecond), m_burst(burst) {}
    /// 0 if `key` may make a request now (and it is counted), else the milliseconds until it may.
    qint64 waitMs(const QString &key, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };
    const double m_perSecond;
    const int m_burst;
    QMutex m_mutex;
    QHash<QString, Bucket> m_buckets;
    qint64 m_prunedAtMs = 0;
};

/// Teams with a snapshot being saved or sent: one at a time per team (twenty at once took other
/// teams' pulls from 7 ms to 4 s).
class SnapshotGate final
{
public:
    /// The team's turn while it lives, if it got one.
    class Turn final
    {
        Q_DISABLE_COPY_MOVE(Turn)

    public:
        Turn(SnapshotGate &gate, const QString &teamId) : m_gate(gate), m_teamId(teamId), m_entered(gate.enter(teamId)) {}
        ~Turn()
        {
            if (m_entered)
                m_gate.leave(m_teamId);
        }
        explicit operator bool() const { return m_entered; }

    private:
        SnapshotGate &m_gate;
        QString m_teamId;
        bool m_entered;
    };

    bool enter(const QString &teamId);
    void leave(const QString &teamId);

private:
    QMutex m_mutex;
    QSet<QString> m_busy;
};

/// Bytes of bundles each team keeps on the server, read from storage once per team and kept up to
/// date by the pushes of this process (the only one serving the database).
class TeamUsage final
{
public:
    /// The team's bytes if known here.
    std::optional<qint64> bytes(const QString &teamId);
    /// What storage says, unless a push of this process already said it.
    void know(const QString &teamId, qint64 bytes);
    void add(const QString &teamId, qint64 bytes);

private:
    QMutex m_mutex;
    QHash<QString, qint64> m_bytes;
};

} // namespace Kvarter::Server
