// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "RequestHandler.h"

#include "common/Error.h"
#include "sync/Bundle.h"
#include "sync/Crypto.h"
#include "sync/RequestSignature.h"
#include "sync/TeamMembership.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kvarter::Server {

using Status = Reply::Status;

namespace {
Reply notAllowed(Status status) { return Reply::error(QStringLiteral("not allowed"), status); }
Reply tooMany(const QString &why, qint64 waitMs)
{
    Reply reply = Reply::error(why, Status::TooManyRequests);
    reply.retryAfter = QByteArray::number((waitMs + 999) / 1000);
    return reply;
}
} // namespace

RequestHandler::Caller RequestHandler::authenticate(const IncomingRequest &request, const QByteArray &fallbackKey)
{
    Caller caller;
    // A captured request stays valid only while its signed time is near the server's clock, and
    // within that window only once (see Sync::RequestSignature).
    bool isNumber = false;
    const qint64 signedSecs = request.time.toLongLong(&isNumber);
    const qint64 nowSecs = m_clock.nowMs() / 1000;
    if (!isNumber || qAbs(signedSecs - nowSecs) > Sync::RequestSignature::MaxSkewSecs) {
        caller.refusal = Status::Unauthorized;
        caller.offTime = true;
        return caller;
    }
    const QString deviceId = QString::fromUtf8(request.device);
    std::optional<ServerDevice> device = deviceId.isEmpty() ? std::nullopt : this->device(deviceId);
    const QByteArray key = device ? device->publicKey : fallbackKey;
    const QByteArray message =
        Sync::RequestSignature::message(request.method, request.target, request.time, request.nonce, request.body);
    if (key.isEmpty() || !Sync::Crypto::verify(message, request.signature, key)
        || !m_replays.firstUse(request.signature, signedSecs, nowSecs)) {
        caller.refusal = Status::Unauthorized;
        return caller;
    }
    if (device && (device->teamId != request.teamId || device->revoked)) {
        caller.refusal = Status::Forbidden;
        return caller;
    }
    // Counted only once the signature holds: nobody can use up another device's requests.
    if (const qint64 wait = m_context.rates.waitMs(deviceId, m_clock.nowMs()); wait > 0) {
        caller.refusal = Status::TooManyRequests;
        caller.waitMs = wait;
        return caller;
    }
    caller.device = device;
    return caller;
}

qint64 RequestHandler::teamBytes(const QString &teamId)
{
    if (const std::optional<qint64> known = m_context.usage.bytes(teamId))
        return *known;
    m_context.usage.know(teamId, m_storage.storedBytes(teamId));
    return m_context.usage.bytes(teamId).value_or(0);
}

std::optional<ServerDevice> RequestHandler::device(const QString &deviceId)
{
    if (const auto known = m_devices.find(deviceId))
        return *known;
    std::optional<ServerDevice> device = m_storage.device(deviceId);
    m_devices.remember(deviceId, device);
    return device;
}

Reply RequestHandler::refused(const Caller &caller) const
{
    if (caller.waitMs > 0)
        return tooMany(QStringLiteral("too many requests from this device"), caller.waitMs);
    if (!caller.offTime)
        return notAllowed(caller.refusal);
    return Reply::json({ { QStringLiteral("error"), QStringLiteral("the signed time is too far from the server's clock") },
                         { QStringLiteral("time"), m_clock.nowMs() } },
                       caller.refusal);
}

std::optional<Reply> RequestHandler::plannerOnly(const Caller &caller, const QString &refusal) const
{
    if (caller.refusal != Status::Ok)
        return refused(caller);
    if (caller.device->role != QLatin1String("planner"))
        return Reply::error(refusal, Status::Forbidden);
    return std::nullopt;
}

