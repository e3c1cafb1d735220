// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ServerTransport.h"

#include "SyncSettings.h"
#include "TeamMembership.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kvarter::Sync {

namespace {
const QString CursorKey = QStringLiteral("sync_server_cursor");
}

ServerTransport::ServerTransport(Store &store, const QUrl &server)
    : m_store(store), m_server(server), m_client(server, store.deviceId(), TeamMembership(store).signingKey(), &store.clock()),
      m_teamId(TeamMembership(store).teamId())
{
    const ServerClient::Reply health = m_client.health();
    if (health.cut)
        fail(health);
    if (health.status != 200)
        throw Error(
            tr("The sync server %1 cannot be reached (%2). Nothing was lost: work goes on offline, and it is tried again.")
                .arg(server.toString(), health.error.isEmpty() ? QString::number(health.status) : health.error));
    if (TeamMembership(store).roleOf(store.deviceId()) == QLatin1String("planner"))
        registerRoster();
}

void ServerTransport::fail(const ServerClient::Reply &reply)
{
    if (reply.cut)
        throw Error(tr("The sync server closed the connection; nothing was lost, it will be tried again."));
    if (reply.status == 0)
        throw Error(tr("The sync server did not answer (%1); nothing was lost, it will be tried again.").arg(reply.error));
    if (reply.status == 429)
        throw Error(
            tr("The sync server asks this laptop to slow down (too many requests); nothing was lost, it is tried again."));
    if (reply.status == 401 || reply.status == 403)
        throw Error(
            tr("The sync server refused this laptop (%1). Ask the planner to add it to the team again.").arg(reply.status));
    throw Error(tr("The sync server answered %1: %2")
                    .arg(reply.status)
                    .arg(reply.error.isEmpty() ? QString::fromUtf8(reply.body) : reply.error));
}

void ServerTransport::registerRoster()
{
    // The planner's own device first: on a new server it creates the team.
    auto q = m_store.db().query("SELECT id, public_key, role, revoked_after_seq FROM team_device ORDER BY (id = ?) DESC");
    q->bind(1, m_store.deviceId());
    QList<std::tuple<QString, QByteArray, QString, qint64>> devices;
    while (q->next())
        devices.append({ q->text(0), QByteArray::fromBase64(q->text(1).toLatin1()), q->text(2), q->int64(3) });
    for (const auto &[id, key, role, revokedAfter] : devices) {
        if (revokedAfter >= 0) {
            // With the cut-off, so the server drops what the device stored after it (see Revocation).
            m_client.post(
                QStringLiteral("/v1/teams/%1/devices/%2/revoke").arg(m_teamId, id),
                QJsonDocument(QJsonObject { { QStringLiteral("after_seq"), revokedAfter } }).toJson(QJsonDocument::Compact));
            continue;
        }
        const bool self = id == m_store.deviceId();
        const QString token = self ? SyncSettings(m_store).enrolmentToken() : QString();
        const ServerClient::Reply reply = m_client.registerDevice(m_teamId, id, key, role, token);
        if (self && !token.isEmpty() && reply.status == 200)
            SyncSettings(m_store).setEnrolmentToken({}); // used: the server knows the team now
        if (self && reply.json().value(QLatin1String("enrolment_required")).toBool())
            throw Error(tr("The sync server %1 does not know this team yet. Ask its operator for an enrolment token "
                           "(kvarter-server team allow NAME) and give it to this laptop: in Sync settings, Enrolment token, or "
                           "with kvarter-cli team enrol TOKEN.")
                            .arg(m_server.toString()));
        // 409: the server knows the device otherwise (revoked through another planner's laptop,
        // whose revocation this one has not pulled yet): registration never changes that, and
        // the rest of the sync goes on.
        if (reply.status != 200 && reply.status != 409)
            fail(reply);
    }
}

