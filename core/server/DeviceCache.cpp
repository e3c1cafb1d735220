// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DeviceCache.h"

namespace Kvarter::Server {

std::optional<std::optional<ServerDevice>> DeviceCache::find(const QString &deviceId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_entries.constFind(deviceId);
    if (it == m_entries.constEnd() || it->expires.hasExpired())
        return std::nullopt;
    return it->device;
}

void DeviceCache::remember(const QString &deviceId, const std::optional<ServerDevice> &device)
{
    QMutexLocker lock(&m_mutex);
    m_entries.insert(deviceId, { device, QDeadlineTimer(LifetimeMs) });
}

void DeviceCache::forget(const QString &deviceId)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(deviceId);
}

} // namespace Kvarter::Server
