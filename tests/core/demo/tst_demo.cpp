// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "citizen/Cpr.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Kvarter;

class TestDemo : public QObject
{
    Q_OBJECT

    // A fingerprint of the domain tables (not the change log, whose clock stamps and device differ).
    static QByteArray domainHash(Store &store)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const char *sql : { "SELECT id, name, role FROM employee ORDER BY id",
                                 "SELECT id, cpr, name, address, contact_person_id FROM citizen ORDER BY id",
                                 "SELECT id, citizen_id, name, phone FROM relative ORDER BY id",
                                 "SELECT id, service_code, minutes_per_week FROM care_grant ORDER BY id",
                                 "SELECT id, employee_id, start, minutes, status, services FROM visit ORDER BY id",
                                 "SELECT id, text FROM visit_note ORDER BY id" }) {
            auto q = store.db().query(sql);
            while (q->next())
                for (int c = 0; c < q->columnCount(); ++c)
                    hash.addData(QByteArray(q->value(c).toString().toUtf8() + '|'));
        }
        return hash.result();
    }

private Q_SLOTS:
    void sameSeedSameTeam()
    {
        Test::Fixture a(true), b(true);
        QCOMPARE(domainHash(*a.store), domainHash(*b.store));
        Test::Fixture c;
        DemoGenerator(*c.store, ServiceCatalogue::standard(), 8).generate(DemoGenerator::Scale::Team);
        QVERIFY(domainHash(*c.store) != domainHash(*a.store));
    }

    void teamHasTheAgreedShape()
    {
        Test::Fixture f(true);
        Database &db = f.store->db();
        QCOMPARE(db.scalar("SELECT count(*) FROM team"), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM employee"), 12);
        QCOMPARE(db.scalar("SELECT count(*) FROM citizen"), 50);
        QCOMPARE(db.scalar("SELECT count(DISTINCT date(start, 'unixepoch')) FROM visit"), 90);
        QVERIFY(db.scalar("SELECT count(*) FROM visit") > 50 * 90);
        QVERIFY(db.scalar("SELECT count(*) FROM relative") > 25);
        QVERIFY(db.scalar("SELECT count(*) FROM care_grant WHERE kind = 'course'") > 0);
        QVERIFY(db.scalar("SELECT count(*) FROM visit_note") > 0);
        // Past visits are finished, future ones planned; every citizen has a contact person and visitator.
        QCOMPARE(
            db.scalar("SELECT count(*) FROM visit WHERE status = 'planned' AND start + minutes * 60 < unixepoch('2026-11-22')"),
            0);
        QCOMPARE(db.scalar("SELECT count(*) FROM visit WHERE status != 'planned' AND start > unixepoch('2026-11-24')"), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM citizen WHERE contact_person_id IS NULL OR visitator_id IS NULL"), 0);
        QVERIFY(db.integrityProblems().isEmpty());
    }

    void everyCitizenHasAValidCprAndAnAddress()
    {
        Test::Fixture f(true);
        for (const Citizen &c : CitizenService(*f.store, f.as(Role::Nurse)).search({ {}, CitizenOrder::Name, false, 0, 1000 })) {
            QVERIFY2(Cpr::problem(c.cpr, QDate(2026, 11, 23)).isEmpty(), qPrintable(c.cpr));
            QVERIFY(CitizenService::validate(c, QDate(2026, 11, 23)).isEmpty());
        }
    }

    void nobodyIsInTwoPlacesAtOnce()
    {
        Test::Fixture f(true);
        const qint64 overlaps =
            f.store->db().scalar("SELECT count(*) FROM visit a JOIN visit b ON a.employee_id = b.employee_id AND a.id < b.id "
                                 "AND a.start < b.start + b.minutes * 60 AND b.start < a.start + a.minutes * 60 "
                                 "WHERE a.start BETWEEN unixepoch('2026-11-20') AND unixepoch('2026-11-27')");
        QCOMPARE(overlaps, 0);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
