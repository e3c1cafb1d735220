// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncEngine.h"

#include "Bundle.h"
#include "ChangeApplier.h"
#include "ChangeLogReader.h"
#include "FolderTransport.h"
#include "RestoredHistory.h"
#include "Revocation.h"
#include "ServerTransport.h"
#include "Snapshot.h"
#include "SyncSettings.h"
#include "TeamMembership.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/PrivateFiles.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Kvarter::Sync {

namespace {

// A listed file's stamp as last handled, with the program that handled it: after an upgrade every
// file is looked at once more (a bundle of a newer format may open now).
QString handledStamp(Store &store, const Transport::Incoming &file)
{
    return file.stamp + QLatin1Char('|') + QStringLiteral(KVARTER_VERSION) + QLatin1Char('|')
        + QString::number(store.db().schema().latestVersion());
}

bool handledBefore(Store &store, const Transport::Incoming &file)
{
    return !file.stamp.isEmpty()
        && store.db().textFor("SELECT stamp FROM sync_file WHERE name = ?", file.name) == handledStamp(store, file);
}

void rememberHandled(Store &store, const Transport::Incoming &file, const char *outcome)
{
    if (file.stamp.isEmpty())
        return;
    store.db()
        .cached("INSERT OR REPLACE INTO sync_file (name, stamp, outcome) VALUES (?, ?, ?)")
        .bind(1, file.name)
        .bind(2, handledStamp(store, file))
        .bindUtf8(3, QByteArray(outcome))
        .run();
}

QString contentHash(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

// This very bundle was applied before (bundles seen before schema 7 have no hash: a range then
// stood for the authentic bundle applied, so it still does).
bool isApplied(Store &store, const BundleHeader &header, const QString &hash)
{
    auto q = store.db().query(
        "SELECT 1 FROM sync_seen_bundle WHERE device = ? AND first_seq = ? AND last_seq = ? AND hash IN (?, '')");
    q->bind(1, header.deviceId).bind(2, header.firstSeq).bind(3, header.lastSeq).bind(4, hash);
    return q->next();
}

void requireJoined(Store &store)
{
    if (!TeamMembership(store).isJoined())
        throw Error(SyncEngine::tr("This laptop is not in a sync team yet. Create one (planner) or join with an invitation."));
}

QString checkedTeam(Store &store, const QString &folder)
{
    requireJoined(store);
    if (!QFileInfo(folder).isDir())
        throw Error(SyncEngine::tr("The shared folder %1 cannot be reached. Work goes on offline; sync again when it is back.")
                        .arg(QDir::toNativeSeparators(folder)));
    return TeamMembership(store).teamId();
}
} // namespace

SyncEngine::SyncEngine(Store &store, const QString &folder) : m_store(store)
{
    const QString team = checkedTeam(store, folder);
    // Made again if this laptop goes on under a new device id (RestoredHistory).
    m_makeTransport = [&store, folder, team] { return std::make_unique<FolderTransport>(folder, team, store.deviceId()); };
    m_transport = m_makeTransport();
    start();
}

void SyncEngine::start()
{
    startFromSnapshot();
    // Changes and bundles kept for a newer Kvarter are applied once this one knows them (an upgrade).
    const ApplyResult waited = ChangeApplier(m_store).applyWaiting();
    m_report.changesApplied += waited.applied;
    m_report.conflicts += waited.conflicts;
    retryKeptForNewerVersion();
    continueIfRestored();
}

void SyncEngine::continueIfRestored()
{
    // Before anything is shipped: a database restored from a backup would ship changes under
    // sequence numbers and versions the team already holds, and none would arrive.
    RestoredHistory history(m_store);
    bool newIdentity = false;
    if (!history.pendingAnnouncement()) {
        const QList<QByteArray> own = m_transport->ownBundlesAfter(SyncSettings(m_store).shippedSeq());
        if (own.isEmpty())
            return;
        const std::optional<RestoredHistory::Finding> finding = history.detect(own);
        if (!finding)
            return;
        history.continueAsNewDevice(*finding);
        m_report.restoredFromBackup = true;
        newIdentity = true;
    }
    if (const auto a = history.pendingAnnouncement()) {
        m_transport->announceSuccessor(a->predecessor, a->header, a->bundle, a->successor, a->publicKey, a->role);
        history.announced();
    }
    if (newIdentity)
        m_transport = m_makeTransport();
}

void SyncEngine::startFromSnapshot()
{
    if (!Snapshot::isFresh(m_store))
        return;
    const QList<QByteArray> snapshots = m_transport->snapshots();
    // Newest first; a snapshot that does not open is passed over, bundles still bring everything.
    for (qsizetype i = snapshots.size() - 1; i >= 0; --i) {
        try {
            Snapshot::load(m_store, snapshots.at(i));
            m_report.startedFromSnapshot = true;
            return;
        } catch (const Error &e) {
            m_report.quarantined << tr("snapshot: %1").arg(e.message());
        }
    }
}

namespace {
// How much of the team's history this replica holds, to decide when a new snapshot is due.
qint64 progressMark(Store &store)
{
    return ChangeLogReader(store).lastSeq()
        + store.db().scalar("SELECT coalesce(sum(last_seq - first_seq + 1), 0) FROM sync_seen_bundle")
        + store.db().scalar("SELECT coalesce(sum(seq), 0) FROM sync_covered");
}
} // namespace

void SyncEngine::leaveSnapshotIfDue()
{
    if (TeamMembership(m_store).roleOf(m_store.deviceId()) != QLatin1String("planner"))
        return;
    const qint64 mark = progressMark(m_store);
    if (mark - m_store.db().meta(QStringLiteral("sync_snapshot_mark"), QStringLiteral("0")).toLongLong() < ChangesPerSnapshot)
        return;
    m_transport->sendSnapshot(Snapshot::create(m_store));
    m_store.db().setMeta(QStringLiteral("sync_snapshot_mark"), QString::number(mark));
    m_report.snapshotWritten = true;
}

SyncEngine::SyncEngine(Store &store, const QUrl &server) : m_store(store)
{
    requireJoined(store);
    m_makeTransport = [&store, server] { return std::make_unique<ServerTransport>(store, server); };
    m_transport = m_makeTransport();
    start();
}

SyncEngine::~SyncEngine() = default;

qint64 SyncEngine::pendingChanges(Store &store)
{
    // The status bar asks after every edit: the log holds only this device's changes, numbered
    // without gaps, so the count is a difference, not a scan of a million rows.
    const qint64 shipped = SyncSettings(store).shippedSeq();
    return std::max<qint64>(0, ChangeLogReader(store).lastSeq() - shipped);
}

bool SyncEngine::shipOne()
{
    TeamMembership team(m_store);
    const qint64 shipped = SyncSettings(m_store).shippedSeq();
    const QList<Change> changes = ChangeLogReader(m_store).since(shipped, Bundle::MaxChanges, Bundle::MaxChangesBytes);
    if (changes.isEmpty())
        return false;
    BundleHeader header;
    header.teamId = team.teamId();
    header.deviceId = m_store.deviceId();
    header.firstSeq = changes.first().seq;
    header.lastSeq = changes.last().seq;
    header.createdHlc = m_store.lastHlc();
    m_transport->send(header, Bundle::seal(header, changes, team.teamKey(), team.signingKey()));
    // Recorded only after the file is safely on the share: a crash in between re-sends the same
    // range under the same name (the same changes, so the same effect wherever either is read).
    SyncSettings(m_store).setShippedSeq(header.lastSeq);
    ++m_report.bundlesWritten;
    m_report.changesSent += int(changes.size());
    return true;
}

void SyncEngine::quarantine(const Transport::Incoming &bundle, const QByteArray &data, const QString &reason)
{
    // The original stays where it is (it is another device's); a copy goes beside our database
    // for support. It is looked at again when it changes (a file still arriving) or after an upgrade.
    if (!data.isEmpty()) {
        // Private like the database beside it: a bundle is encrypted, but it says who wrote when.
        const QString dir = QFileInfo(m_store.db().path()).absolutePath() + QStringLiteral("/quarantine");
        if (PrivateFiles::makeFolder(dir, true))
            PrivateFiles::write(dir + QLatin1Char('/') + QString(bundle.name).replace(QLatin1Char('/'), QLatin1Char('_')), data);
    }
    m_store.db()
        .cached("INSERT OR REPLACE INTO sync_quarantine (name, reason, at, stamp) VALUES (?, ?, ?, ?)")
        .bind(1, bundle.name)
        .bind(2, reason)
        .bind(3, m_store.clock().now().toSecsSinceEpoch())
        .bind(4, bundle.stamp)
        .run();
    rememberHandled(m_store, bundle, "set aside");
    m_report.quarantined << tr("%1: %2").arg(bundle.name, reason);
}

void SyncEngine::keepForNewerVersion(const Transport::Incoming &bundle, const QByteArray &data, const QString &hash)
{
    m_store.db()
        .cached("INSERT OR IGNORE INTO sync_waiting_bundle (id, name, data) VALUES (?, ?, ?)")
        .bind(1, hash)
        .bind(2, bundle.name)
        .bind(3, QVariant(data))
        .run();
    rememberHandled(m_store, bundle, "newer version");
    ++m_report.fromNewerVersion;
}

void SyncEngine::receive(const Transport::Incoming &file)
{
    if (handledBefore(m_store, file))
        return;
    QByteArray data;
    try {
        data = m_transport->load(file);
    } catch (const Error &e) {
        quarantine(file, {}, e.message());
        return;
    }
    const QString hash = contentHash(data);
    if (const std::optional<BundleHeader> header = Bundle::peek(data); header && header->deviceId == file.device) {
        auto covered = m_store.db().query("SELECT seq FROM sync_covered WHERE device = ?");
        covered->bind(1, header->deviceId);
        if ((covered->next() && header->lastSeq <= covered->int64(0)) || isApplied(m_store, *header, hash)) {
            rememberHandled(m_store, file, "applied"); // already here: in the snapshot, or this very bundle
            return;
        }
    }
    TeamMembership team(m_store);
    const Bundle::Opened opened = Bundle::open(data, team.teamId(), team.teamKey(), team.signers());
    if (opened.problem == Bundle::Problem::UnknownDevice) {
        ++m_report.waiting;
        return;
    }
    if (opened.problem == Bundle::Problem::NewerVersion) {
        keepForNewerVersion(file, data, hash);
        return;
    }
    if (opened.problem != Bundle::Problem::None) {
        quarantine(file, data, opened.message);
        return;
    }
    if (opened.header.deviceId != file.device) {
        quarantine(file, data, tr("The bundle is in another device's folder."));
        return;
    }
    QList<Change> changes = opened.changes;
    // Only planners' devices may change the roster; another device may add only its own successor.
    if (team.roleOf(opened.header.deviceId) != QLatin1String("planner"))
        changes.removeIf(
            [&team](const Change &c) { return c.entity == QLatin1String("team_device") && !team.isOwnSuccessor(c); });
    quint64 lastLamport = 0;
    for (const Change &c : opened.changes)
        lastLamport = std::max(lastLamport, c.lamport);
    // A removed device's changes after the planner's cut-off count nowhere (see Revocation).
    if (const Bundle::Signer signer = team.signers()(opened.header.deviceId); signer.revoked && signer.revokedAfterLamport >= 0)
        changes.removeIf([&signer](const Change &c) { return qint64(c.lamport) > signer.revokedAfterLamport; });
    const ApplyResult applied = ChangeApplier(m_store).apply(changes);
    m_store.db()
        .cached("INSERT OR IGNORE INTO sync_seen_bundle (device, first_seq, last_seq, hash, last_lamport) VALUES (?, ?, ?, ?, ?)")
        .bind(1, opened.header.deviceId)
        .bind(2, opened.header.firstSeq)
        .bind(3, opened.header.lastSeq)
        .bind(4, hash)
        .bind(5, qint64(lastLamport))
        .run();
    // This bundle may have been the planner's revoking a device whose later changes are here already.
    Revocation(m_store).enforce();
    m_store.db().cached("DELETE FROM sync_quarantine WHERE name = ?").bind(1, file.name).run();
    rememberHandled(m_store, file, "applied");
    ++m_report.bundlesRead;
    m_report.changesApplied += applied.applied;
    m_report.conflicts += applied.conflicts;
    m_progressed = true;
}

void SyncEngine::retryKeptForNewerVersion()
{
    // After an upgrade: bundles of a format this build now reads are handled like any other.
    QList<Transport::Incoming> kept;
    {
        auto q = m_store.db().query("SELECT id, name, data FROM sync_waiting_bundle");
        while (q->next()) {
            const QByteArray data = q->value(2).toByteArray();
            const std::optional<BundleHeader> header = Bundle::peek(data);
            if (header && header->version <= BundleHeader::CurrentVersion)
                kept << Transport::Incoming { q->text(1), header->deviceId, q->text(0), QString(), data };
        }
    }
    for (const Transport::Incoming &bundle : kept) {
        m_store.db().cached("DELETE FROM sync_waiting_bundle WHERE id = ?").bind(1, bundle.location).run();
        receive(bundle);
    }
}

qint64 SyncEngine::waitingForNewerVersion(Store &store)
{
    return ChangeApplier::waitingCount(store) + store.db().scalar("SELECT count(*) FROM sync_waiting_bundle");
}

qint64 SyncEngine::setAsideCount(Store &store) { return store.db().scalar("SELECT count(*) FROM sync_quarantine"); }

bool SyncEngine::step()
{
    if (m_shipping) {
        if (shipOne())
            return true;
        m_shipping = false;
        m_files = m_transport->receive();
        m_report.clockOffsetMs = m_transport->clockOffsetMs();
        m_next = 0;
        m_progressed = false;
        m_report.waiting = 0;
    }
    if (m_next < m_files.size()) {
        receive(m_files.at(m_next++));
        return true;
    }
    // Bundles from devices the roster did not know wait for the planner's bundle that adds them:
    // go round again while a round made progress.
    if (m_report.waiting > 0 && m_progressed) {
        m_next = 0;
        m_progressed = false;
        m_report.waiting = 0;
        return true;
    }
    if (m_report.waiting == 0)
        m_transport->received();
    m_report.waitingForUpgrade = int(waitingForNewerVersion(m_store));
    leaveSnapshotIfDue();
    SyncSettings(m_store).setLastSyncedAt(m_store.clock().now());
    return false;
}

int SyncEngine::percent() const
{
    if (m_shipping)
        return 0;
    return m_files.isEmpty() ? 100 : int(m_next * 100 / m_files.size());
}

SyncReport SyncEngine::syncFolder(Store &store, const QString &folder, const Progress &progress)
{
    SyncEngine engine(store, folder);
    return run(engine, progress);
}

SyncReport SyncEngine::syncServer(Store &store, const QUrl &server, const Progress &progress)
{
    SyncEngine engine(store, server);
    return run(engine, progress);
}

SyncReport SyncEngine::run(SyncEngine &engine, const Progress &progress)
{
    while (engine.step()) {
        if (progress && !progress(engine.percent())) {
            engine.m_report.cancelled = true;
            break;
        }
    }
    return engine.report();
}

} // namespace Kvarter::Sync
