// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncBenchmarks.h"

#include "access/Access.h"
#include "access/SignIn.h"

#include "SyncApplyBaseline.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "store/HybridLogicalClock.h"
#include "store/Store.h"
#include "sync/Bundle.h"
#include "sync/ChangeApplier.h"
#include "sync/Crypto.h"
#include "sync/SyncEngine.h"
#include "sync/TeamMembership.h"
#include "team/TeamService.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <malloc.h>
#include <sqlite3.h>
#include <sys/resource.h>

namespace Kvarter {

namespace {
double secondsSince(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e9; }

// CPU seconds this process has used: beside a wall-clock figure, it tells a slow run on a busy
// machine (others compiling on the same two cores) from a slow program.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

QJsonObject cpuSince(double start) { return { { QStringLiteral("cpu_s"), qRound64((cpuSeconds() - start) * 100) / 100.0 } }; }

// The user's file and its write-ahead log, so the copy holds what the app would see.
bool copyDatabase(const QString &from, const QString &to)
{
    if (!QFile::copy(from, to))
        return false;
    if (QFile::exists(from + QStringLiteral("-wal")))
        return QFile::copy(from + QStringLiteral("-wal"), to + QStringLiteral("-wal"));
    return true;
}

// What a figure ran on, for its "data" field.
QJsonObject describe(Store &store, const QString &path)
{
    return { { QStringLiteral("db"), QFileInfo(path).fileName() },
             { QStringLiteral("visits"), store.db().scalar("SELECT count(*) FROM visit") },
             { QStringLiteral("citizens"), store.db().scalar("SELECT count(*) FROM citizen") },
             { QStringLiteral("employees"), store.db().scalar("SELECT count(*) FROM employee") } };
}

// 0 keeps the setting Database gives every connection.
void setPageCache(Database &db, int mib)
{
    if (mib > 0)
        db.exec("PRAGMA cache_size = -" + QByteArray::number(qint64(mib) * 1024));
}

qint64 pageCacheKib(Database &db)
{
    const qint64 size = db.scalar("PRAGMA cache_size");
    return size < 0 ? -size : size * db.scalar("PRAGMA page_size") / 1024;
}

// The process's resident-memory high-water mark, and a way to start it again from now, so each
// side of a figure reports its own peak.
double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

void restartPeakRss()
{
    malloc_trim(0); // hand back what earlier rounds freed, so it does not count as this round's
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM to the current RSS (Linux 4.0+)
}

// A remote device's changes to the visits of `store`: new visits for its citizens (planned for an
// employee of the citizen's team over the next four weeks) alternating with later versions of
// existing visits that move the start by half an hour or give the visit to a colleague, each with
// the base it overwrites as Store::update writes it. The visits changed are spread evenly over the
// file (every k-th row), so the updates touch pages all over the table and its indexes. Ids and
// choices are fixed by a seed: every run, and both sides of a run, get the same changes.
QList<Sync::Change> remoteChanges(Store &store, int count)
{
    QRandomGenerator random(20260);
    QHash<QString, QStringList> staffOf; // team -> its active employees
    {
        auto q = store.db().query("SELECT id, team_id FROM employee WHERE active = 1 ORDER BY id");
        while (q->next())
            staffOf[q->text(1)] << q->text(0);
    }
    QList<std::pair<QString, QString>> citizens; // id, team
    {
        auto q = store.db().query("SELECT id, team_id FROM citizen ORDER BY id");
        while (q->next())
            citizens.append({ q->text(0), q->text(1) });
    }
    if (citizens.isEmpty() || staffOf.value(citizens.first().second).isEmpty())
        return {};
    struct Target
    {
        QString id, team, employee;
        qint64 start = 0;
    };
    const int updates = count / 2;
    QList<Target> targets;
    {
        const qint64 visits = store.db().scalar("SELECT count(*) FROM visit");
        auto q = store.db().query("SELECT v.id, c.team_id, coalesce(v.employee_id, ''), v.start FROM visit v "
                                  "JOIN citizen c ON c.id = v.citizen_id WHERE v.rowid % ? = 0 LIMIT ?");
        q->bind(1, std::max<qint64>(1, visits / std::max(1, updates))).bind(2, updates);
        while (q->next())
            targets.append({ q->text(0), q->text(1), q->text(2), q->int64(3) });
    }

    const QString device = Id::fromName(QStringLiteral("bench/remote-device"));
    const QString author = staffOf.value(citizens.first().second).first();
    // Above every version in the file, as a device that has synced with this one would write.
    quint64 lamport =
        store.db().meta(QStringLiteral("lamport"), store.db().meta(QStringLiteral("hlc"), QStringLiteral("0"))).toULongLong();
    HybridLogicalClock hlc(store.lastHlc());
    const qint64 now = store.clock().nowMs();
    const QDateTime firstDay(store.clock().today(), QTime(7, 0), Clock::teamZone());
    QList<Sync::Change> changes;
    changes.reserve(count);
    for (int i = 0; i < count; ++i) {
        Sync::Change c;
        c.device = device;
        c.seq = i + 1;
        c.lamport = ++lamport;
        c.hlc = hlc.tick(now);
        c.author = author;
        c.entity = QStringLiteral("visit");
        if (i % 2 == 1 && i / 2 < targets.size()) {
            const Target &t = targets.at(i / 2);
            const QStringList &staff = staffOf.value(t.team);
            const bool newEmployee = (i / 2) % 2 == 1 && staff.size() > 1;
            const QString field = newEmployee ? QStringLiteral("employee_id") : QStringLiteral("start");
            QJsonValue value = double(t.start + 1800);
            if (newEmployee) {
                QString other = t.employee;
                while (other == t.employee)
                    other = staff.at(qsizetype(random.bounded(quint32(staff.size()))));
                value = other;
            }
            c.rowId = t.id;
            c.fields = { { field, value } };
            c.base = { { field, QJsonArray { store.fieldVersion("visit", t.id, field).toString() } } };
        } else {
            const auto &[citizen, team] = citizens.at(qsizetype(random.bounded(quint32(citizens.size()))));
            const QStringList &staff = staffOf.value(team);
            const QDateTime start = firstDay.addDays(random.bounded(28)).addSecs(qint64(random.bounded(56)) * 900);
            c.rowId = Id::fromName(QStringLiteral("bench/visit/%1").arg(i));
            c.fields = { { QStringLiteral("citizen_id"), citizen },
                         { QStringLiteral("employee_id"),
                           staff.isEmpty() ? QJsonValue()
                                           : QJsonValue(staff.at(qsizetype(random.bounded(quint32(staff.size()))))) },
                         { QStringLiteral("start"), double(start.toSecsSinceEpoch()) },
                         { QStringLiteral("minutes"), double(15 + 5 * random.bounded(7)) },
                         { QStringLiteral("services"), QStringLiteral("H1.1") },
                         { QStringLiteral("status"), QStringLiteral("planned") } };
        }
        changes << c;
    }
    return changes;
}

// Whether the engine's copy and the baseline's ended in the same state: every visit column (its
// version too), every field version, conflict and parked change.
bool sameResult(Store &engine, const QString &rawCopy)
{
    {
        auto attach = engine.db().query("ATTACH DATABASE ? AS raw");
        attach->bind(1, rawCopy);
        attach->next();
    }
    qint64 differences = 0;
    for (const char *table : { "visit", "field_version", "conflict", "pending_change" }) {
        const QByteArray t(table);
        differences +=
            engine.db().scalar("SELECT count(*) FROM (SELECT * FROM main." + t + " EXCEPT SELECT * FROM raw." + t + ")");
        differences +=
            engine.db().scalar("SELECT count(*) FROM (SELECT * FROM raw." + t + " EXCEPT SELECT * FROM main." + t + ")");
    }
    engine.db().exec("DETACH DATABASE raw");
    return differences == 0;
}

} // namespace

void SyncBenchmarks::figure(const QString &name, double value, const QString &unit, const QString &goal, const QJsonObject &extra)
{
    QJsonObject data = m_data;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    m_report(Benchmarks::figureJson(name, value, unit, goal, data));
}

void SyncBenchmarks::applyRate(int cacheMib, int count)
{
    QTemporaryDir dir;
    const QString engineCopy = dir.filePath(QStringLiteral("engine.db"));
    const QString rawCopy = dir.filePath(QStringLiteral("raw.db"));
    if (!copyDatabase(m_path, engineCopy) || !copyDatabase(m_path, rawCopy))
        return;
    SystemClock clock;
    QList<Sync::Change> changes;
    {
        // Read on a connection of its own, so neither side starts with a warmer page cache, and with
        // SQLite's own small cache: pages it filled would stay in the heap beside the changes and be
        // counted in both sides' peak RSS.
        Store reader(engineCopy, clock);
        reader.db().exec("PRAGMA cache_size = -2000");
        m_data = describe(reader, m_path);
        changes = remoteChanges(reader, count);
    }
    if (changes.isEmpty())
        return;
    m_data.insert(QStringLiteral("changes"), changes.size());
    m_data.insert(QStringLiteral("new_visits"),
                  int(std::count_if(changes.begin(), changes.end(), [](const Sync::Change &c) { return c.isFirstWrite(); })));

    restartPeakRss();
    double enginePerSecond = 0;
    double enginePeak = 0;
    QJsonObject engineCpu, rawCpu;
    {
        Store engine(engineCopy, clock);
        setPageCache(engine.db(), cacheMib);
        m_data.insert(QStringLiteral("page_cache_kib"), pageCacheKib(engine.db()));
        m_data.insert(QStringLiteral("rss_before_mb"), qRound(peakRssMb()));
        const double cpu = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        Sync::ChangeApplier(engine).apply(changes);
        enginePerSecond = double(changes.size()) / secondsSince(timer);
        engineCpu = cpuSince(cpu);
        enginePeak = peakRssMb();
    }
    restartPeakRss();
    double rawPerSecond = 0;
    double rawPeak = 0;
    {
        Store raw(rawCopy, clock); // the same connection set-up (WAL, synchronous, pragmas) as the engine's
        setPageCache(raw.db(), cacheMib);
        const double cpu = cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        SyncApplyBaseline(raw.db().handle()).apply(changes);
        rawPerSecond = double(changes.size()) / secondsSince(timer);
        rawCpu = cpuSince(cpu);
        rawPeak = peakRssMb();
    }
    bool same = false;
    {
        Store engine(engineCopy, clock);
        same = sameResult(engine, rawCopy);
    }
    figure(QStringLiteral("sync_apply_rate"), enginePerSecond, QStringLiteral("changes/s"), {}, engineCpu);
    figure(QStringLiteral("sync_apply_rate_raw_sqlite"), rawPerSecond, QStringLiteral("changes/s"), {}, rawCpu);
    figure(QStringLiteral("sync_apply_rate_ratio"), 100.0 * enginePerSecond / rawPerSecond, QStringLiteral("%"),
           QStringLiteral(">= 50"));
    figure(QStringLiteral("sync_apply_same_result"), same ? 1 : 0, QStringLiteral("bool"), QStringLiteral("1"));
    figure(QStringLiteral("sync_apply_peak_rss"), enginePeak, QStringLiteral("MB"));
    figure(QStringLiteral("sync_apply_raw_peak_rss"), rawPeak, QStringLiteral("MB"));
    m_data = {};
}

void SyncBenchmarks::bundleBytes(int count)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("bytes.db"));
    if (!copyDatabase(m_path, copy))
        return;
    SystemClock clock;
    Store store(copy, clock);
    const QList<Sync::Change> changes = remoteChanges(store, count);
    if (changes.isEmpty())
        return;
    m_data = describe(store, m_path);
    m_data.insert(QStringLiteral("changes"), changes.size());
    // Bytes on the wire per change, as the folder or the server stores them.
    const QByteArray key = Sync::Crypto::newTeamKey();
    const QByteArray signer = Sync::Crypto::newSigningKeys().secretKey;
    qint64 bytes = 0;
    for (qsizetype i = 0; i < changes.size(); i += Sync::SyncEngine::ChangesPerBundle) {
        const QList<Sync::Change> part = changes.mid(i, Sync::SyncEngine::ChangesPerBundle);
        Sync::BundleHeader header { Sync::BundleHeader::CurrentVersion,
                                    QStringLiteral("team"),
                                    part.first().device,
                                    part.first().seq,
                                    part.last().seq,
                                    part.last().hlc };
        bytes += Sync::Bundle::seal(header, part, key, signer).size();
    }
    figure(QStringLiteral("bundle_bytes_per_change"), double(bytes) / double(changes.size()), QStringLiteral("B"),
           QStringLiteral("<= 100"));
    m_data = {};
}

