// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TeamMembership.h"

#include "access/Access.h"

#include "Crypto.h"
#include "common/Error.h"
#include "common/Id.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kvarter::Sync {

namespace {
const QString TeamIdKey = QStringLiteral("sync_team_id");
const QString TeamKeyKey = QStringLiteral("sync_team_key");
const QString SigningKeyKey = QStringLiteral("sync_signing_key");
} // namespace

bool TeamMembership::isJoined() { return !m_store.db().meta(TeamKeyKey).isEmpty(); }
QString TeamMembership::teamId() { return m_store.db().meta(TeamIdKey); }
QByteArray TeamMembership::teamKey() { return QByteArray::fromBase64(m_store.db().meta(TeamKeyKey).toLatin1()); }
QByteArray TeamMembership::signingKey() { return QByteArray::fromBase64(m_store.db().meta(SigningKeyKey).toLatin1()); }

bool TeamMembership::isRole(const QString &role) { return role == QLatin1String("planner") || role == QLatin1String("member"); }

QString TeamMembership::roleOf(const QString &deviceId)
{
    return m_store.db().textFor("SELECT role FROM team_device WHERE id = ?", deviceId);
}

Bundle::SignerLookup TeamMembership::signers()
{
    return [this](const QString &deviceId) {
        auto q = m_store.db().query("SELECT public_key, revoked_after_seq, revoked_after_lamport FROM team_device WHERE id = ?");
        q->bind(1, deviceId);
        Bundle::Signer signer;
        if (q->next()) {
            signer.publicKey = QByteArray::fromBase64(q->text(0).toLatin1());
            signer.revoked = q->int64(1) >= 0;
            signer.revokedAfterSeq = q->int64(1);
            signer.revokedAfterLamport = q->int64(2);
        }
        return signer;
    };
}

QList<TeamDevice> TeamMembership::devices()
{
    QList<TeamDevice> devices;
    auto q = m_store.db().query("SELECT id, name, role, revoked_after_seq FROM team_device ORDER BY name");
    while (q->next())
        devices.append({ q->text(0), q->text(1), q->text(2), q->int64(3) >= 0 });
    return devices;
}

bool TeamMembership::isOwnSuccessor(const Change &change)
{
    const auto field = [&change](const char *name) { return change.fields.value(QLatin1String(name)).toString(); };
    return change.entity == QLatin1String("team_device") && change.isFirstWrite() && change.rowId != change.device
        && roleOf(change.rowId).isEmpty() && !roleOf(change.device).isEmpty() && field("role") == roleOf(change.device)
        && field("public_key") == m_store.db().textFor("SELECT public_key FROM team_device WHERE id = ?", change.device)
        && field("team_id") == teamId() && change.fields.value(QLatin1String("revoked_after_seq")).toInteger(-1) == -1;
}

void TeamMembership::requirePlanner(const Actor &actor) { Access::require(actor, Right::AdministerTeam); }

void TeamMembership::create(const QString &teamId, const QString &deviceName, const Actor &actor)
{
    requirePlanner(actor);
    if (isJoined())
        throw Error(tr("This laptop is already in a sync team."));
    if (teamId.isEmpty())
        throw Error(tr("Choose the team to sync."));
    const Crypto::SigningKeys keys = Crypto::newSigningKeys();
    m_store.write(actor.employeeId(), [&] {
        m_store.db().setMeta(TeamIdKey, teamId);
        m_store.db().setMeta(TeamKeyKey, QString::fromLatin1(Crypto::newTeamKey().toBase64()));
        m_store.db().setMeta(SigningKeyKey, QString::fromLatin1(keys.secretKey.toBase64()));
        m_store.insert("team_device", m_store.deviceId(),
                       { { "team_id", teamId },
                         { "name", deviceName },
                         { "public_key", QString::fromLatin1(keys.publicKey.toBase64()) },
                         { "role", QStringLiteral("planner") },
                         { "revoked_after_seq", -1 } });
    });
}

QByteArray TeamMembership::invite(const QString &deviceName, const QString &passphrase, const Actor &actor)
{
    requirePlanner(actor);
    if (!isJoined())
        throw Error(tr("Create the sync team on this laptop first."));
    if (passphrase.size() < 8)
        throw ValidationError({ { QStringLiteral("passphrase"), tr("The passphrase must have at least 8 characters.") } });
    const Crypto::SigningKeys keys = Crypto::newSigningKeys();
    const QString deviceId = Id::create();
    m_store.write(actor.employeeId(), [&] {
        m_store.insert("team_device", deviceId,
                       { { "team_id", teamId() },
                         { "name", deviceName },
                         { "public_key", QString::fromLatin1(keys.publicKey.toBase64()) },
                         { "role", QStringLiteral("member") },
                         { "revoked_after_seq", -1 } });
    });
    QJsonArray roster;
    {
        auto q = m_store.db().query("SELECT id, name, public_key, role, coalesce(_lam, _hlc), _dev, _hlc FROM team_device "
                                    "WHERE revoked_after_seq < 0");
        while (q->next())
            roster.append(QJsonObject {
                { QStringLiteral("id"), q->text(0) },
                { QStringLiteral("name"), q->text(1) },
                { QStringLiteral("public_key"), q->text(2) },
                { QStringLiteral("role"), q->text(3) },
                { QStringLiteral("version"), Version { quint64(q->int64(4)), q->text(5), quint64(q->int64(6)) }.toString() } });
    }
    const QJsonObject invitation { { QStringLiteral("kind"), QStringLiteral("kvarter-invitation") },
                                   { QStringLiteral("team_id"), teamId() },
                                   { QStringLiteral("team_key"), QString::fromLatin1(teamKey().toBase64()) },
                                   { QStringLiteral("device_id"), deviceId },
                                   { QStringLiteral("signing_key"), QString::fromLatin1(keys.secretKey.toBase64()) },
                                   { QStringLiteral("roster"), roster } };
    return QByteArray("KVINV1\n")
        + Crypto::sealWithPassphrase(QJsonDocument(invitation).toJson(QJsonDocument::Compact), passphrase.toUtf8()).toBase64()
        + '\n';
}

