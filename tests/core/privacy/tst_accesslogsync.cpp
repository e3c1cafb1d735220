// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncTeam.h"
#include "privacy/AccessLog.h"
#include "privacy/BreakGlass.h"
#include "session/Session.h"
#include "sync/StateHash.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kvarter;

// The access log travels with the team's sync: an opening made on one laptop shows in the
// who-has-looked report on every other, the log stays append-only there too, and the sync's own
// refresh of the laptops is never an opening.
class TestAccessLogSync : public QObject
{
    Q_OBJECT

    static qint64 openings(Test::Laptop &laptop) { return laptop.store->db().scalar("SELECT count(*) FROM access_log"); }

private Q_SLOTS:
    void openingsTravelAndSyncIsNoOpening()
    {
        Test::SyncTeam team;
        team.syncAll();
        QCOMPARE(openings(*team.a), 0);
        QCOMPARE(openings(*team.b), 0);

        // On laptop a the nurse opens the citizen's record twice; on b the helper opens the notes.
        AccessLog(*team.a->store, Test::signIn(*team.a->store, team.people.nurse))
            .recordOpening(team.people.citizen, AccessPart::Record);
        team.a->clock.advanceSecs(300);
        AccessLog(*team.a->store, Test::signIn(*team.a->store, team.people.nurse))
            .recordOpening(team.people.citizen, AccessPart::Grants);
        AccessLog(*team.b->store, Test::signIn(*team.b->store, team.people.helper))
            .recordOpening(team.people.citizen, AccessPart::Notes);
        QCOMPARE(openings(*team.a), 2);
        QCOMPARE(openings(*team.b), 1);

        // Laptop b has a session open (the desktop): its pages are told what sync wrote, and may
        // refresh, but the sync itself logs nothing.
        Session session(*team.b->store, team.b->clock);
        session.signInUnattended(team.people.helper);
        QSignalSpy changed(&session, &Session::changed);
        team.syncAll();
        QVERIFY(!changed.isEmpty());
        bool toldOfTheLog = false;
        for (const QList<QVariant> &signal : changed)
            toldOfTheLog = toldOfTheLog || signal.first().toStringList().contains(QStringLiteral("access_log"));
        QVERIFY(toldOfTheLog);
        for (Test::Laptop *laptop : { team.a.get(), team.b.get(), team.c.get() })
            QCOMPARE(openings(*laptop), 3);
        // Another round of syncs changes nothing: an applied opening is not applied, nor logged, again.
        team.syncAll();
        for (Test::Laptop *laptop : { team.a.get(), team.b.get(), team.c.get() })
            QCOMPARE(openings(*laptop), 3);
        QCOMPARE(Sync::StateHash::of(*team.b->store), Sync::StateHash::of(*team.a->store));
        QCOMPARE(Sync::StateHash::of(*team.c->store), Sync::StateHash::of(*team.a->store));

        // Each opening is the one that was made, with who, which part and when, on every laptop.
        auto q =
            team.c->store->db().query("SELECT employee_id, part, context, opened_at FROM access_log ORDER BY opened_at, part");
        QStringList rows;
        while (q->next())
            rows << QStringList { q->text(0), q->text(1), q->text(2), QString::number(q->int64(3)) }.join(QLatin1Char(' '));
        const QString at = QString::number(Test::fixedNow().toMSecsSinceEpoch());
        const QString later = QString::number(Test::fixedNow().toMSecsSinceEpoch() + 300000);
        QCOMPARE(rows,
                 QStringList({ team.people.helper + QStringLiteral(" notes own-team ") + at,
                               team.people.nurse + QStringLiteral(" record fixed-person ") + at,
                               team.people.nurse + QStringLiteral(" grants fixed-person ") + later }));

        // Append-only on a laptop that received them by sync, as on the one that wrote them.
        QVERIFY_THROWS_EXCEPTION(Error, team.b->store->db().exec("UPDATE access_log SET part = 'record'"));
        QVERIFY_THROWS_EXCEPTION(Error, team.c->store->db().exec("DELETE FROM access_log"));
        QCOMPARE(openings(*team.c), 3);
    }

    void aBreakTheGlassGrantTravelsWithItsReason()
    {
        Test::SyncTeam team;
        team.syncAll();
        // A nurse of another team, on the roster of laptop b (a visitor covering an evening).
        TeamService roster(*team.b->store);
        const QString otherTeam = roster.createTeam({ {}, QStringLiteral("Team Nord"), {} });
        const QString visitor =
            roster.addEmployee({ {}, otherTeam, QStringLiteral("Nina Nord"), QStringLiteral("NN"), Role::Nurse, {}, true, {} });
        const Actor nina = Test::signIn(*team.b->store, visitor);
        BreakGlass(*team.b->store, nina).grant(team.people.citizen, QStringLiteral("covering the evening round"));
        QCOMPARE(AccessLog(*team.b->store, nina).recordOpening(team.people.citizen, AccessPart::Record),
                 AccessContext::BrokenGlass);
        team.syncAll();

        // The team leader reviews it on the planner's laptop.
        const QString leader =
            TeamService(*team.a->store)
                .addEmployee(
                    { {}, team.people.team, QStringLiteral("Lene Leder"), QStringLiteral("LL"), Role::TeamLeader, {}, true, {} });
        AccessLog review(*team.a->store, Test::signIn(*team.a->store, leader));
        const QList<AccessEntry> looked = review.whoLooked(team.people.citizen);
        QCOMPARE(looked.size(), 1);
        QCOMPARE(looked.first().employeeName, QStringLiteral("Nina Nord"));
        QCOMPARE(looked.first().grantReason, QStringLiteral("covering the evening round"));
        const QList<UnusualOpening> unusual = review.unusual(team.a->clock.today(), team.a->clock.today());
        QCOMPARE(unusual.size(), 1);
        QVERIFY(unusual.first().reasons.contains(UnusualReason::BrokeTheGlass));
        // The grant holds on the other laptops too: Nina may open the record on laptop c.
        QCOMPARE(AccessLog(*team.c->store, Test::signIn(*team.c->store, visitor))
                     .recordOpening(team.people.citizen, AccessPart::Visits),
                 AccessContext::BrokenGlass);
    }
};

QTEST_GUILESS_MAIN(TestAccessLogSync)
#include "tst_accesslogsync.moc"
