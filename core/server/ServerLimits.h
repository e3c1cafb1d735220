// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "sync/Bundle.h"

#include <QtGlobal>

namespace Kvarter::Server {

/// What one connection may cost the server. The defaults are far above what a section's laptops
/// send (300 citizens, 1M visits: a push is at most one bundle, Sync::Bundle::MaxBytes) and far
/// below what would let a few connections fill its memory or its file descriptors.
struct ServerLimits
{
    int maxRequestLineBytes = 8 * 1024;             // 414 beyond
    int maxHeaderBytes = 32 * 1024;                 // 431 beyond, the request line included
    int maxHeaders = 64;                            // 431 beyond
    qint64 maxBundleBytes = Sync::Bundle::MaxBytes; // a push's body; 413 beyond
    qint64 maxSnapshotBytes = 512LL * 1024 * 1024;  // a snapshot's body
    qint64 maxOtherBodyBytes = 64 * 1024;           // registration, revocation
    int headerTimeoutMs = 10'000;                   // from a request's first byte to the end of its headers
    int idleTimeoutMs = 120'000;                    // no byte in either direction and no answer owed
    int maxConnections = 512;                       // beyond, the longest idle connection makes room
    qint64 pullPageBytes = 8LL * 1024 * 1024;       // a pull page holds bundles up to this (at least one)

    // Quotas: one device's flood must not stall the other teams, nor one team fill the disk. A
    // laptop's first sync of a section sends a few hundred requests in a minute at most.
    double deviceRequestsPerSecond = 50;                // sustained, per authenticated device; 429 beyond
    int deviceRequestBurst = 1000;                      // what a device may send at once before the rate counts
    qint64 teamStoredBytes = 20LL * 1024 * 1024 * 1024; // bundles a team keeps on the server; 507 beyond
    /// Teams are allowed by the server's operator (`kvarter-server team allow NAME` gives a one-time
    /// enrolment token): a team the server does not know gets 403 unless its first device brings
    /// one. False: the first planner's device to register creates the team (trust on first use).
    bool requireEnrolment = false;
};

} // namespace Kvarter::Server
