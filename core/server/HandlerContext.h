// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CommitHorizon.h"
#include "DeviceCache.h"
#include "ReplayGuard.h"
#include "common/Clock.h"

namespace Kvarter::Server {

/// What all of the server's request handlers share, whichever thread they run on.
struct HandlerContext
{
    explicit HandlerContext(const Clock &clock) : clock(clock) {}

    const Clock &clock; // pull answers tell laptops the server's time, so a wrong laptop clock shows
    DeviceCache devices;
    CommitHorizon horizon;
    ReplayGuard replays;
    qint64 pullPageBytes = 8LL * 1024 * 1024; // see ServerLimits
};

} // namespace Kvarter::Server
