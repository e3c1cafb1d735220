// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncTeam.h"
#include "server/SyncServer.h"
#include "sync/ConflictService.h"
#include "sync/StateHash.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QTest>

using namespace Kvarter;
using namespace Kvarter::Sync;

namespace {

void setCitizen(Test::Laptop &laptop, const QString &citizen, const char *field, const QString &value)
{
    laptop.store->write([&] { laptop.store->update("citizen", citizen, { { field, value } }); });
}

QString citizenField(Test::Laptop &laptop, const QString &citizen, const QByteArray &field)
{
    return laptop.store->db().textFor("SELECT " + field + " FROM citizen WHERE id = ?", citizen);
}

// Every file under `folder` with a hash of its bytes.
QHash<QString, QByteArray> filesIn(const QString &folder)
{
    QHash<QString, QByteArray> files;
    for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            files.insert(f.fileName(), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return files;
}

} // namespace

class TestRestoredBackup : public QObject
{
    Q_OBJECT

    // A database of this test's own in the test cluster: other server tests run at the same time
    // on the default one and each claims its database for one server only.
    static QString ownPostgresDatabase()
    {
        const QString conninfo = qEnvironmentVariable("KVARTER_TEST_PG");
        if (conninfo.isEmpty()) {
            if (qEnvironmentVariable("CI") == QLatin1String("true"))
                qFatal("CI must run the PostgreSQL tests: scripts/test sets KVARTER_TEST_PG");
            return {};
        }
        {
            auto admin = Server::ServerStorage::openPostgres(conninfo);
            admin->execForTests(QStringLiteral("DROP DATABASE IF EXISTS kvarter_restore_test"));
            admin->execForTests(QStringLiteral("CREATE DATABASE kvarter_restore_test"));
        }
        QStringList parts = conninfo.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        parts.removeIf([](const QString &p) { return p.startsWith(QLatin1String("dbname=")); });
        return (parts << QStringLiteral("dbname=kvarter_restore_test")).join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void aRestoredLaptopsNewWorkReachesEveryone_data()
    {
        QTest::addColumn<QString>("via");
        QTest::addRow("shared folder") << QStringLiteral("folder");
        QTest::addRow("sync server (SQLite)") << QStringLiteral("sqlite");
        QTest::addRow("sync server (PostgreSQL)") << QStringLiteral("postgres");
    }

    // A laptop's disk is replaced and its database restored from last week's backup. What it did
    // since the backup (already shared) is not lost, and what it does now reaches everyone.
    void aRestoredLaptopsNewWorkReachesEveryone()
    {
        QFETCH(QString, via);
        const bool viaServer = via != QLatin1String("folder");
        if (via == QLatin1String("postgres") && qEnvironmentVariable("KVARTER_TEST_PG").isEmpty())
            QSKIP("no test PostgreSQL (run ./scripts/test, which starts one)");
        Test::SyncTeam team;
        const ManualClock serverClock(Test::fixedNow());
        std::unique_ptr<Server::SyncServer> server;
        QUrl url;
        if (viaServer) {
            const Server::ServerStorage::Opener open = via == QLatin1String("sqlite")
                ? Server::ServerStorage::sqlite(team.dir.filePath(QStringLiteral("server.db")))
                : Server::ServerStorage::postgres(ownPostgresDatabase());
            server = std::make_unique<Server::SyncServer>(open, Server::ServerThreads {}, serverClock);
            url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->listen(QHostAddress::LocalHost, 0)));
        }
        const auto sync = [&](Test::Laptop &laptop) {
            return viaServer ? SyncEngine::syncServer(*laptop.store, url) : laptop.sync(team.share);
        };
        const auto syncAll = [&] {
            for (int round = 0; round < 2; ++round)
                for (Test::Laptop *l : { team.a.get(), team.b.get(), team.c.get() })
                    sync(*l);
        };
        const QString citizen = team.people.citizen;
        syncAll();

