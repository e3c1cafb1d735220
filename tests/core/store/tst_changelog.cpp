// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "store/HybridLogicalClock.h"
#include "visit/VisitService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Kvarter;

class TestChangeLog : public QObject
{
    Q_OBJECT

    struct Entry
    {
        quint64 hlc;
        QString device, entity, rowId;
        QJsonObject fields;
    };
    static QList<Entry> log(Store &store)
    {
        QList<Entry> entries;
        auto q = store.db().query("SELECT hlc, device, entity, row_id, fields FROM change_log ORDER BY seq");
        while (q->next())
            entries << Entry { quint64(q->int64(0)), q->text(1), q->text(2), q->text(3),
                               QJsonDocument::fromJson(q->text(4).toUtf8()).object() };
        return entries;
    }

private Q_SLOTS:
    void hlcIsMonotonicWhateverTheWallClockDoes()
    {
        HybridLogicalClock hlc;
        const quint64 a = hlc.tick(1000);
        const quint64 b = hlc.tick(1000); // same millisecond
        const quint64 c = hlc.tick(500);  // clock jumped back
        QVERIFY(a < b && b < c);
        QCOMPARE(HybridLogicalClock::wallMs(a), 1000);
        hlc.observe(quint64(5000) << HybridLogicalClock::CounterBits); // a remote device ahead of us
        QVERIFY(hlc.tick(600) > (quint64(5000) << HybridLogicalClock::CounterBits));
    }

    void everyWriteIsLoggedWithFieldsClockAndDevice()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        VisitService visits(*f.store, Test::signIn(*f.store, s.planner));
        Visit v;
        v.citizenId = s.citizen;
        v.employeeId = s.nurse;
        v.start = Test::fixedNow();
        v.minutes = 25;
        v.services = { QStringLiteral("H1.1") };
        const QString id = visits.add(v);
        VisitService(*f.store, Test::signIn(*f.store, s.nurse)).setStatus(id, VisitStatus::Done);

        const QList<Entry> entries = log(*f.store);
        QCOMPARE(entries.size(), 1 + 4 + 1 + 2); // team, 4 employees, citizen, visit insert + status update
        const Entry &insert = entries.at(entries.size() - 2);
        QCOMPARE(insert.entity, QStringLiteral("visit"));
        QCOMPARE(insert.rowId, id);
        QCOMPARE(insert.fields.value(QLatin1String("minutes")).toInt(), 25);
        QCOMPARE(insert.fields.value(QLatin1String("status")).toString(), QStringLiteral("planned"));
        const Entry &update = entries.last();
        QCOMPARE(update.fields.keys(), QStringList { QStringLiteral("status") });
        QCOMPARE(update.fields.value(QLatin1String("status")).toString(), QStringLiteral("done"));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].device, f.store->deviceId());
            if (i > 0)
                QVERIFY(entries[i].hlc > entries[i - 1].hlc);
        }
    }

    void failedWriteLeavesNeitherRowNorLog()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        const qint64 logBefore = f.store->db().scalar("SELECT count(*) FROM change_log");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, f.store->write([&] {
            f.store->insert("relative", QStringLiteral("r1"), { { "citizen_id", s.citizen }, { "name", QStringLiteral("A") } });
            throw std::runtime_error("power cut");
        }));
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM relative"), 0);
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM change_log"), logBefore);
        // A broken reference is refused by the database, and nothing of the write is kept either.
        QVERIFY_THROWS_EXCEPTION(Error, f.store->write([&] {
            f.store->insert("relative", QStringLiteral("r2"),
                            { { "citizen_id", QStringLiteral("nobody") }, { "name", QStringLiteral("B") } });
        }));
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM change_log"), logBefore);
    }

    void swallowedInnerFailureSavesNothing()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        const qint64 logBefore = f.store->db().scalar("SELECT count(*) FROM change_log");
        QVERIFY_THROWS_EXCEPTION(Error, f.store->write([&] {
            f.store->insert("relative", QStringLiteral("r1"), { { "citizen_id", s.citizen }, { "name", QStringLiteral("A") } });
            try {
                f.store->write([&] { throw Error(QStringLiteral("inner failure")); });
            } catch (const Error &) {
                // a careless caller carries on
            }
        }));
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM relative"), 0);
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM change_log"), logBefore);
        // The store is usable afterwards.
        TeamService(*f.store).createTeam({ {}, QStringLiteral("After"), {} });
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM change_log"), logBefore + 1);
    }

    void fullDiskSaysSoAndKeepsWhatWasSaved()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        // Cap the file at its current size: the next page SQLite needs is a full disk to it.
        f.store->db().exec("PRAGMA max_page_count = " + QByteArray::number(f.store->db().scalar("PRAGMA page_count")));
        try {
            f.store->write([&] {
                for (int i = 0; i < 2000; ++i)
                    f.store->insert("relative", QStringLiteral("r%1").arg(i),
                                    { { "citizen_id", s.citizen }, { "name", QString(200, QLatin1Char('x')) } });
            });
            QFAIL("the capped database accepted everything");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("disk is full")), qPrintable(e.message()));
        }
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM relative"), 0);
        QCOMPARE(CitizenService(*f.store, Test::signIn(*f.store, s.planner)).citizen(s.citizen)->name,
                 QStringLiteral("Søren Østergaard"));
    }

    void clockSurvivesReopenAndClockGoingBack()
    {
        Test::Fixture f;
        f.makeSmallTeam();
        const quint64 last = f.store->lastHlc();
        const QString device = f.store->deviceId();
        f.store.reset();
        f.clock.advanceSecs(-86400); // the laptop's clock is now a day behind
        f.store = std::make_unique<Store>(f.path(), f.clock);
        QCOMPARE(f.store->deviceId(), device);
        TeamService(*f.store).createTeam({ {}, QStringLiteral("Second team"), {} });
        QVERIFY(f.store->lastHlc() > last);
    }

    void changeLogIsAppendOnly()
    {
        Test::Fixture f;
        f.makeSmallTeam();
        QVERIFY_THROWS_EXCEPTION(Error, f.store->db().exec("UPDATE change_log SET fields = '{}'"));
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