Reply RequestHandler::handle(const IncomingRequest &request)
{
    try {
        switch (request.kind) {
        case IncomingRequest::Kind::RegisterDevice: return registerDevice(request);
        case IncomingRequest::Kind::RevokeDevice: return revokeDevice(request);
        case IncomingRequest::Kind::SaveSnapshot: return saveSnapshot(request);
        case IncomingRequest::Kind::GetSnapshot: return snapshot(request);
        case IncomingRequest::Kind::Pull: return pull(request);
        case IncomingRequest::Kind::OwnBundles: return ownBundles(request);
        case IncomingRequest::Kind::Push: return push({ request }).front();
        }
    } catch (const Error &e) {
        return Reply::error(e.message(), Status::InternalServerError);
    }
    return Reply::error(QStringLiteral("unknown request"), Status::BadRequest);
}

Reply RequestHandler::registerDevice(const IncomingRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const ServerDevice device { request.teamId, body.value(QLatin1String("device_id")).toString(),
                                QByteArray::fromBase64(body.value(QLatin1String("public_key")).toString().toLatin1()),
                                body.value(QLatin1String("role")).toString(), false };
    if (device.deviceId.isEmpty() || device.publicKey.isEmpty())
        return Reply::error(QStringLiteral("device_id and public_key are required"), Status::BadRequest);
    if (device.publicKey.size() != Sync::Crypto::KeyBytes)
        return Reply::error(QStringLiteral("public_key is not an Ed25519 public key"), Status::BadRequest);
    if (!Sync::TeamMembership::isRole(device.role))
        return Reply::error(QStringLiteral("role is planner or member"), Status::BadRequest);
    if (!m_storage.teamExists(request.teamId)) {
        // The first device of a team registers itself (proof: it signs with the key it registers)
        // and must be a planner's: trust on first use.
        const Caller self = authenticate(request, device.publicKey);
        if (self.refusal != Status::Ok)
            return refused(self);
        if (QString::fromUtf8(request.device) != device.deviceId)
            return Reply::error(QStringLiteral("unauthenticated"), Status::Unauthorized);
        if (device.role != QLatin1String("planner"))
            return Reply::error(QStringLiteral("a team is created by a planner's device"), Status::Forbidden);
        if (m_context.limits.requireEnrolment) {
            if (m_storage.device(device.deviceId))
                return Reply::error(QStringLiteral("device belongs to another team"), Status::Forbidden);
            // The operator allows teams: the first device brings the one-time token, used up
            // together with the registration.
            const QString token = body.value(QLatin1String("enrolment_token")).toString();
            bool enrolled = false;
            m_storage.inTransaction([&] {
                enrolled = !token.isEmpty() && m_storage.enrol(token, request.teamId);
                if (enrolled)
                    m_storage.registerDevice(device);
            });
            m_devices.forget(device.deviceId);
            if (!enrolled)
                return Reply::json({ { QStringLiteral("error"),
                                       QStringLiteral("this server does not know the team: its operator "
                                                      "allows it with an enrolment token") },
                                     { QStringLiteral("enrolment_required"), true } },
                                   Status::Forbidden);
            return Reply::json({ { QStringLiteral("registered"), device.deviceId } });
        }
    } else {
        const Caller caller = authenticate(request);
        const std::optional<ServerDevice> existing = this->device(device.deviceId);
        // A laptop restored from a backup goes on under a new device id with its own key and role
        // (see RestoredHistory): it may register that successor itself, and nothing more.
        const bool ownSuccessor = caller.refusal == Status::Ok && !existing && caller.device->role != QLatin1String("planner")
            && caller.device->publicKey == device.publicKey && caller.device->role == device.role;
        if (!ownSuccessor) {
            if (const auto refused = plannerOnly(caller, QStringLiteral("only a planner's device registers devices")))
                return *refused;
        }
        if (existing && existing->teamId != request.teamId)
            return Reply::error(QStringLiteral("device belongs to another team"), Status::Forbidden);
    }
    // Registering again is harmless (the planner's laptop does it on every sync) but changes
    // nothing: a known device keeps its key and role, and a revoked one stays revoked.
    const ServerDevice stored = m_storage.registerDevice(device);
    m_devices.forget(device.deviceId);
    if (stored.teamId != device.teamId)
        return Reply::error(QStringLiteral("device belongs to another team"), Status::Forbidden);
    if (stored.revoked)
        return Reply::error(QStringLiteral("this device was revoked; a revoked device is never registered again"),
                            Status::Conflict);
    if (stored.publicKey != device.publicKey || stored.role != device.role)
        return Reply::error(QStringLiteral("this device is registered already with another key or role"), Status::Conflict);
    return Reply::json({ { QStringLiteral("registered"), device.deviceId } });
}

