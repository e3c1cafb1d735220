// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncTeam.h"
#include "common/Id.h"
#include "sync/Bundle.h"
#include "sync/ChangeApplier.h"
#include "sync/StateHash.h"

#include <QTest>

using namespace Kvarter;
using namespace Kvarter::Sync;

namespace {

// The next Kvarter, as a test can build it: one more migration adds a synced append-only table
// (fall reports) and a column on a synced table (the citizen's mood at a visit).
const Schema &newerSchema()
{
    static const Schema schema = Schema::current().extendedBy(R"sql(
CREATE TABLE fall_report (id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL, what TEXT NOT NULL,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
ALTER TABLE visit ADD COLUMN mood TEXT NOT NULL DEFAULT '';
)sql",
                                                              { { "fall_report", MergeKind::AppendOnlyUnion } });
    return schema;
}

qint64 count(Test::Laptop &laptop, const QByteArray &sql) { return laptop.store->db().scalar(sql); }

} // namespace

class TestMixedVersions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Three laptops, one of them already on the next Kvarter: the others keep syncing everything
    // they know, say that a colleague is ahead, and once upgraded apply what waited, in order.
    void aNewerLaptopDoesNotBreakTheOlderOnes()
    {
        Test::SyncTeam team(newerSchema());
        Test::Laptop &newer = *team.c;
        team.syncAll();
        QCOMPARE(count(*team.b, "SELECT count(*) FROM citizen"), 1);

        // The newer laptop uses what only it knows, beside ordinary work.
        const QString visit = Id::create();
        const QString moved = Id::create();
        const qint64 start = Test::fixedNow().toSecsSinceEpoch();
        newer.store->write(team.people.nurse, [&] {
            newer.store->insert("visit", visit,
                                { { "citizen_id", team.people.citizen },
                                  { "employee_id", team.people.nurse },
                                  { "start", start },
                                  { "minutes", 25 },
                                  { "services", QStringLiteral("") },
                                  { "status", QStringLiteral("planned") },
                                  { "mood", QStringLiteral("glad") } });
            newer.store->insert("visit", moved,
                                { { "citizen_id", team.people.citizen },
                                  { "employee_id", team.people.nurse },
                                  { "start", start + 3600 },
                                  { "minutes", 15 },
                                  { "services", QStringLiteral("") },
                                  { "status", QStringLiteral("planned") } });
            newer.store->insert("fall_report", Id::create(),
                                { { "citizen_id", team.people.citizen }, { "what", QStringLiteral("Faldt i badeværelset") } });
        });
        newer.store->write(team.people.nurse, [&] {
            newer.store->update("visit", moved, { { "mood", QStringLiteral("træt") }, { "minutes", 20 } });
            newer.store->update("citizen", team.people.citizen, { { "phone", QStringLiteral("62 21 00 00") } });
        });
        newer.sync(team.share);

        // The older laptops go on syncing, with each other too.
        for (Test::Laptop *old : { team.a.get(), team.b.get() }) {
            const SyncReport report = old->sync(team.share);
            QVERIFY2(report.quarantined.isEmpty(), qPrintable(report.quarantined.join(QLatin1Char('\n'))));
            QVERIFY(report.waitingForUpgrade > 0); // the status bar's notice
            QCOMPARE(count(*old, "SELECT count(*) FROM visit"), 2);
            QCOMPARE(count(*old, "SELECT count(*) FROM visit WHERE minutes = 20"), 1);
            QCOMPARE(old->store->db().textFor("SELECT phone FROM citizen WHERE id = ?", team.people.citizen),
                     QStringLiteral("62 21 00 00"));
            QVERIFY(SyncEngine::waitingForNewerVersion(*old->store) > 0);
        }
        team.b->store->write(team.people.planner, [&] { team.b->store->update("visit", visit, { { "minutes", 30 } }); });
        team.syncAll();
        QCOMPARE(count(newer, "SELECT count(*) FROM visit WHERE minutes = 30"), 1);
        QCOMPARE(count(*team.a, "SELECT count(*) FROM visit WHERE minutes = 30"), 1);

        // The upgrade: the migration adds the table and the column, the next sync applies what waited.
        for (Test::Laptop *old : { team.a.get(), team.b.get() }) {
            old->open(newerSchema());
            const SyncReport report = old->sync(team.share);
            QCOMPARE(report.waitingForUpgrade, 0);
            QCOMPARE(SyncEngine::waitingForNewerVersion(*old->store), 0);
            QCOMPARE(old->store->db().textFor("SELECT mood FROM visit WHERE id = ?", visit), QStringLiteral("glad"));
            QCOMPARE(old->store->db().textFor("SELECT mood FROM visit WHERE id = ?", moved), QStringLiteral("træt"));
            QCOMPARE(count(*old, "SELECT count(*) FROM fall_report"), 1);
        }
        team.syncAll();
        const QByteArray hash = StateHash::of(*newer.store);
        QCOMPARE(StateHash::of(*team.a->store), hash);
        QCOMPARE(StateHash::of(*team.b->store), hash);
    }

    // A bundle of a format this Kvarter cannot read yet is kept, not set aside as damaged.
    void aBundleOfANewerFormatWaits()
    {
        Test::SyncTeam team;
        team.syncAll();
        BundleHeader header;
        header.version = BundleHeader::CurrentVersion + 1;
        header.teamId = team.people.team;
        header.deviceId = team.c->deviceId();
        header.firstSeq = header.lastSeq = 900;
        const QByteArray bundle =
            Bundle::sealPayload(header, QByteArray("a format from the future"), TeamMembership(*team.c->store).teamKey(),
                                TeamMembership(*team.c->store).signingKey());
        QVERIFY(QDir().mkpath(team.deviceFolder(*team.c)));
        QFile file(team.deviceFolder(*team.c) + QStringLiteral("/000000000900-000000000900.kvb"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bundle);
        file.close();

        const SyncReport first = team.b->sync(team.share);
        QVERIFY(first.quarantined.isEmpty());
        QCOMPARE(first.fromNewerVersion, 1);
        QCOMPARE(SyncEngine::waitingForNewerVersion(*team.b->store), 1);
        QCOMPARE(SyncEngine::setAsideCount(*team.b->store), 0);
        const SyncReport again = team.b->sync(team.share);
        QCOMPARE(again.fromNewerVersion, 0); // kept once, not read again and again
        QCOMPARE(again.waitingForUpgrade, 1);
    }

    // The change log is append-only both ways, as the schema declares it.
    void theChangeLogRefusesUpdateAndDelete()
    {
        Test::Fixture f;
        f.makeSmallTeam();
        QVERIFY_THROWS_EXCEPTION(Error, f.store->db().exec("DELETE FROM change_log"));
        QVERIFY_THROWS_EXCEPTION(Error, f.store->db().exec("UPDATE change_log SET fields = '{}'"));
        QVERIFY(f.store->db().scalar("SELECT count(*) FROM change_log") > 0);
    }
};

QTEST_GUILESS_MAIN(TestMixedVersions)
#include "tst_mixedversions.moc"
