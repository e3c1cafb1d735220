// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "RestoredHistory.h"

#include "ChangeLogReader.h"
#include "SyncSettings.h"
#include "TeamMembership.h"
#include "common/Id.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <limits>

namespace Kvarter::Sync {

namespace {
const QString PredecessorKey = QStringLiteral("sync_predecessor");
const QString AnnounceSeqKey = QStringLiteral("sync_predecessor_seq");

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

void appendToLog(Store &store, qint64 seq, const Change &c)
{
    store.db()
        .cached("INSERT INTO change_log (seq, hlc, device, entity, row_id, fields, base, lamport, author) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, seq)
        .bind(2, qint64(c.hlc))
        .bind(3, c.device)
        .bind(4, c.entity)
        .bind(5, c.rowId)
        .bindUtf8(6, compact(c.fields))
        .bindUtf8(7, compact(c.base))
        .bind(8, qint64(c.lamport))
        .bind(9, c.author)
        .run();
}
} // namespace

std::optional<RestoredHistory::Finding> RestoredHistory::detect(const QList<QByteArray> &ownBundles)
{
    TeamMembership team(m_store);
    const QString self = m_store.deviceId();
    // What the team holds of this device: sequence number -> version, from authentic bundles only
    // (a file planted in this device's folder proves nothing).
    QHash<qint64, Change> theirs;
    Finding finding;
    for (const QByteArray &data : ownBundles) {
        const Bundle::Opened opened = Bundle::open(data, team.teamId(), team.teamKey(), team.signers());
        if (opened.problem != Bundle::Problem::None || opened.header.deviceId != self)
            continue;
        for (const Change &c : opened.changes) {
            theirs.insert(c.seq, c);
            finding.lastLamport = std::max(finding.lastLamport, c.lamport);
        }
        finding.lastSeq = std::max(finding.lastSeq, opened.header.lastSeq);
    }
    const qint64 shipped = SyncSettings(m_store).shippedSeq();
    if (finding.lastSeq <= shipped)
        return std::nullopt;
    // The first change of this database that differs from the team's copy is where the histories
    // part: before it, this database's changes are the ones already shared.
    const qint64 localLast = ChangeLogReader(m_store).lastSeq();
    finding.firstOwnSeq = localLast + 1;
    // The same sequence number and even the same version can be reused after a restore (the same
    // number of writes since the backup): the content tells.
    auto q = m_store.db().query(QByteArray("SELECT seq, ") + Change::Columns
                                + " FROM change_log WHERE device = ? AND seq > ? ORDER BY seq");
    q->bind(1, self).bind(2, shipped);
    while (q->next()) {
        const Change ours = Change::fromRow(*q, 1);
        const auto known = theirs.constFind(q->int64(0));
        if (known == theirs.constEnd() || known->lamport != ours.lamport || known->entity != ours.entity
            || known->rowId != ours.rowId || known->fields != ours.fields || known->base != ours.base) {
            finding.firstOwnSeq = q->int64(0);
            break;
        }
    }
    if (finding.firstOwnSeq > localLast && localLast >= finding.lastSeq)
        return std::nullopt; // all of it is this database's own: a sync killed before it noted the bundle
    return finding;
}

void RestoredHistory::continueAsNewDevice(const Finding &finding)
{
    TeamMembership team(m_store);
    const QString old = m_store.deviceId();
    const QString successor = Id::create();
    QList<Change> own = ChangeLogReader(m_store).since(finding.firstOwnSeq - 1, std::numeric_limits<int>::max());
    m_store.write([&] {
        m_store.observe(finding.lastLamport);
        const qint64 announceSeq = std::max(finding.lastSeq, ChangeLogReader(m_store).lastSeq()) + 1;
        // The old id's last change: the successor in the roster, with the same key and role.
        Change roster;
        roster.device = old;
        roster.lamport = m_store.tickLamport();
        roster.hlc = m_store.lastHlc();
        roster.entity = QStringLiteral("team_device");
        roster.rowId = successor;
        const QString name = m_store.db().textFor("SELECT name FROM team_device WHERE id = ?", old);
        roster.fields = { { QStringLiteral("team_id"), team.teamId() },
                          { QStringLiteral("name"), tr("%1 (restored from a backup)").arg(name) },
                          { QStringLiteral("public_key"),
                            m_store.db().textFor("SELECT public_key FROM team_device WHERE id = ?", old) },
                          { QStringLiteral("role"), team.roleOf(old) },
                          { QStringLiteral("revoked_after_seq"), -1 } };
        appendToLog(m_store, announceSeq, roster);
        m_store.db()
            .cached("INSERT INTO team_device (id, team_id, name, public_key, role, revoked_after_seq, _lam, _dev, _hlc) "
                    "VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?)")
            .bind(1, successor)
            .bind(2, team.teamId())
            .bind(3, roster.fields.value(QLatin1String("name")).toString())
            .bind(4, roster.fields.value(QLatin1String("public_key")).toString())
            .bind(5, roster.fields.value(QLatin1String("role")).toString())
            .bind(6, qint64(roster.lamport))
            .bind(7, old)
            .bind(8, qint64(roster.hlc))
            .run();

        // The changes nobody has, again under the successor with versions above the old history.
        // Append-only rows carry their version too: their guard is lifted for this one rewrite.
        for (const SyncedTable &t : m_store.db().schema().syncedTables())
            if (t.merge == MergeKind::AppendOnlyUnion)
                m_store.db().exec("DROP TRIGGER IF EXISTS " + t.name + "_no_update");
        QHash<QString, QString> renamed; // old version text -> new, for bases naming a restamped write
        qint64 seq = announceSeq;
        for (Change c : own) {
            const Version before = c.version();
            c.device = successor;
            c.lamport = m_store.tickLamport();
            for (auto it = c.base.begin(); it != c.base.end(); ++it) {
                QJsonArray seen = it.value().toArray();
                for (qsizetype i = 0; i < seen.size(); ++i)
                    if (const auto r = renamed.constFind(seen.at(i).toString()); r != renamed.constEnd())
                        seen[i] = *r;
                it.value() = seen;
            }
            appendToLog(m_store, ++seq, c);
            renamed.insert(before.toString(), c.version().toString());
            const QByteArray entity = c.entity.toLatin1();
            if (!m_store.db().schema().isSynced(entity))
                continue;
            if (c.isFirstWrite()) {
                m_store.db()
                    .cached("UPDATE " + entity + " SET _lam = ?, _dev = ? WHERE id = ? AND _dev = ? AND coalesce(_lam, _hlc) = ?")
                    .bind(1, qint64(c.lamport))
                    .bind(2, successor)
                    .bind(3, c.rowId)
                    .bind(4, old)
                    .bind(5, qint64(before.lamport))
                    .run();
            }
            m_store.db()
                .cached("UPDATE field_version SET lamport = ?, device = ? WHERE row_id = ? AND device = ? AND coalesce(lamport, "
                        "hlc) = ?")
                .bind(1, qint64(c.lamport))
                .bind(2, successor)
                .bind(3, c.rowId)
                .bind(4, old)
                .bind(5, qint64(before.lamport))
                .run();
            m_store.db()
                .cached("UPDATE field_version SET base_lamport = ?, base_device = ? WHERE row_id = ? AND base_device = ? "
                        "AND coalesce(base_lamport, base_hlc) = ?")
                .bind(1, qint64(c.lamport))
                .bind(2, successor)
                .bind(3, c.rowId)
                .bind(4, old)
                .bind(5, qint64(before.lamport))
                .run();
            m_store.db()
                .cached("UPDATE conflict SET loser_lamport = ?, loser_device = ? WHERE row_id = ? AND loser_device = ? "
                        "AND coalesce(loser_lamport, loser_hlc) = ?")
                .bind(1, qint64(c.lamport))
                .bind(2, successor)
                .bind(3, c.rowId)
                .bind(4, old)
                .bind(5, qint64(before.lamport))
                .run();
        }
        for (const SyncedTable &t : m_store.db().schema().syncedTables())
            if (t.merge == MergeKind::AppendOnlyUnion)
                m_store.db().exec(Schema::appendOnlyTriggers(t.name));

        m_store.db().setMeta(QStringLiteral("device_id"), successor);
        SyncSettings(m_store).setShippedSeq(announceSeq);
        m_store.db().setMeta(PredecessorKey, old);
        m_store.db().setMeta(AnnounceSeqKey, QString::number(announceSeq));
    });
    m_store.reloadIdentity();
}

std::optional<RestoredHistory::Announcement> RestoredHistory::pendingAnnouncement()
{
    const QString predecessor = m_store.db().meta(PredecessorKey);
    const qint64 seq = m_store.db().meta(AnnounceSeqKey, QStringLiteral("0")).toLongLong();
    if (predecessor.isEmpty() || seq == 0)
        return std::nullopt;
    auto q = m_store.db().query(QByteArray("SELECT ") + Change::Columns + " FROM change_log WHERE seq = ? AND device = ?");
    q->bind(1, seq).bind(2, predecessor);
    if (!q->next())
        return std::nullopt;
    Change roster = Change::fromRow(*q);
    roster.seq = seq;
    TeamMembership team(m_store);
    Announcement a;
    a.predecessor = predecessor;
    a.header.teamId = team.teamId();
    a.header.deviceId = predecessor;
    a.header.firstSeq = a.header.lastSeq = seq;
    a.header.createdHlc = roster.hlc;
    a.bundle = Bundle::seal(a.header, { roster }, team.teamKey(), team.signingKey());
    a.successor = roster.rowId;
    a.publicKey = QByteArray::fromBase64(roster.fields.value(QLatin1String("public_key")).toString().toLatin1());
    a.role = roster.fields.value(QLatin1String("role")).toString();
    return a;
}

void RestoredHistory::announced() { m_store.db().setMeta(AnnounceSeqKey, QStringLiteral("0")); }

} // namespace Kvarter::Sync