Reply RequestHandler::revokeDevice(const IncomingRequest &request)
{
    if (const auto refused = plannerOnly(authenticate(request), QStringLiteral("only a planner's device revokes devices")))
        return *refused;
    std::optional<ServerDevice> device = this->device(request.subject);
    if (!device || device->teamId != request.teamId)
        return Reply::error(QStringLiteral("no such device in this team"), Status::NotFound);
    m_storage.revokeDevice(device->deviceId);
    m_devices.forget(device->deviceId);
    // The team's rule (see Sync::Revocation): nothing the device stored after the cut-off counts, so
    // no laptop pulls it from here.
    const QJsonValue after = QJsonDocument::fromJson(request.body).object().value(QLatin1String("after_seq"));
    if (after.isDouble() && after.toDouble() >= 0 && after.toDouble() <= double(Sync::BundleHeader::MaxSeq))
        m_storage.dropBundlesAfter(request.teamId, request.subject, after.toInteger());
    return Reply::json({ { QStringLiteral("revoked"), request.subject } });
}

Reply RequestHandler::saveSnapshot(const IncomingRequest &request)
{
    const Caller caller = authenticate(request);
    if (const auto refused = plannerOnly(caller, QStringLiteral("only a planner's device leaves snapshots")))
        return *refused;
    const std::optional<Sync::BundleHeader> header = Sync::Bundle::peek(request.body);
    if (!header || header->teamId != request.teamId || header->deviceId != caller.device->deviceId || !header->hasSnapshotRange())
        return Reply::error(QStringLiteral("not this device's snapshot for this team"), Status::BadRequest);
    const SnapshotGate::Turn turn(m_context.snapshots, request.teamId);
    if (!turn)
        return tooMany(QStringLiteral("a snapshot of this team is under way"), 1000);
    m_storage.saveSnapshot(request.teamId, caller.device->deviceId, request.body);
    return Reply::json({ { QStringLiteral("saved"), true } });
}

Reply RequestHandler::snapshot(const IncomingRequest &request)
{
    const Caller caller = authenticate(request);
    if (caller.refusal != Status::Ok)
        return refused(caller);
    const SnapshotGate::Turn turn(m_context.snapshots, request.teamId);
    if (!turn)
        return tooMany(QStringLiteral("a snapshot of this team is under way"), 1000);
    QByteArray data = m_storage.snapshot(request.teamId);
    if (data.isEmpty())
        return Reply::error(QStringLiteral("no snapshot yet"), Status::NotFound);
    return { std::move(data), QByteArrayLiteral("application/octet-stream"), Status::Ok, {} };
}

