// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "ServerStorage.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <optional>

namespace Kvarter::Server {

/// Registered devices as the request handlers last read them, shared by the server's threads:
/// checking a signature then needs no database round trip. An entry lives a few seconds, so a
/// device revoked through another server process is refused within that time; one revoked or
/// registered through this process is refused (or known) at once.
class DeviceCache final
{
public:
    static constexpr int LifetimeMs = 5000;

    std::optional<std::optional<ServerDevice>> find(const QString &deviceId) const;
    void remember(const QString &deviceId, const std::optional<ServerDevice> &device);
    void forget(const QString &deviceId);

private:
    struct Entry
    {
        std::optional<ServerDevice> device; // nullopt: no such device (also worth remembering briefly)
        QDeadlineTimer expires;
    };
    mutable QMutex m_mutex;
    QHash<QString, Entry> m_entries;
};

} // namespace Kvarter::Server
