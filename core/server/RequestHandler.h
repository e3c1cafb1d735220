// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "HandlerContext.h"
#include "ServerExchange.h"
#include "ServerStorage.h"

#include <vector>

namespace Kvarter::Server {

/// The server's rules, apart from HTTP: every request but /health is signed by a registered
/// device (401 otherwise); a device reaches only its own team (403); only a planner's device
/// registers or revokes devices and leaves snapshots. Push is idempotent per device and sequence
/// range; pull is by cursor. Works on one storage connection, in the thread that opened it.
class RequestHandler final
{
public:
    RequestHandler(ServerStorage &storage, HandlerContext &context)
        : m_storage(storage), m_devices(context.devices), m_horizon(context.horizon), m_replays(context.replays),
          m_clock(context.clock), m_context(context)
    {
    }

    static constexpr int PullLimit = 50;

    /// Any request but a push. Storage errors become a 500 answer.
    Reply handle(const IncomingRequest &request);
    /// Pushes that arrived together, committed in one transaction: one disk flush for many
    /// bundles, each answered only once it is durable.
    std::vector<Reply> push(const std::vector<IncomingRequest> &requests);

private:
    struct Caller
    {
        std::optional<ServerDevice> device;
        Reply::Status refusal = Reply::Status::Ok;
        bool offTime = false; // the signed time is outside the window: the answer tells the server's
        qint64 waitMs = 0;    // too many requests: the answer says when to try again
    };
    /// Who signed the request: its signature checks out with the device's key (or `fallbackKey`,
    /// a team's first device registering itself), its signed time is within the window of the
    /// server's clock and it was not used before. Called once per request: it uses the signature up.
    Caller authenticate(const IncomingRequest &request, const QByteArray &fallbackKey = {});
    /// The answer refusing a caller (the 401 for a signed time off the window carries the server's time).
    Reply refused(const Caller &caller) const;
    /// The answer refusing a caller who is not a planner's authenticated device, if so.
    std::optional<Reply> plannerOnly(const Caller &caller, const QString &refusal) const;
    std::optional<ServerDevice> device(const QString &deviceId);
    /// Bytes of bundles the team keeps here (storage asked once per team and process).
    qint64 teamBytes(const QString &teamId);
    Reply registerDevice(const IncomingRequest &request);
    Reply revokeDevice(const IncomingRequest &request);
    Reply saveSnapshot(const IncomingRequest &request);
    Reply snapshot(const IncomingRequest &request);
    Reply pull(const IncomingRequest &request);
    Reply ownBundles(const IncomingRequest &request);

    ServerStorage &m_storage;
    DeviceCache &m_devices;
    CommitHorizon &m_horizon;
    ReplayGuard &m_replays;
    const Clock &m_clock;
    HandlerContext &m_context;
};

} // namespace Kvarter::Server
