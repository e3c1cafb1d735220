// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncEngine.h"

#include "Bundle.h"
#include "ChangeApplier.h"
#include "ChangeLogReader.h"
#include "FolderTransport.h"
#include "TeamMembership.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Kvarter::Sync {

namespace {
const QString ShippedKey = QStringLiteral("sync_shipped_seq");

bool isSeen(Store &store, const QString &name)
{
    auto q = store.db().query("SELECT 1 FROM sync_seen_bundle WHERE name = ? UNION ALL SELECT 1 FROM sync_quarantine WHERE name = ?");
    q->bind(1, name).bind(2, name);
    return q->next();
}
} // namespace

void SyncEngine::ship(FolderTransport &transport, SyncReport &report)
{
    TeamMembership team(m_store);
    ChangeLogReader reader(m_store);
    qint64 shipped = m_store.db().meta(ShippedKey, QStringLiteral("0")).toLongLong();
    for (;;) {
        const QList<Change> changes = reader.since(shipped, ChangesPerBundle);
        if (changes.isEmpty())
            return;
        BundleHeader header;
        header.teamId = team.teamId();
        header.deviceId = m_store.deviceId();
        header.firstSeq = changes.first().seq;
        header.lastSeq = changes.last().seq;
        header.createdHlc = m_store.lastHlc();
        transport.write(header.firstSeq, header.lastSeq, Bundle::seal(header, changes, team.teamKey(), team.signingKey()));
        // Recorded only after the file is safely on the share: a crash in between re-sends the
        // same range under the same name, which readers treat as the same bundle.
        m_store.db().setMeta(ShippedKey, QString::number(header.lastSeq));
        shipped = header.lastSeq;
        ++report.bundlesWritten;
        report.changesSent += int(changes.size());
    }
}

void SyncEngine::quarantine(const QString &name, const QString &path, const QString &reason, SyncReport &report)
{
    // The file stays where it is (it is another device's); a copy goes beside our database for
    // support, and we remember not to try it again.
    const QString dir = QFileInfo(m_store.db().path()).absolutePath() + QStringLiteral("/quarantine");
    QDir().mkpath(dir);
    QFile::copy(path, dir + QLatin1Char('/') + QString(name).replace(QLatin1Char('/'), QLatin1Char('_')));
    m_store.db()
        .cached("INSERT OR REPLACE INTO sync_quarantine (name, reason, at) VALUES (?, ?, ?)")
        .bind(1, name)
        .bind(2, reason)
        .bind(3, m_store.clock().now().toSecsSinceEpoch())
        .run();
    report.quarantined << tr("%1: %2").arg(name, reason);
}

SyncReport SyncEngine::syncFolder(const QString &folder, const Progress &progress)
{
    TeamMembership team(m_store);
    if (!team.isJoined())
        throw Error(tr("This laptop is not in a sync team yet. Create one (planner) or join with an invitation."));
    if (!QFileInfo(folder).isDir())
        throw Error(tr("The shared folder %1 cannot be reached. Work goes on offline; sync again when it is back.")
                        .arg(QDir::toNativeSeparators(folder)));
    SyncReport report;
    FolderTransport transport(folder, team.teamId(), m_store.deviceId());
    ship(transport, report);

    // Bundles from devices the roster does not know yet wait for the planner's bundle that adds
    // them, so keep going round while a round makes progress.
    bool progressed = true;
    while (progressed) {
        progressed = false;
        report.waiting = 0;
        const QList<FolderTransport::RemoteFile> files = transport.remoteFiles();
        int done = 0;
        for (const FolderTransport::RemoteFile &file : files) {
            ++done;
            if (progress && !progress(int(done * 100 / std::max<qsizetype>(files.size(), 1)))) {
                report.cancelled = true;
                return report;
            }
            if (isSeen(m_store, file.name))
                continue;
            QFile f(file.path);
            if (!f.open(QIODevice::ReadOnly))
                continue; // being written or moved by the share; next time
            const QByteArray data = f.readAll();
            const Bundle::Opened opened = Bundle::open(data, team.teamId(), team.teamKey(), team.signers());
            if (opened.problem == Bundle::Problem::UnknownDevice) {
                ++report.waiting;
                continue;
            }
            if (opened.problem != Bundle::Problem::None) {
                quarantine(file.name, file.path, opened.message, report);
                continue;
            }
            if (opened.header.deviceId != file.device) {
                quarantine(file.name, file.path, tr("The bundle is in another device's folder."), report);
                continue;
            }
            QList<Change> changes = opened.changes;
            // Only planners' devices may change the roster.
            if (team.roleOf(opened.header.deviceId) != QLatin1String("planner"))
                changes.removeIf([](const Change &c) { return c.entity == QLatin1String("team_device"); });
            const ApplyResult applied = ChangeApplier(m_store).apply(changes);
            m_store.db()
                .cached("INSERT OR IGNORE INTO sync_seen_bundle (name, device, last_seq) VALUES (?, ?, ?)")
                .bind(1, file.name)
                .bind(2, opened.header.deviceId)
                .bind(3, opened.header.lastSeq)
                .run();
            ++report.bundlesRead;
            report.changesApplied += applied.applied;
            report.conflicts += applied.conflicts;
            progressed = true;
        }
    }
    m_store.db().setMeta(QStringLiteral("sync_last_at"), QString::number(m_store.clock().now().toSecsSinceEpoch()));
    return report;
}

} // namespace Kvarter::Sync