void ServerTransport::send(const BundleHeader &, const QByteArray &bundle)
{
    const ServerClient::Reply reply = m_client.push(m_teamId, bundle);
    if (reply.status != 200 && reply.status != 201)
        fail(reply);
}

QList<Transport::Incoming> ServerTransport::receive()
{
    QList<Incoming> incoming;
    qint64 cursor = m_store.db().meta(CursorKey, QStringLiteral("0")).toLongLong();
    for (;;) {
        const qint64 sentAt = m_store.clock().nowMs();
        const ServerClient::Reply reply = m_client.pull(m_teamId, cursor);
        if (reply.status != 200)
            fail(reply);
        if (const QJsonValue time = reply.json().value(QLatin1String("time")); time.isDouble())
            m_clockOffsetMs = qint64(time.toDouble()) - (sentAt + m_store.clock().nowMs()) / 2;
        const QJsonArray bundles = reply.json().value(QLatin1String("bundles")).toArray();
        if (bundles.isEmpty())
            break;
        for (const QJsonValue &v : bundles) {
            const QJsonObject b = v.toObject();
            const QByteArray data = QByteArray::fromBase64(b.value(QLatin1String("data")).toString().toLatin1());
            const std::optional<BundleHeader> header = Bundle::peek(data);
            if (header && header->deviceId != m_store.deviceId())
                incoming << Incoming { QStringLiteral("server/%1").arg(b.value(QLatin1String("cursor")).toInteger()),
                                       header->deviceId, QString(), QString(), data };
        }
        cursor = reply.json().value(QLatin1String("next")).toInteger();
    }
    m_nextCursor = cursor;
    return incoming;
}

QList<QByteArray> ServerTransport::snapshots()
{
    const ServerClient::Reply reply = m_client.get(QStringLiteral("/v1/teams/%1/snapshot").arg(m_teamId));
    if (reply.status == 200)
        return { reply.body };
    return {};
}

void ServerTransport::sendSnapshot(const QByteArray &snapshot)
{
    const ServerClient::Reply reply = m_client.post(QStringLiteral("/v1/teams/%1/snapshot").arg(m_teamId), snapshot);
    if (reply.status != 200)
        fail(reply);
}

QList<QByteArray> ServerTransport::ownBundlesAfter(qint64 afterSeq)
{
    QList<QByteArray> bundles;
    for (qint64 after = afterSeq;;) {
        const ServerClient::Reply reply =
            m_client.get(QStringLiteral("/v1/teams/%1/devices/%2/bundles?after=%3").arg(m_teamId, m_store.deviceId()).arg(after));
        if (reply.status != 200)
            fail(reply);
        const QJsonArray page = reply.json().value(QLatin1String("bundles")).toArray();
        if (page.isEmpty())
            return bundles;
        for (const QJsonValue &v : page)
            bundles << QByteArray::fromBase64(v.toObject().value(QLatin1String("data")).toString().toLatin1());
        after = reply.json().value(QLatin1String("next")).toInteger();
    }
}

void ServerTransport::announceSuccessor(const QString &predecessor, const BundleHeader &, const QByteArray &bundle,
                                        const QString &successor, const QByteArray &publicKey, const QString &role)
{
    // Signed as the predecessor, which the server knows: it lets a device register its own
    // successor (same key, same role), then stores the bundle that tells the team.
    ServerClient asPredecessor(m_server, predecessor, TeamMembership(m_store).signingKey(), &m_store.clock());
    asPredecessor.setClockOffsetMs(m_client.clockOffsetMs());
    const ServerClient::Reply registered = asPredecessor.registerDevice(m_teamId, successor, publicKey, role);
    if (registered.status != 200)
        fail(registered);
    const ServerClient::Reply pushed = asPredecessor.push(m_teamId, bundle);
    if (pushed.status != 200 && pushed.status != 201)
        fail(pushed);
}

void ServerTransport::received() { m_store.db().setMeta(CursorKey, QString::number(m_nextCursor)); }

} // namespace Kvarter::Sync
