// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncTeam.h"
#include "common/Id.h"
#include "server/SyncServer.h"
#include "sync/ConflictService.h"
#include "sync/StateHash.h"

#include <QTest>

using namespace Kvarter;
using namespace Kvarter::Sync;

class TestRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void revocationConvergesWhateverTheOrder_data()
    {
        QTest::addColumn<bool>("viaServer");
        QTest::addRow("shared folder") << false;
        QTest::addRow("sync server") << true;
    }

    // A laptop is stolen and removed from the team while the thief goes on writing. Laptops meet
    // its later bundle and the planner's revocation in every order — one even applies the later
    // work before the planner ever saw it — and all end up the same, without the thief's later work.
    void revocationConvergesWhateverTheOrder()
    {
        QFETCH(bool, viaServer);
        Test::SyncTeam team;
        const ManualClock serverClock(Test::fixedNow());
        std::unique_ptr<Server::SyncServer> server;
        QUrl url;
        if (viaServer) {
            server = std::make_unique<Server::SyncServer>(
                Server::ServerStorage::sqlite(team.dir.filePath(QStringLiteral("server.db"))), Server::ServerThreads {},
                serverClock);
            url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server->listen(QHostAddress::LocalHost, 0)));
        }
        std::unique_ptr<Test::Laptop> d = team.invite(QStringLiteral("d"));
        Test::Laptop &planner = *team.a, &thief = *team.b, &early = *team.c, &late = *d;
        const auto sync = [&](Test::Laptop &laptop) {
            return viaServer ? SyncEngine::syncServer(*laptop.store, url) : laptop.sync(team.share);
        };
        const QList<Test::Laptop *> honest { &planner, &early, &late };
        for (int round = 0; round < 2; ++round)
            for (Test::Laptop *l : { &planner, &thief, &early, &late })
                sync(*l);
        const QString citizen = team.people.citizen;
        const auto phone = [&](Test::Laptop &l) {
            return l.store->db().textFor("SELECT phone FROM citizen WHERE id = ?", citizen);
        };

        thief.store->write([&] { thief.store->update("citizen", citizen, { { "phone", QStringLiteral("62 00 00 01") } }); });
        sync(thief);
        for (Test::Laptop *l : honest)
            sync(*l);
        QCOMPARE(phone(late), QStringLiteral("62 00 00 01")); // before the theft: counts everywhere

        const QString backup = team.dir.filePath(QStringLiteral("thief-backup.db"));
        thief.store->db().exec("VACUUM INTO '" + backup.toUtf8() + "'");       // for later: an old copy of the stolen laptop
        TeamMembership(*planner.store).revoke(thief.deviceId(), team.planner); // not shipped yet
        const QString note = Id::create();
        const QString intruder = Id::create();
        thief.store->write([&] {
            thief.store->update("citizen", citizen,
                                { { "phone", QStringLiteral("66 66 66 66") }, { "address", QStringLiteral("Tyvegade 6") } });
            thief.store->insert("employee", intruder,
                                { { "team_id", team.people.team },
                                  { "name", QStringLiteral("Tyv") },
                                  { "initials", QStringLiteral("TY") },
                                  { "role", QStringLiteral("planner") } });
            thief.store->insert("visit_note", note,
                                { { "citizen_id", citizen },
                                  { "author_id", team.people.nurse },
                                  { "written_at", Test::fixedNow().toSecsSinceEpoch() },
                                  { "text", QStringLiteral("Skrevet efter tyveriet") } });
        });
        sync(thief);
        sync(early); // meets the later work first: the planner has not even seen it
        QCOMPARE(phone(early), QStringLiteral("66 66 66 66"));
        early.store->write([&] { early.store->update("citizen", citizen, { { "city", QStringLiteral("Faaborg") } }); });
        sync(planner); // ships the revocation with its cut-off, and refuses the later bundle
        sync(late);    // meets both in one sync
        for (int round = 0; round < 2; ++round)
            for (Test::Laptop *l : honest)
                sync(*l);

        const QByteArray hash = StateHash::of(*planner.store);
        for (Test::Laptop *l : honest) {
            QCOMPARE(phone(*l), QStringLiteral("62 00 00 01"));
            QCOMPARE(l->store->db().textFor("SELECT address FROM citizen WHERE id = ?", citizen),
                     QStringLiteral("Møllergade 12"));
            QCOMPARE(l->store->db().textFor("SELECT city FROM citizen WHERE id = ?", citizen), QStringLiteral("Faaborg"));
            QVERIFY(!TeamService(*l->store).employee(intruder).has_value());
            QCOMPARE(l->store->db().textFor("SELECT id FROM visit_note WHERE id = ?", note), QString());
            QVERIFY(ConflictService(*l->store, Test::signIn(*l->store, team.people.nurse)).open().isEmpty());
            QCOMPARE(StateHash::of(*l->store), hash);
        }
        // An old copy of the stolen laptop's database writes again under sequence numbers from before
        // the cut-off: it notices its history went further and can only go on as a new device, which
        // a revoked device cannot announce. Nothing of it counts anywhere.
        thief.store.reset();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(thief.path + suffix);
        QVERIFY(QFile::copy(backup, thief.path));
        thief.open(Schema::current());
        thief.store->write([&] { thief.store->update("citizen", citizen, { { "phone", QStringLiteral("67 67 67 67") } }); });
        if (viaServer)
            QVERIFY_THROWS_EXCEPTION(Error, sync(thief)); // the server refuses a revoked device outright
        else
            sync(thief);
        for (int round = 0; round < 2; ++round)
            for (Test::Laptop *l : honest)
                sync(*l);
        for (Test::Laptop *l : honest) {
            QCOMPARE(phone(*l), QStringLiteral("62 00 00 01"));
            QCOMPARE(StateHash::of(*l->store), hash);
        }
    }
};

QTEST_GUILESS_MAIN(TestRevocation)
#include "tst_revocation.moc"
