// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "plan/PlanService.h"
#include "access/Access.h"
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
        const QString id = VisitService(*f.store).add(v, { s.planner, Role::Planner });
        PlanService plan(*f.store);

        QVERIFY_THROWS_EXCEPTION(Error, plan.reassign(id, s.nurse, { s.nurse, Role::Nurse }));
        QVERIFY(VisitService(*f.store).visit(id)->employeeId.isEmpty());
        plan.reassign(id, s.nurse, { s.planner, Role::Planner });
        QCOMPARE(VisitService(*f.store).visit(id)->employeeId, s.nurse);
        // A visitator makes no home visits; an unknown person is no team member.
        QVERIFY_THROWS_EXCEPTION(Error, plan.reassign(id, s.visitator, { s.planner, Role::Planner }));
        QVERIFY_THROWS_EXCEPTION(Error, plan.reassign(id, QStringLiteral("ghost"), { s.planner, Role::Planner }));
        plan.reassign(id, QString(), { s.planner, Role::TeamLeader });
        QVERIFY(VisitService(*f.store).visit(id)->employeeId.isEmpty());
    }

    void moveChangesStartAndEmployeeUnlessTheVisitIsHistory()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        Visit v;
        v.citizenId = s.citizen;
        v.start = Test::fixedNow();
        v.minutes = 20;
        VisitService visits(*f.store);
        const QString id = visits.add(v, { s.planner, Role::Planner });
        PlanService plan(*f.store);
        const QDateTime later = Test::fixedNow().addSecs(90 * 60);

        QVERIFY_THROWS_EXCEPTION(AccessDenied, plan.move(id, s.nurse, later, { s.nurse, Role::Nurse }));
        QCOMPARE(visits.visit(id)->start, Test::fixedNow());
        // Only the start: the (empty) employee stays.
        plan.move(id, std::nullopt, later, { s.planner, Role::Planner });
        QCOMPARE(visits.visit(id)->start, later);
        QVERIFY(visits.visit(id)->employeeId.isEmpty());
        // Only the employee: the start stays.
        plan.move(id, s.helper, QDateTime(), { s.planner, Role::Planner });
        QCOMPARE(visits.visit(id)->employeeId, s.helper);
        QCOMPARE(visits.visit(id)->start, later);
        QVERIFY_THROWS_EXCEPTION(Error, plan.move(QStringLiteral("no-such-visit"), s.nurse, later, { s.planner, Role::Planner }));

        // Done and not-home visits are what happened; they are neither moved nor reassigned.
        for (const VisitStatus finished : { VisitStatus::Done, VisitStatus::NotHome }) {
            visits.setStatus(id, finished, { s.helper, Role::SosuHelper });
            QVERIFY_THROWS_EXCEPTION(Error, plan.move(id, std::nullopt, later.addSecs(3600), { s.planner, Role::Planner }));
            QVERIFY_THROWS_EXCEPTION(Error, plan.reassign(id, s.nurse, { s.planner, Role::Planner }));
            QCOMPARE(visits.visit(id)->start, later);
            QCOMPARE(visits.visit(id)->employeeId, s.helper);
        }
        // A cancelled visit may be planned anew at another time.
        visits.setStatus(id, VisitStatus::Cancelled, { s.helper, Role::SosuHelper });
        plan.move(id, s.nurse, later.addSecs(3600), { s.planner, Role::Planner });
        QCOMPARE(visits.visit(id)->start, later.addSecs(3600));
        QCOMPARE(visits.visit(id)->employeeId, s.nurse);
    }

    void dayPlanHoldsTheTeamsVisitsAssignedOrNot()
    {
        Test::Fixture f(true);
        const QList<Team> teams = TeamService(*f.store).teams();
        QCOMPARE(teams.size(), 1);
        const QList<Visit> day = PlanService(*f.store).dayPlan(teams.first().id, QDate(2026, 11, 23));
        QVERIFY(day.size() > 100);
        int unassigned = 0;
        for (qsizetype i = 0; i < day.size(); ++i) {
            QCOMPARE(day[i].start.date(), QDate(2026, 11, 23));
            if (i > 0)
                QVERIFY(day[i - 1].start <= day[i].start);
            unassigned += day[i].employeeId.isEmpty();
        }
        QVERIFY(unassigned > 0);
        QVERIFY(PlanService(*f.store).dayPlan(QStringLiteral("other-team"), QDate(2026, 11, 23)).isEmpty());
    }

    void continuityCountsDistinctStaffInTheLastFourteenDays()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        VisitService visits(*f.store);
        const auto add = [&](int daysAgo, const QString &who, VisitStatus status) {
            Visit v;
            v.citizenId = s.citizen;
            v.employeeId = who;
            v.start = Test::fixedNow().addDays(-daysAgo);
            v.minutes = 20;
            v.status = status;
            visits.add(v, { s.planner, Role::Planner });
        };
        add(0, s.nurse, VisitStatus::Done);
        add(3, s.nurse, VisitStatus::Done);
        add(13, s.helper, VisitStatus::Done);
        add(14, s.planner, VisitStatus::Done);    // 15 days ago counting today: outside
        add(2, s.planner, VisitStatus::Cancelled); // nobody came
        const QList<ContinuityFigure> figures = PlanService(*f.store).continuity(s.team, QDate(2026, 11, 23));
        QCOMPARE(figures.size(), 1);
        QCOMPARE(figures.first().distinctStaff, 2);
        QCOMPARE(figures.first().visits, 3);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
