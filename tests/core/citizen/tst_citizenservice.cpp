// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"

#include <QTest>

using namespace Kvarter;

class TestCitizenService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validationNamesEveryBadField()
    {
        Citizen c;
        c.cpr = QStringLiteral("3104401234");
        c.postcode = QStringLiteral("57");
        c.phone = QStringLiteral("123");
        const FieldErrors errors = CitizenService::validate(c, QDate(2026, 11, 23));
        QStringList fields;
        for (const FieldError &e : errors) {
            fields << e.field;
            QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
        }
        fields.sort();
        QCOMPARE(fields,
                 QStringList({ QStringLiteral("address"), QStringLiteral("cpr"), QStringLiteral("name"), QStringLiteral("phone"),
                               QStringLiteral("postcode"), QStringLiteral("team") }));
    }

    void addRejectsInvalidAndDuplicateCprAndKeepsNothing()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        CitizenService service(*f.store, Test::signIn(*f.store, s.planner));
        const qint64 logBefore = f.store->db().scalar("SELECT count(*) FROM change_log");
        Citizen dup = *service.citizen(s.citizen);
        dup.id.clear();
        dup.name = QStringLiteral("Another Person");
        try {
            service.add(dup);
            QFAIL("a duplicate CPR was accepted");
        } catch (const ValidationError &e) {
            QVERIFY(!e.messageFor(QStringLiteral("cpr")).isEmpty());
        }
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM citizen"), 1);
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM change_log"), logBefore);
    }

    void searchFindsByFoldedNameCprAndAddress_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("hits");
        QTest::addRow("lower case name") << "søren" << 1;
        QTest::addRow("upper case name") << "SØREN ØSTERGAARD" << 1;
        QTest::addRow("words in any order") << "østergaard søren" << 1;
        QTest::addRow("cpr with hyphen") << "010240-1234" << 1;
        QTest::addRow("cpr digits") << "0102401234" << 1;
        QTest::addRow("street") << "møllergade" << 1;
        QTest::addRow("postcode") << "5700" << 1;
        QTest::addRow("other name") << "Jensen" << 1;
        QTest::addRow("nobody") << "xyz" << 0;
        QTest::addRow("empty lists all") << "" << 2;
        QTest::addRow("percent is literal") << "%" << 0;
    }
    void searchFindsByFoldedNameCprAndAddress()
    {
        QFETCH(QString, text);
        QFETCH(int, hits);
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        CitizenService service(*f.store, Test::signIn(*f.store, s.planner));
        Citizen other;
        other.teamId = s.team;
        other.cpr = QStringLiteral("150350-2222");
        other.name = QStringLiteral("Karen Jensen");
        other.address = QStringLiteral("Brogade 3");
        other.postcode = QStringLiteral("5762");
        other.city = QStringLiteral("Vester Skerninge");
        service.add(other);
        QCOMPARE(service.search({ text }).size(), hits);
        QCOMPARE(service.count(text), hits);
    }

    void searchIsSortedAndPaged()
    {
        Test::Fixture f(true);
        CitizenService service(*f.store, f.as(Role::Planner));
        const QList<Citizen> all = service.search({ {}, CitizenOrder::Name, false, 0, 1000 });
        QCOMPARE(all.size(), 50);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all[i - 1].name <= all[i].name);
        const QList<Citizen> page2 = service.search({ {}, CitizenOrder::Name, false, 10, 10 });
        QCOMPARE(page2.first().id, all.at(10).id);
        const QList<Citizen> byCprDesc = service.search({ {}, CitizenOrder::Cpr, true, 0, 1000 });
        for (qsizetype i = 1; i < byCprDesc.size(); ++i)
            QVERIFY(byCprDesc[i - 1].cpr >= byCprDesc[i].cpr);
    }

    void onlyOnePrimaryRelative()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        CitizenService service(*f.store, Test::signIn(*f.store, s.nurse));
        service.addRelative(
            { {}, s.citizen, QStringLiteral("Anne"), QStringLiteral("Datter"), QStringLiteral("20304050"), true, true });
        service.addRelative({ {}, s.citizen, QStringLiteral("Bo"), QStringLiteral("Søn"), {}, true, false });
        const QList<Relative> network = service.relatives(s.citizen);
        QCOMPARE(network.size(), 2);
        QCOMPARE(network.first().name, QStringLiteral("Bo"));
        QVERIFY(network.first().isPrimary);
        QVERIFY(!network.last().isPrimary);
        QCOMPARE(network.last().phone, QStringLiteral("20 30 40 50"));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 service.addRelative({ {}, s.citizen, {}, {}, QStringLiteral("12"), false, false }));
    }

    void updateKeepsContactPersonAndVisitator()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        CitizenService service(*f.store, Test::signIn(*f.store, s.planner));
        Citizen c = *service.citizen(s.citizen);
        QCOMPARE(c.contactPersonName, QStringLiteral("Karen Sygeplejerske"));
        QCOMPARE(c.visitatorName, QStringLiteral("Vera Visitator"));
        c.phone = QStringLiteral("+45 62213045");
        service.update(c);
        QCOMPARE(service.citizen(s.citizen)->phone, QStringLiteral("+45 62 21 30 45"));
    }
};

QTEST_GUILESS_MAIN(TestCitizenService)
#include "tst_citizenservice.moc"
