// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/PinVault.h"
#include "store/HybridLogicalClock.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <sqlite3.h>

using namespace Kvarter;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseIsLatestWalAndForeignKeys()
    {
        Test::Fixture f;
        Database &db = f.store->db();
        QCOMPARE(db.userVersion(), Migrations::latestVersion());
        QCOMPARE(db.scalar("PRAGMA application_id"), qint64(Database::ApplicationId));
        QCOMPARE(db.scalar("PRAGMA foreign_keys"), 1);
        auto q = db.query("PRAGMA journal_mode");
        QVERIFY(q->next());
        QCOMPARE(q->text(0), QStringLiteral("wal"));
        QVERIFY(!f.store->deviceId().isEmpty());
    }

    // Every earlier schema version, with data in it, must reach the latest without losing a row.
    void upgradesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void upgradesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        ManualClock clock(Test::fixedNow());
        QString deviceId;
        {
            Store old(path, clock, from);
            QCOMPARE(old.db().userVersion(), from);
            deviceId = old.deviceId();
            // Version 1 has no search column: write the rows with plain SQL as that program would have.
            old.db().exec("INSERT INTO team (id, name) VALUES ('t', 'Team')");
            old.db().exec("INSERT INTO citizen (id, team_id, cpr, name, address, postcode, city) "
                          "VALUES ('c', 't', '0102401234', 'Åse Ærø', 'Brogade 1', '5700', 'Svendborg')");
        }
        Store upgraded(path, clock);
        QCOMPARE(upgraded.db().userVersion(), Migrations::latestVersion());
        QCOMPARE(upgraded.deviceId(), deviceId);
        // Someone to read the file as, added after the upgrade.
        const QString reader = TeamService(upgraded).addEmployee(
            { {}, QStringLiteral("t"), QStringLiteral("Karen Sygeplejerske"), QStringLiteral("KS"), Role::Nurse, {}, true, {} });
        CitizenService citizens(upgraded, Test::signIn(upgraded, reader));
        QCOMPARE(citizens.count(QString()), 1);
        QCOMPARE(citizens.search({ QStringLiteral("åse ærø") }).size(), 1); // the migration filled the search text
        QVERIFY(upgraded.db().integrityProblems().isEmpty());
    }

    // Schema 4 ordered writes by hybrid clock. After the upgrade those writes keep that order (their
    // Lamport value is their hlc) and this laptop's next write still comes after all of them.
    void writesFromBeforeLamportClocksKeepTheirOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.db"));
        ManualClock clock(Test::fixedNow());
        const qint64 old = qint64(Test::fixedNow().toMSecsSinceEpoch()) << 16;
        {
            Store v4(path, clock, 4);
            v4.db().exec(QByteArray("INSERT INTO team (id, name, _hlc, _dev) VALUES ('t', 'Team', ") + QByteArray::number(old)
                         + ", 'old-laptop')");
            v4.db().exec(QByteArray("INSERT INTO field_version (row_id, field, entity, hlc, device) VALUES ('t', 'name', "
                                    "'team', ")
                         + QByteArray::number(old + 5) + ", 'other-laptop')");
            v4.db().setMeta(QStringLiteral("hlc"), QString::number(old + 5));
        }
        Store upgraded(path, clock);
        QCOMPARE(upgraded.fieldVersion("team", QStringLiteral("t"), QStringLiteral("name")).lamport, quint64(old + 5));
        QCOMPARE(upgraded.fieldVersion("team", QStringLiteral("t"), QStringLiteral("id")).lamport, quint64(old));
        upgraded.write([&] { upgraded.update("team", QStringLiteral("t"), { { "name", QStringLiteral("New") } }); });
        const Version now = upgraded.fieldVersion("team", QStringLiteral("t"), QStringLiteral("name"));
        QCOMPARE(now.device, upgraded.deviceId());
        QVERIFY(now.lamport > quint64(old + 5));
        QCOMPARE(HybridLogicalClock::wallMs(now.hlc), Test::fixedNow().toMSecsSinceEpoch());
    }

    void refusesNewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        ManualClock clock(Test::fixedNow());
        {
            Store s(path, clock);
            s.db().exec("PRAGMA user_version = 99");
        }
        const QByteArray before = fileHash(path);
        try {
            Store again(path, clock);
            QFAIL("a newer schema was opened");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QLatin1String("newer Kvarter")));
        }
        QCOMPARE(fileHash(path), before);
    }

    void refusesCorruptFileAndLeavesItAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database at all, just bytes").repeated(200));
        f.close();
        const QByteArray before = fileHash(path);
        ManualClock clock(Test::fixedNow());
        try {
            Store s(path, clock);
            QFAIL("a corrupt file was opened");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("damaged")), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(path), before);
    }

    void refusesSomeoneElsesSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.db"));
        sqlite3 *raw = nullptr;
        sqlite3_open(path.toUtf8().constData(), &raw);
        sqlite3_exec(raw, "CREATE TABLE recipes (name TEXT)", nullptr, nullptr, nullptr);
        sqlite3_close(raw);
        const QByteArray before = fileHash(path);
        ManualClock clock(Test::fixedNow());
        QVERIFY_THROWS_EXCEPTION(Error, Store(path, clock));
        QCOMPARE(fileHash(path), before);
    }

    void secondProcessGetsAClearMessage()
    {
        Test::Fixture f;
        const Test::SmallTeam s = f.makeSmallTeam();
        PinVault(*f.store).assignForDemo({ s.nurse }, QStringLiteral("2846"));
        const QStringList citizens { QStringLiteral("--db"), f.path(), QStringLiteral("citizens"), QStringLiteral("--as"),
                                     s.nurse };
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("KVARTER_PIN"), QStringLiteral("2846"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(KVARTER_CLI_PATH), citizens);
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 1);
        const QString error = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(error.contains(QLatin1String("already open")), qPrintable(error));
        // After we close it, the other process gets in.
        f.store.reset();
        cli.start(QStringLiteral(KVARTER_CLI_PATH), citizens);
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(cli.readAllStandardOutput().contains("Østergaard"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