        Test::Laptop &b = *team.b;
        const QString oldDevice = b.deviceId();
        setCitizen(b, citizen, "phone", QStringLiteral("62 11 11 11"));
        sync(b);
        const QString backup = team.dir.filePath(QStringLiteral("b-backup.db"));
        b.store->db().exec("VACUUM INTO '" + backup.toUtf8() + "'");
        // After the backup: work that reaches the team, then the disk dies.
        setCitizen(b, citizen, "address", QStringLiteral("Tabt vej 1"));
        setCitizen(b, citizen, "postcode", QStringLiteral("5600"));
        sync(b);
        syncAll();
        QCOMPARE(citizenField(*team.a, citizen, "address"), QStringLiteral("Tabt vej 1"));

        b.store.reset();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(b.path + suffix);
        QVERIFY(QFile::copy(backup, b.path));
        b.open(Schema::current());
        QCOMPARE(citizenField(b, citizen, "address"), QStringLiteral("Møllergade 12")); // as in the backup
        // New work on the restored laptop, before it syncs: a new colleague, and the address again.
        const QString newcomer = TeamService(*b.store).addEmployee(
            { {}, team.people.team, QStringLiteral("Nanna Ny"), QStringLiteral("NN"), Role::SosuHelper, {}, true, {} });
        setCitizen(b, citizen, "city", QStringLiteral("Faaborg"));
        setCitizen(b, citizen, "address", QStringLiteral("Ny vej 2"));
        const QHash<QString, QByteArray> before = filesIn(team.share);

        const SyncReport restored = sync(b);
        QVERIFY(restored.restoredFromBackup);
        QVERIFY(b.deviceId() != oldDevice);
        QCOMPARE(restored.changesSent, 3); // the three changes made since the restore, under the new id
        syncAll();

        for (Test::Laptop *l : { team.a.get(), team.b.get(), team.c.get() }) {
            QCOMPARE(citizenField(*l, citizen, "city"), QStringLiteral("Faaborg"));
            QCOMPARE(citizenField(*l, citizen, "address"), QStringLiteral("Ny vej 2")); // the later write
            QCOMPARE(citizenField(*l, citizen, "postcode"), QStringLiteral("5600"));    // the lost work is back
            QCOMPARE(citizenField(*l, citizen, "phone"), QStringLiteral("62 11 11 11"));
            QVERIFY(TeamService(*l->store).employee(newcomer).has_value());
            // The address written apart on each side of the restore is kept for review everywhere.
            const QList<Conflict> open = ConflictService(*l->store, Test::signIn(*l->store, team.people.nurse)).open();
            QCOMPARE(open.size(), 1);
            QCOMPARE(open.first().field, QStringLiteral("address"));
        }
        QCOMPARE(StateHash::of(*team.a->store), StateHash::of(*team.b->store));
        QCOMPARE(StateHash::of(*team.c->store), StateHash::of(*team.b->store));
        // Nothing already on the share was overwritten.
        const QHash<QString, QByteArray> after = filesIn(team.share);
        for (auto it = before.begin(); it != before.end(); ++it)
            QCOMPARE(after.value(it.key()), it.value());
    }

    // A sync killed after its bundle reached the share and before it noted that is no restore.
    void aBundleWrittenJustBeforeACrashIsNoRestore()
    {
        Test::SyncTeam team;
        team.syncAll();
        setCitizen(*team.b, team.people.citizen, "phone", QStringLiteral("62 22 22 22"));
        const QString shipped = team.b->store->db().meta(QStringLiteral("sync_shipped_seq"));
        team.b->sync(team.share);
        team.b->store->db().setMeta(QStringLiteral("sync_shipped_seq"), shipped); // as if killed right after writing
        const QString device = team.b->deviceId();
        const SyncReport again = team.b->sync(team.share);
        QVERIFY(!again.restoredFromBackup);
        QCOMPARE(team.b->deviceId(), device);
    }
};

QTEST_GUILESS_MAIN(TestRestoredBackup)
#include "tst_restoredbackup.moc"