std::vector<Reply> RequestHandler::push(const std::vector<IncomingRequest> &requests)
{
    std::vector<Reply> replies(requests.size());
    std::vector<std::pair<size_t, Sync::BundleHeader>> accepted;
    for (size_t i = 0; i < requests.size(); ++i) {
        const IncomingRequest &request = requests[i];
        try {
            const Caller caller = authenticate(request);
            if (caller.refusal != Status::Ok) {
                replies[i] = refused(caller);
                continue;
            }
            const std::optional<Sync::BundleHeader> header = Sync::Bundle::peek(request.body);
            if (!header)
                replies[i] = Reply::error(QStringLiteral("not a bundle"), Status::BadRequest);
            else if (!header->hasChangeRange())
                replies[i] = Reply::error(QStringLiteral("not a possible sequence range"), Status::BadRequest);
            else if (header->teamId != request.teamId || header->deviceId != caller.device->deviceId)
                replies[i] = Reply::error(QStringLiteral("the bundle is not this device's for this team"), Status::Forbidden);
            else
                accepted.emplace_back(i, *header);
        } catch (const Error &e) {
            replies[i] = Reply::error(e.message(), Status::InternalServerError);
        }
    }
    std::vector<std::pair<qint64, bool>> stored(accepted.size());
    std::vector<bool> overQuota(accepted.size(), false);
    QHash<QString, qint64> added; // bytes this batch adds per team
    const CommitHorizon::Token underWay = m_horizon.begin();
    try {
        m_storage.inTransaction([&] {
            for (size_t a = 0; a < accepted.size(); ++a) {
                const auto &[i, header] = accepted[a];
                const QString &team = requests[i].teamId;
                const qint64 size = requests[i].body.size();
                if (teamBytes(team) + added.value(team) + size > m_context.limits.teamStoredBytes) {
                    // Full: a bundle stored before is still acknowledged (the laptop may not have
                    // heard), a new one is refused.
                    stored[a] = { m_storage.storedCursor(header.deviceId, header.firstSeq, header.lastSeq), false };
                    overQuota[a] = stored[a].first == 0;
                    continue;
                }
                stored[a] = m_storage.push(team, header.deviceId, header.firstSeq, header.lastSeq, requests[i].body);
                m_horizon.stored(stored[a].first);
                if (stored[a].second)
                    added[team] += size;
            }
        });
    } catch (const Error &e) {
        m_horizon.end(underWay);
        for (const auto &[i, header] : accepted)
            replies[i] = Reply::error(e.message(), Status::InternalServerError);
        return replies;
    }
    m_horizon.end(underWay);
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        m_context.usage.add(it.key(), it.value());
    for (size_t a = 0; a < accepted.size(); ++a) {
        if (overQuota[a]) {
            replies[accepted[a].first] =
                Reply::error(QStringLiteral("the team's storage on this server is full"), Status::InsufficientStorage);
            continue;
        }
        const auto [cursor, added] = stored[a];
        replies[accepted[a].first] =
            Reply::json({ { QStringLiteral("cursor"), cursor }, { QStringLiteral("duplicate"), !added } },
                        added ? Status::Created : Status::Ok);
    }
    return replies;
}

Reply RequestHandler::ownBundles(const IncomingRequest &request)
{
    // A laptop asks what the server holds of its own history beyond what its database remembers,
    // to notice it was restored from a backup (see RestoredHistory). Only its own.
    const Caller caller = authenticate(request);
    if (caller.refusal != Status::Ok)
        return refused(caller);
    if (caller.device->deviceId != request.subject)
        return notAllowed(Status::Forbidden);
    QJsonArray bundles;
    qint64 next = request.after;
    for (const auto &[lastSeq, base64] :
         m_storage.ownBundles(request.teamId, request.subject, request.after, PullLimit, m_context.limits.pullPageBytes)) {
        bundles.append(
            QJsonObject { { QStringLiteral("last_seq"), lastSeq }, { QStringLiteral("data"), QString::fromLatin1(base64) } });
        next = lastSeq;
    }
    return Reply::json({ { QStringLiteral("bundles"), bundles }, { QStringLiteral("next"), next } });
}

Reply RequestHandler::pull(const IncomingRequest &request)
{
    const Caller caller = authenticate(request);
    if (caller.refusal != Status::Ok)
        return refused(caller);
    QJsonArray bundles;
    qint64 next = request.after;
    for (const StoredBundle &b :
         m_storage.pull(request.teamId, request.after, m_horizon.visibleUpTo(), PullLimit, m_context.limits.pullPageBytes)) {
        bundles.append(
            QJsonObject { { QStringLiteral("cursor"), b.cursor }, { QStringLiteral("data"), QString::fromLatin1(b.base64) } });
        next = b.cursor;
    }
    return Reply::json({ { QStringLiteral("bundles"), bundles },
                         { QStringLiteral("next"), next },
                         { QStringLiteral("time"), m_clock.nowMs() } });
}

} // namespace Kvarter::Server
