// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CommitHorizon.h"
#include "DeviceCache.h"
#include "RateLimiter.h"
#include "ReplayGuard.h"
#include "ServerLimits.h"
#include "common/Clock.h"

namespace Kvarter::Server {

/// What all of the server's request handlers share, whichever thread they run on.
struct HandlerContext
{
    HandlerContext(const Clock &clock, const ServerLimits &limits)
        : clock(clock), limits(limits), rates(limits.deviceRequestsPerSecond, limits.deviceRequestBurst)
    {
    }

    const Clock &clock; // pull answers tell laptops the server's time, so a wrong laptop clock shows
    DeviceCache devices;
    CommitHorizon horizon;
    const ServerLimits limits;
    ReplayGuard replays;
    RateLimiter rates;
    SnapshotGate snapshots;
    TeamUsage usage;
};

} // namespace Kvarter::Server
