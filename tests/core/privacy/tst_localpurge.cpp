// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncTeam.h"
#include "TestSupport.h"
#include "access/Access.h"
#include "privacy/CitizenDepartures.h"
#include "privacy/LocalPurge.h"
#include "visit/NoteService.h"

#include <QTest>

using namespace Kvarter;

// A citizen who left the team, or a laptop removed from it: the copy goes once it may, and nothing
// that exists only on this laptop goes with it.
class TestLocalPurge : public QObject
{
    Q_OBJECT

    static qint64 rowsOf(Store &store, const QString &citizen)
    {
        const QByteArray id = "'" + citizen.toUtf8() + "'";
        return store.db().scalar("SELECT (SELECT count(*) FROM citizen WHERE id = " + id
                                 + ") + (SELECT count(*) FROM visit_note WHERE citizen_id = " + id
                                 + ") + (SELECT count(*) FROM relative WHERE citizen_id = " + id + ")");
    }
    static void writeNote(Store &store, const QString &author, const QString &citizen, const QString &text)
    {
        VisitNote note;
        note.citizenId = citizen;
        note.text = text;
        NoteService(store, Test::signIn(store, author)).add(note);
    }

private Q_SLOTS:
    void aLeftCitizenGoesAfterTheRetentionOnceSynced()
    {
        Test::SyncTeam team;
        const QString citizen = team.people.citizen;
        writeNote(*team.a->store, team.people.nurse, citizen, QStringLiteral("Sidste besøg, alt vel."));
        team.syncAll();
        QVERIFY(rowsOf(*team.b->store, citizen) >= 2);

        // Only someone who may edit citizens records the leaving; it is synced to every laptop.
        QVERIFY_THROWS_EXCEPTION(AccessDenied,
                                 CitizenDepartures(*team.a->store, Test::signIn(*team.a->store, team.people.helper))
                                     .record(citizen, team.a->clock.today(), DepartureReason::Moved));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 CitizenDepartures(*team.a->store, team.planner)
                                     .record(citizen, team.a->clock.today().addDays(1), DepartureReason::Moved));
        CitizenDepartures(*team.a->store, team.planner).record(citizen, team.a->clock.today(), DepartureReason::Moved);
        team.syncAll();
        const auto onB = CitizenDepartures(*team.b->store, Test::signIn(*team.b->store, team.people.nurse)).of(citizen);
        QVERIFY(onB.has_value());
        QCOMPARE(onB->reason, DepartureReason::Moved);

        // Inside the retention period the copy stays, and says until when.
        LocalPurge purgeB(*team.b->store);
        QCOMPARE(purgeB.run().citizensRemoved, 0);
        QVERIFY(purgeB.candidates().first().keptBecause.contains(QLatin1String("Kept until")));

        // After it, laptop b (whose changes are all synced) removes the citizen; laptop c has written a
        // note it has not synced yet and keeps everything until it has.
        for (Test::Laptop *l : { team.b.get(), team.c.get() })
            l->clock.set(l->clock.now().addDays(LocalPurge::RetentionDays + 1));
        writeNote(*team.c->store, team.people.nurse, citizen, QStringLiteral("Eftersendt: nøglen afleveret."));
        const PurgeReport onBReport = purgeB.run();
        QCOMPARE(onBReport.citizensRemoved, 1);
        QCOMPARE(rowsOf(*team.b->store, citizen), 0);
        QCOMPARE(team.b->store->db().scalar("SELECT count(*) FROM local_purge"), 1);
        // Nothing of the citizen is left in the change log or the sync bookkeeping either.
        QCOMPARE(team.b->store->db().scalar("SELECT count(*) FROM field_version WHERE row_id = '" + citizen.toUtf8() + "'"), 0);
        // The append-only rules hold again after the purge.
        QCOMPARE(team.b->store->db().scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                            "('visit_note_no_delete', 'change_log_no_delete', 'decision_no_delete')"),
                 3);

        LocalPurge purgeC(*team.c->store);
        QCOMPARE(purgeC.run().citizensRemoved, 0);
        QVERIFY(purgeC.candidates().first().keptBecause.contains(QLatin1String("synced")));
        QCOMPARE(rowsOf(*team.c->store, citizen), 3);
        team.c->sync(team.share);
        QCOMPARE(purgeC.run().citizensRemoved, 1);
        QCOMPARE(rowsOf(*team.c->store, citizen), 0);
        // The late note reached the share before c let go of it.
        team.a->sync(team.share);
        QCOMPARE(team.a->store->db().scalar("SELECT count(*) FROM visit_note WHERE text LIKE 'Eftersendt%'"), 1);
    }

    void aLaptopThatDoesNotSyncKeepsItsOnlyCopy()
    {
        Test::Fixture f;
        const Test::SmallTeam s = f.makeSmallTeam();
        CitizenDepartures(*f.store, Test::signIn(*f.store, s.planner)).record(s.citizen, f.clock.today(), DepartureReason::Died);
        f.clock.set(f.clock.now().addDays(LocalPurge::RetentionDays + 10));
        LocalPurge purge(*f.store);
        QCOMPARE(purge.run().citizensRemoved, 0);
        QVERIFY(purge.candidates().first().keptBecause.contains(QLatin1String("only one")));
    }

    void aRevokedLaptopRemovesEveryCitizenItHasSynced()
    {
        Test::SyncTeam team;
        team.syncAll();
        QVERIFY(rowsOf(*team.b->store, team.people.citizen) >= 1);
        Sync::TeamMembership(*team.a->store).revoke(team.b->deviceId(), team.planner);
        team.a->sync(team.share);
        LocalPurge purge(*team.b->store);
        QVERIFY(!purge.laptopRevoked());
        team.b->sync(team.share); // learns it was removed
        QVERIFY(purge.laptopRevoked());
        QCOMPARE(purge.run().citizensRemoved, 1);
        QCOMPARE(team.b->store->db().scalar("SELECT count(*) FROM citizen"), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalPurge)
#include "tst_localpurge.moc"