void SyncBenchmarks::firstFullSync()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("planner.db"));
    if (!copyDatabase(m_path, copy))
        return;
    SystemClock clock;
    const QString share = dir.filePath(QStringLiteral("share"));
    QDir().mkpath(share);
    QByteArray invitation;
    {
        Store planner(copy, clock);
        const QList<Team> teams = TeamService(planner).teams();
        if (teams.isEmpty())
            return;
        m_data = describe(planner, m_path);
        QString plannerId;
        for (const Employee &e : TeamService(planner).employees())
            if (plannerId.isEmpty() && Access::allows(e.role, Right::AdministerTeam))
                plannerId = e.id;
        if (plannerId.isEmpty())
            return;
        const Actor admin = SignIn::unattended(planner, plannerId);
        Sync::TeamMembership team(planner);
        if (!team.isJoined())
            team.create(teams.first().id, QStringLiteral("Bench planner"), admin);
        invitation = team.invite(QStringLiteral("New laptop"), QStringLiteral("bench passphrase"), admin);
        const double cpu = cpuSeconds();
        QElapsedTimer shipping;
        shipping.start();
        Sync::SyncEngine::syncFolder(planner, share);
        figure(QStringLiteral("first_ship_of_all_changes"), secondsSince(shipping), QStringLiteral("s"), {}, cpuSince(cpu));
    }
    Store laptop(dir.filePath(QStringLiteral("laptop.db")), clock);
    Sync::TeamMembership(laptop).join(invitation, QStringLiteral("bench passphrase"));
    const double cpu = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const Sync::SyncReport report = Sync::SyncEngine::syncFolder(laptop, share);
    // About twice what SQLite needs to insert the section's visits in one transaction.
    figure(QStringLiteral("first_full_sync_new_laptop"), secondsSince(timer), QStringLiteral("s"), QStringLiteral("<= 15"),
           cpuSince(cpu));
    figure(QStringLiteral("first_full_sync_from_snapshot"), report.startedFromSnapshot ? 1 : 0, QStringLiteral("bool"));
    figure(QStringLiteral("first_full_sync_visits"), double(laptop.db().scalar("SELECT count(*) FROM visit")),
           QStringLiteral("visits"));
    m_data = {};
}

} // namespace Kvarter