void TeamMembership::join(const QByteArray &invitation, const QString &passphrase)
{
    if (isJoined())
        throw Error(tr("This laptop is already in a sync team."));
    if (!invitation.startsWith("KVINV1\n"))
        throw ValidationError({ { QStringLiteral("invitation"), tr("The file is not a Kvarter invitation.") } });
    const std::optional<QByteArray> plain =
        Crypto::openWithPassphrase(QByteArray::fromBase64(invitation.mid(7).trimmed()), passphrase.toUtf8());
    if (!plain)
        throw ValidationError(
            { { QStringLiteral("passphrase"), tr("The passphrase does not open this invitation (or the file is damaged).") } });
    const QJsonObject o = QJsonDocument::fromJson(*plain).object();
    if (o.value(QLatin1String("kind")).toString() != QLatin1String("kvarter-invitation"))
        throw Error(tr("The file is not a Kvarter invitation."));
    // Opened with the passphrase, so made by the planner's Kvarter; still, keys of the wrong size
    // or a role no Kvarter gives mean a damaged or forged file, never a profile to keep.
    bool sound = QByteArray::fromBase64(o.value(QLatin1String("team_key")).toString().toLatin1()).size() == Crypto::KeyBytes
        && QByteArray::fromBase64(o.value(QLatin1String("signing_key")).toString().toLatin1()).size() == Crypto::SecretKeyBytes;
    for (const QJsonValue &v : o.value(QLatin1String("roster")).toArray())
        sound = sound && isRole(v.toObject().value(QLatin1String("role")).toString())
            && QByteArray::fromBase64(v.toObject().value(QLatin1String("public_key")).toString().toLatin1()).size()
                == Crypto::KeyBytes;
    if (!sound)
        throw Error(tr("The invitation is damaged: its keys or roles are not ones Kvarter makes."));
    if (m_store.db().scalar("SELECT count(*) FROM change_log") > 0)
        throw Error(tr("Join the team with a new, empty profile: this one already holds its own changes."));
    m_store.write([&] {
        // The invited device id becomes this replica's: it is the name the roster knows it by.
        m_store.db().setMeta(QStringLiteral("device_id"), o.value(QLatin1String("device_id")).toString());
        m_store.db().setMeta(TeamIdKey, o.value(QLatin1String("team_id")).toString());
        m_store.db().setMeta(TeamKeyKey, o.value(QLatin1String("team_key")).toString());
        m_store.db().setMeta(SigningKeyKey, o.value(QLatin1String("signing_key")).toString());
        // The roster as the planner knew it, so the first bundles can be verified; the synced roster
        // replaces it as the planner's bundles arrive.
        for (const QJsonValue &v : o.value(QLatin1String("roster")).toArray()) {
            const QJsonObject d = v.toObject();
            const Version version = Version::fromString(d.value(QLatin1String("version")).toString());
            m_store.observe(version.lamport);
            m_store.db()
                .cached("INSERT OR IGNORE INTO team_device (id, team_id, name, public_key, role, _lam, _dev, _hlc) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, d.value(QLatin1String("id")).toString())
                .bind(2, o.value(QLatin1String("team_id")).toString())
                .bind(3, d.value(QLatin1String("name")).toString())
                .bind(4, d.value(QLatin1String("public_key")).toString())
                .bind(5, d.value(QLatin1String("role")).toString())
                .bind(6, qint64(version.lamport))
                .bind(7, version.device)
                .bind(8, qint64(version.hlc))
                .run();
        }
    });
    m_store.reloadIdentity();
}

void TeamMembership::revoke(const QString &deviceId, const Actor &actor)
{
    requirePlanner(actor);
    if (deviceId == m_store.deviceId())
        throw Error(tr("A laptop cannot remove itself from the team."));
    if (roleOf(deviceId).isEmpty())
        throw Error(tr("No device with id %1 is in the team.").arg(deviceId));
    // The cut-off is what this laptop accepted of the device: its changes up to here count on every
    // laptop, later ones on none (see Revocation). Bundles seen before schema 8 name no version: the
    // cut is then by sequence number only, as before.
    qint64 lastSeen = 0;
    qint64 lastLamport = 0;
    {
        auto q = m_store.db().query("SELECT coalesce(max(last_seq), 0), coalesce(max(last_lamport), 0), "
                                    "count(*) - count(last_lamport) FROM sync_seen_bundle WHERE device = ?");
        q->bind(1, deviceId);
        if (q->next()) {
            lastSeen = q->int64(0);
            lastLamport = q->int64(2) > 0 ? -1 : q->int64(1);
        }
    }
    m_store.write(actor.employeeId(), [&] {
        m_store.update("team_device", deviceId, { { "revoked_after_seq", lastSeen }, { "revoked_after_lamport", lastLamport } });
    });
}

} // namespace Kvarter::Sync
