// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "plan/PlanService.h"
#include "visit/VisitService.h"

#include <QTest>

using namespace Kvarter;

class TestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reassignNeedsPlanningRights()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        Visit v;
        v.citizenId = s.citizen;
        v.start = Test::fixedNow();
        v.minutes = 20;
        const Actor planner = Test::signIn(*f.store, s.planner);
        const QString leader = TeamService(*f.store).addEmployee(
            { {}, s.team, QStringLiteral("Lene Leder"), QStringLiteral("LL"), Role::TeamLeader, {}, true, {} });
        const QString id = VisitService(*f.store, planner).add(v);
        PlanService plan(*f.store, planner);
        VisitService visits(*f.store, planner);

        QVERIFY_THROWS_EXCEPTION(Error, PlanService(*f.store, Test::signIn(*f.store, s.nurse)).reassign(id, s.nurse));
        QVERIFY(visits.visit(id)->employeeId.isEmpty());
        plan.reassign(id, s.nurse);
        QCOMPARE(visits.visit(id)->employeeId, s.nurse);
        // A visitator makes no home visits; an unknown person is no team member.
        QVERIFY_THROWS_EXCEPTION(Error, plan.reassign(id, s.visitator));
        QVERIFY_THROWS_EXCEPTION(Error, plan.reassign(id, QStringLiteral("ghost")));
        PlanService(*f.store, Test::signIn(*f.store, leader)).reassign(id, QString());
        QVERIFY(visits.visit(id)->employeeId.isEmpty());
    }

    void moveChangesStartAndEmployeeUnlessTheVisitIsHistory()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        Visit v;
        v.citizenId = s.citizen;
        v.start = Test::fixedNow();
        v.minutes = 20;
        const Actor planner = Test::signIn(*f.store, s.planner);
        VisitService visits(*f.store, planner);
        VisitService helperVisits(*f.store, Test::signIn(*f.store, s.helper));
        const QString id = visits.add(v);
        PlanService plan(*f.store, planner);
        const QDateTime later = Test::fixedNow().addSecs(90 * 60);

        QVERIFY_THROWS_EXCEPTION(AccessDenied, PlanService(*f.store, Test::signIn(*f.store, s.nurse)).move(id, s.nurse, later));
        QCOMPARE(visits.visit(id)->start, Test::fixedNow());
        // Only the start: the (empty) employee stays.
        plan.move(id, std::nullopt, later);
        QCOMPARE(visits.visit(id)->start, later);
        QVERIFY(visits.visit(id)->employeeId.isEmpty());
        // Only the employee: the start stays.
        plan.move(id, s.helper, QDateTime());
        QCOMPARE(visits.visit(id)->employeeId, s.helper);
        QCOMPARE(visits.visit(id)->start, later);
        QVERIFY_THROWS_EXCEPTION(Error, plan.move(QStringLiteral("no-such-visit"), s.nurse, later));

        // Done and not-home visits are what happened; they are neither moved nor reassigned.
        for (const VisitStatus finished : { VisitStatus::Done, VisitStatus::NotHome }) {
            helperVisits.setStatus(id, finished);
            QVERIFY_THROWS_EXCEPTION(Error, plan.move(id, std::nullopt, later.addSecs(3600)));
            QVERIFY_THROWS_EXCEPTION(Error, plan.reassign(id, s.nurse));
            QCOMPARE(visits.visit(id)->start, later);
            QCOMPARE(visits.visit(id)->employeeId, s.helper);
        }
        // A cancelled visit may be planned anew at another time.
        helperVisits.setStatus(id, VisitStatus::Cancelled);
        plan.move(id, s.nurse, later.addSecs(3600));
        QCOMPARE(visits.visit(id)->start, later.addSecs(3600));
        QCOMPARE(visits.visit(id)->employeeId, s.nurse);
    }

    void dayPlanHoldsTheTeamsVisitsAssignedOrNot()
    {
        Test::Fixture f(true);
        const QList<Team> teams = TeamService(*f.store).teams();
        QCOMPARE(teams.size(), 1);
        PlanService plan(*f.store, f.as(Role::Planner));
        const QList<Visit> day = plan.dayPlan(teams.first().id, QDate(2026, 11, 23));
        QVERIFY(day.size() > 100);
        int unassigned = 0;
        for (qsizetype i = 0; i < day.size(); ++i) {
            QCOMPARE(day[i].start.date(), QDate(2026, 11, 23));
            if (i > 0)
                QVERIFY(day[i - 1].start <= day[i].start);
            unassigned += day[i].employeeId.isEmpty();
        }
        QVERIFY(unassigned > 0);
        QVERIFY(plan.dayPlan(QStringLiteral("other-team"), QDate(2026, 11, 23)).isEmpty());
    }

    void continuityCountsDistinctStaffInTheLastFourteenDays()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        VisitService visits(*f.store, Test::signIn(*f.store, s.planner));
        const auto add = [&](int daysAgo, const QString &who, VisitStatus status) {
            Visit v;
            v.citizenId = s.citizen;
            v.employeeId = who;
            v.start = Test::fixedNow().addDays(-daysAgo);
            v.minutes = 20;
            v.status = status;
            visits.add(v);
        };
        add(0, s.nurse, VisitStatus::Done);
        add(3, s.nurse, VisitStatus::Done);
        add(13, s.helper, VisitStatus::Done);
        add(14, s.planner, VisitStatus::Done);     // 15 days ago counting today: outside
        add(2, s.planner, VisitStatus::Cancelled); // nobody came
        const QList<ContinuityFigure> figures =
            PlanService(*f.store, Test::signIn(*f.store, s.planner)).continuity(s.team, QDate(2026, 11, 23));
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().distinctStaff, 2);
        QCOMPARE(figures.first().visits, 3);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
