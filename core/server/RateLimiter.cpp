// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace Kvarter::Server {

qint64 RateLimiter::waitMs(const QString &key, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    // A bucket full again is the same as none: forgotten now and then, so memory follows the
    // devices active lately.
    const qint64 refillMs = qint64(std::ceil(m_burst / m_perSecond * 1000));
    if (nowMs - m_prunedAtMs > refillMs) {
        m_buckets.removeIf([&](const auto &it) { return nowMs - it.value().atMs > refillMs; });
        m_prunedAtMs = nowMs;
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, { double(m_burst), nowMs });
    Bucket &b = *it;
    b.tokens = std::min(double(m_burst), b.tokens + double(std::max<qint64>(0, nowMs - b.atMs)) * m_perSecond / 1000.0);
    b.atMs = std::max(b.atMs, nowMs);
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    return std::max<qint64>(1, qint64(std::ceil((1 - b.tokens) / m_perSecond * 1000)));
}

bool SnapshotGate::enter(const QString &teamId)
{
    QMutexLocker lock(&m_mutex);
    if (m_busy.contains(teamId))
        return false;
    m_busy.insert(teamId);
    return true;
}

void SnapshotGate::leave(const QString &teamId)
{
    QMutexLocker lock(&m_mutex);
    m_busy.remove(teamId);
}

std::optional<qint64> TeamUsage::bytes(const QString &teamId)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_bytes.constFind(teamId);
    return it == m_bytes.constEnd() ? std::nullopt : std::optional<qint64>(*it);
}

void TeamUsage::know(const QString &teamId, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    if (!m_bytes.contains(teamId))
        m_bytes.insert(teamId, bytes);
}

void TeamUsage::add(const QString &teamId, qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_bytes[teamId] += bytes;
}

} // namespace Kvarter::Server
