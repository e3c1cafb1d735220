// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncBenchmarks.h"

#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"
#include "sync/Bundle.h"
#include "sync/ChangeApplier.h"
#include "sync/ChangeLogReader.h"
#include "sync/Crypto.h"
#include "sync/SyncEngine.h"
#include "sync/TeamMembership.h"
#include "team/TeamService.h"
#include "citizen/CitizenService.h"
#include "visit/VisitService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <sqlite3.h>

namespace Kvarter {

namespace {
double secondsSince(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e9; }
} // namespace

void SyncBenchmarks::figure(const QString &name, double value, const QString &unit, const QString &goal)
{
    m_report(Benchmarks::figureJson(name, value, unit, goal));
}

void SyncBenchmarks::applyRate(int rows)
{
    QTemporaryDir dir;
    SystemClock clock;
    Store source(dir.filePath(QStringLiteral("source.db")), clock);
    Store target(dir.filePath(QStringLiteral("target.db")), clock);
    Store raw(dir.filePath(QStringLiteral("raw.db")), clock);

    // A team with citizens on the source, known to the target, then visits made on the source.
    QString employee;
    QStringList citizens;
    source.write([&] {
        const QString team = TeamService(source).createTeam({ {}, QStringLiteral("Bench"), {} });
        employee = TeamService(source).addEmployee({ {}, team, QStringLiteral("Bente"), QStringLiteral("BB"), Role::Nurse, {}, true });
        for (int i = 0; i < 50; ++i) {
            Citizen c;
            c.teamId = team;
            c.cpr = QStringLiteral("0101%1-%2").arg(40 + i % 50).arg(1000 + i);
            c.name = QStringLiteral("Borger %1").arg(i);
            c.address = QStringLiteral("Vej %1").arg(i);
            c.postcode = QStringLiteral("5700");
            citizens << CitizenService(source).add(c, { employee, Role::Nurse });
        }
    });
    Sync::ChangeApplier(target).apply(Sync::ChangeLogReader(source).since(0));
    Sync::ChangeApplier(raw).apply(Sync::ChangeLogReader(source).since(0));
    const qint64 before = Sync::ChangeLogReader(source).lastSeq();
    const QDateTime base(clock.today(), QTime(7, 0), Clock::teamZone());
    source.write(employee, [&] { // changes name their author, as a nurse's do
        VisitService visits(source);
        for (int i = 0; i < rows; ++i) {
            Visit v;
            v.citizenId = citizens.at(i % citizens.size());
            v.employeeId = employee;
            v.start = base.addSecs(qint64(i) * 600);
            v.minutes = 20;
            v.services = { QStringLiteral("H1.1") };
            visits.add(v, { employee, Role::Nurse });
        }
    });
    const QList<Sync::Change> changes = Sync::ChangeLogReader(source).since(before, rows + 10);

    QElapsedTimer timer;
    timer.start();
    Sync::ChangeApplier(target).apply(changes);
    const double applyPerSecond = double(changes.size()) / secondsSince(timer);

    // The baseline: the same rows as a bare prepared upsert, in one transaction.
    sqlite3 *db = raw.db().handle();
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO visit (id, citizen_id, employee_id, start, minutes, services, status, _hlc, _dev, _lam) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET citizen_id = excluded.citizen_id, "
                           "employee_id = excluded.employee_id, start = excluded.start, minutes = excluded.minutes, "
                           "services = excluded.services, status = excluded.status",
                       -1, &stmt, nullptr);
    timer.restart();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    for (const Sync::Change &c : changes) {
        const QByteArray id = c.rowId.toUtf8(), citizen = c.fields.value(QLatin1String("citizen_id")).toString().toUtf8(),
                         emp = c.fields.value(QLatin1String("employee_id")).toString().toUtf8(), dev = c.device.toUtf8();
        sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, citizen.constData(), int(citizen.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 3, emp.constData(), int(emp.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt, 4, qint64(c.fields.value(QLatin1String("start")).toDouble()));
        sqlite3_bind_int(stmt, 5, c.fields.value(QLatin1String("minutes")).toInt());
        sqlite3_bind_text(stmt, 6, "H1.1", -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 7, "planned", -1, SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 8, qint64(c.hlc));
        sqlite3_bind_text(stmt, 9, dev.constData(), int(dev.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt, 10, qint64(c.lamport));
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_finalize(stmt);
    const double rawPerSecond = double(changes.size()) / secondsSince(timer);

    figure(QStringLiteral("sync_apply_rate"), applyPerSecond, QStringLiteral("rows/s"), {});
    figure(QStringLiteral("sync_apply_rate_raw_sqlite_upsert"), rawPerSecond, QStringLiteral("rows/s"), {});
    figure(QStringLiteral("sync_apply_rate_ratio"), 100.0 * applyPerSecond / rawPerSecond, QStringLiteral("%"), QStringLiteral(">= 50"));

    // Bytes on the wire per change, as the folder or the server stores them.
    const QByteArray key = Sync::Crypto::newTeamKey();
    const QByteArray signer = Sync::Crypto::newSigningKeys().secretKey;
    qint64 bytes = 0;
    for (qsizetype i = 0; i < changes.size(); i += Sync::SyncEngine::ChangesPerBundle) {
        const QList<Sync::Change> part = changes.mid(i, Sync::SyncEngine::ChangesPerBundle);
        Sync::BundleHeader header { Sync::BundleHeader::CurrentVersion, QStringLiteral("team"), source.deviceId(),
                                    part.first().seq, part.last().seq, part.last().hlc };
        bytes += Sync::Bundle::seal(header, part, key, signer).size();
    }
    figure(QStringLiteral("bundle_bytes_per_change"), double(bytes) / double(changes.size()), QStringLiteral("B"), QStringLiteral("<= 100"));
}

void SyncBenchmarks::firstFullSync()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("planner.db"));
    if (!QFile::copy(m_path, copy))
        return;
    QFile::copy(m_path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    SystemClock clock;
    const QString share = dir.filePath(QStringLiteral("share"));
    QDir().mkpath(share);
    QByteArray invitation;
    {
        Store planner(copy, clock);
        const QList<Team> teams = TeamService(planner).teams();
        if (teams.isEmpty())
            return;
        Sync::TeamMembership team(planner);
        if (!team.isJoined())
            team.create(teams.first().id, QStringLiteral("Bench planner"), { QStringLiteral("bench"), Role::Planner });
        invitation = team.invite(QStringLiteral("New laptop"), QStringLiteral("bench passphrase"), { QStringLiteral("bench"), Role::Planner });
        QElapsedTimer shipping;
        shipping.start();
        Sync::SyncEngine::syncFolder(planner, share);
        figure(QStringLiteral("first_ship_of_all_changes"), secondsSince(shipping), QStringLiteral("s"), {});
    }
    Store laptop(dir.filePath(QStringLiteral("laptop.db")), clock);
    Sync::TeamMembership(laptop).join(invitation, QStringLiteral("bench passphrase"));
    QElapsedTimer timer;
    timer.start();
    const Sync::SyncReport report = Sync::SyncEngine::syncFolder(laptop, share);
    figure(QStringLiteral("first_full_sync_new_laptop"), secondsSince(timer), QStringLiteral("s"), QStringLiteral("<= 30"));
    figure(QStringLiteral("first_full_sync_from_snapshot"), report.startedFromSnapshot ? 1 : 0, QStringLiteral("bool"), {});
    figure(QStringLiteral("first_full_sync_visits"), double(laptop.db().scalar("SELECT count(*) FROM visit")), QStringLiteral("visits"), {});
}

} // namespace Kvarter
