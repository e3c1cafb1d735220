// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "grant/GrantService.h"

#include <QFile>
#include <QTest>

using namespace Kvarter;

class TestCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedCatalogueMatchesTheFsiiiFile()
    {
        const ServiceCatalogue &standard = ServiceCatalogue::standard();
        QVERIFY(standard.services().size() > 80);
        QFile source(QStringLiteral(KVARTER_SOURCE_DIR "/../shared/data/fsiii-codesystem.json"));
        if (source.open(QIODevice::ReadOnly)) // beside the checkout in CI: the shipped copy must be the same
            QCOMPARE(ServiceCatalogue::fromJson(source.readAll()).services().size(), standard.services().size());
    }

    void servicesCarryNameAndParagraph_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("group");
        QTest::addColumn<bool>("course");
        QTest::addColumn<bool>("nursing");
        QTest::addRow("personal hygiene") << "H1.1"
                                          << "Personlig hygiejne"
                                          << "§ 83 stk. 1, nr. 1 Personlig hjælp og pleje" << false << false;
        QTest::addRow("cleaning") << "H1.8"
                                  << "Rengøring"
                                  << "§ 83 stk. 1, nr. 2 Praktisk hjælp i hjemmet" << false << false;
        QTest::addRow("wound care") << "G1.39"
                                    << "Sårbehandling"
                                    << "SUL § 138" << false << true;
        QTest::addRow("elderly act course") << "Personlig_hjaelp_og_pleje"
                                            << "Personlig hjælp og pleje"
                                            << "Ældrelovsindsats" << true << false;
    }
    void servicesCarryNameAndParagraph()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QFETCH(QString, group);
        QFETCH(bool, course);
        QFETCH(bool, nursing);
        const Service *service = ServiceCatalogue::standard().find(code);
        QVERIFY(service);
        QCOMPARE(service->name, name);
        QCOMPARE(service->groupName, group);
        QCOMPARE(service->holisticCourse, course);
        QCOMPARE(service->nursing, nursing);
    }

    // A frame may name a whole group (a paragraph): its name and kind come from its services.
    void aGroupIsFoundThroughItsServices()
    {
        const ServiceCatalogue &catalogue = ServiceCatalogue::standard();
        const Service *hygiene = catalogue.find(QStringLiteral("H1.1"));
        QVERIFY(hygiene && !hygiene->groupCode.isEmpty());
        QCOMPARE(catalogue.findServiceOrGroup(QStringLiteral("H1.1")), hygiene);
        const Service *member = catalogue.findServiceOrGroup(hygiene->groupCode);
        QVERIFY(member);
        QCOMPARE(member->groupCode, hygiene->groupCode);
        QCOMPARE(catalogue.nameOfServiceOrGroup(hygiene->groupCode), hygiene->groupName);
        QCOMPARE(catalogue.nameOfServiceOrGroup(QStringLiteral("H1.1")), hygiene->name);
        QCOMPARE(catalogue.findServiceOrGroup(QStringLiteral("no-such-code")), nullptr);
        QCOMPARE(catalogue.nameOfServiceOrGroup(QStringLiteral("no-such-code")), QStringLiteral("no-such-code"));
    }

    void malformedFileGivesEmptyCatalogue()
    {
        QVERIFY(ServiceCatalogue::fromJson("{ not json").isEmpty());
        QCOMPARE(ServiceCatalogue::standard().nameOf(QStringLiteral("X9.9")), QStringLiteral("X9.9"));
    }

    void grantRules_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("badField"); // empty = valid
        const QDate open;
        QTest::addRow("minutes grant") << "H1.1" << int(Grant::Kind::MinutesPerWeek) << 120 << open << "";
        QTest::addRow("course grant") << "Personlig_hjaelp_og_pleje" << int(Grant::Kind::Course) << 0 << open << "";
        QTest::addRow("unknown service") << "H9.99" << int(Grant::Kind::MinutesPerWeek) << 120 << open << "service";
        QTest::addRow("no minutes") << "H1.1" << int(Grant::Kind::MinutesPerWeek) << 0 << open << "minutes";
        QTest::addRow("more minutes than a week") << "H1.1" << int(Grant::Kind::MinutesPerWeek) << 10081 << open << "minutes";
        QTest::addRow("§83 as course") << "H1.1" << int(Grant::Kind::Course) << 0 << open << "kind";
        QTest::addRow("ends before start") << "H1.1" << int(Grant::Kind::MinutesPerWeek) << 60 << QDate(2020, 1, 1) << "validTo";
    }
    void grantRules()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QFETCH(int, minutes);
        QFETCH(QDate, to);
        QFETCH(QString, badField);
        Grant g { {}, QStringLiteral("citizen"), code, Grant::Kind(kind), minutes, 0, QDate(2026, 1, 1), to };
        const FieldErrors errors = GrantService::validate(g, ServiceCatalogue::standard());
        if (badField.isEmpty()) {
            QVERIFY(errors.isEmpty());
        } else {
            QCOMPARE(errors.size(), 1);
            QCOMPARE(errors.first().field, badField);
        }
    }

    void grantsAreStoredAndRead()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        GrantService grants(*f.store, ServiceCatalogue::standard(), Test::signIn(*f.store, s.visitator));
        grants.add({ {}, s.citizen, QStringLiteral("H1.1"), Grant::Kind::MinutesPerWeek, 140, 0, QDate(2026, 1, 1), {} });
        grants.add({ {},
                     s.citizen,
                     QStringLiteral("Personlig_hjaelp_og_pleje"),
                     Grant::Kind::Course,
                     0,
                     0,
                     QDate(2026, 2, 1),
                     QDate(2026, 12, 31) });
        const QList<Grant> all = grants.grantsFor(s.citizen);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).minutesPerWeek, 140);
        QVERIFY(!all.at(0).validTo.isValid());
        QCOMPARE(all.at(1).kind, Grant::Kind::Course);
        QVERIFY(all.at(1).isActiveOn(QDate(2026, 11, 23)));
        QVERIFY(!all.at(1).isActiveOn(QDate(2027, 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
