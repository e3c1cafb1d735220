// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "assessment/AssessmentService.h"
#include "sync/StateHash.h"
#include "sync/SyncEngine.h"
#include "sync/TeamMembership.h"

#include <QDir>
#include <QTest>

using namespace Kvarter;

namespace {
const QString Passphrase = QStringLiteral("kaffe-først-så-pleje");

struct Laptop
{
    Laptop(const QString &dir, const QString &name) : path(dir + QLatin1Char('/') + name + QStringLiteral(".db"))
    {
        store = std::make_unique<Store>(path, clock);
    }
    QString path;
    ManualClock clock { Test::fixedNow() };
    std::unique_ptr<Store> store;
    Sync::SyncReport sync(const QString &folder) { return Sync::SyncEngine::syncFolder(*store, folder); }
};

AssessedCondition level(const QString &code, int value)
{
    AssessedCondition c;
    c.code = code;
    c.level = value;
    return c;
}
} // namespace

// Two laptops of one team, each assessing the same citizen while apart (no network on a home
// visit): after syncing through the shared folder both hold both assessments, as a union.
class TestAssessmentSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assessmentsMadeApartBothArriveOnBoth()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(QStringLiteral("share"));
        QDir().mkpath(share);
        Laptop office(dir.path(), QStringLiteral("office"));
        Laptop visit(dir.path(), QStringLiteral("visit"));
        const Test::SmallTeam team = Test::makeSmallTeam(*office.store);
        const Actor planner = Test::signIn(*office.store, team.planner);
        Sync::TeamMembership(*office.store).create(team.team, QStringLiteral("Office laptop"), planner);
        Sync::TeamMembership(*visit.store)
            .join(Sync::TeamMembership(*office.store).invite(QStringLiteral("Visit laptop"), Passphrase, planner), Passphrase);
        office.sync(share);
        visit.sync(share);
        QCOMPARE(visit.store->db().scalar("SELECT count(*) FROM citizen"), 1);

        // Apart: the nurse on the visit laptop, the planner at the office, an hour between them.
        Assessment atHome;
        atHome.citizenId = team.citizen;
        atHome.conditions << level(QStringLiteral("J1.1"), 3) << level(QStringLiteral("J3.8"), 2);
        atHome.wishes = QStringLiteral("Vil gerne gå til bageren igen");
        const QString fromVisit = AssessmentService(*visit.store, Test::signIn(*visit.store, team.nurse)).add(atHome);
        office.clock.advanceSecs(3600);
        Assessment atOffice;
        atOffice.citizenId = team.citizen;
        atOffice.conditions << level(QStringLiteral("J2.1"), 1);
        atOffice.overall = QStringLiteral("Praktisk hjælp fortsætter");
        const QString fromOffice = AssessmentService(*office.store, planner).add(atOffice);

        for (int round = 0; round < 2; ++round) {
            QVERIFY(office.sync(share).quarantined.isEmpty());
            QVERIFY(visit.sync(share).quarantined.isEmpty());
        }

        for (Laptop *laptop : { &office, &visit }) {
            AssessmentService reader(*laptop->store, Test::signIn(*laptop->store, team.nurse));
            const QList<Assessment> all = reader.assessments(team.citizen);
            QCOMPARE(all.size(), 2);
            QStringList ids { all[0].id, all[1].id };
            ids.sort();
            QStringList expected { fromVisit, fromOffice };
            expected.sort();
            QCOMPARE(ids, expected);
            const std::optional<Assessment> home = reader.assessment(fromVisit);
            QVERIFY(home);
            QCOMPARE(home->conditions.size(), 2);
            QCOMPARE(home->wishes, atHome.wishes);
            QCOMPARE(home->authorName, QStringLiteral("Karen Sygeplejerske"));
            QCOMPARE(reader.latestConditions(team.citizen).size(), 3);
        }
        QCOMPARE(Sync::StateHash::of(*visit.store), Sync::StateHash::of(*office.store));

        // Both laptops correct the visit's assessment while apart: both corrections arrive, the one
        // made later is in force on both, and the other counts as superseded by it.
        Assessment fixHome = atHome;
        fixHome.conditions = { level(QStringLiteral("J1.1"), 2) };
        office.clock.advanceSecs(3600);
        const QString officeFix = AssessmentService(*office.store, planner).correct(fromVisit, fixHome);
        visit.clock.advanceSecs(3 * 3600);
        fixHome.conditions = { level(QStringLiteral("J1.1"), 1) };
        const QString visitFix =
            AssessmentService(*visit.store, Test::signIn(*visit.store, team.nurse)).correct(fromVisit, fixHome);
        for (int round = 0; round < 2; ++round) {
            office.sync(share);
            visit.sync(share);
        }
        for (Laptop *laptop : { &office, &visit }) {
            AssessmentService reader(*laptop->store, Test::signIn(*laptop->store, team.nurse));
            QCOMPARE(reader.assessment(fromVisit)->supersededById, visitFix);
            QCOMPARE(reader.assessment(officeFix)->supersededById, visitFix);
            QVERIFY(!reader.assessment(visitFix)->superseded());
            const AreaHistory selfCare = reader.areaHistory(team.citizen, QStringLiteral("J1"));
            QCOMPARE(selfCare.conditions.size(), 1);
            QCOMPARE(selfCare.conditions[0].points.size(), 1);
            QCOMPARE(selfCare.conditions[0].points[0].level, std::optional<int>(1));
            QCOMPARE(selfCare.conditions[0].points[0].assessmentId, visitFix);
        }
    }
};

QTEST_GUILESS_MAIN(TestAssessmentSync)
#include "tst_assessmentsync.moc"
