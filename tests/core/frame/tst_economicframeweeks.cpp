// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "decision/DecisionService.h"
#include "frame/EconomicFrameService.h"

#include <QTest>

using namespace Kvarter;

// The weekly series of the team's economic frame that the frame page plots: which version is in
// force each week and what the grants active that week use, computed in core.
class TestEconomicFrameWeeks : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> m_fx;
    Test::SmallTeam m_team;

    Store &store() { return *m_fx->store; }
    Actor as(const QString &id) { return Test::signIn(store(), id); }
    void grant(int minutes, const char *code, const QDate &from)
    {
        Proposal p;
        p.citizenId = m_team.citizen;
        p.serviceCode = QString::fromLatin1(code);
        p.minutesPerWeek = minutes;
        p.validFrom = from;
        p.assessmentId = QStringLiteral("assessment-1");
        // The visitator decides by authority: no delegated frame is needed for the test's grants.
        DecisionService(store(), ServiceCatalogue::standard(), as(m_team.visitator)).propose(p);
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<Test::Fixture>();
        m_team = m_fx->makeSmallTeam();
    }

    void weeksShowTheVersionInForceAndTheGrantsActive()
    {
        const QDate today = Test::fixedNow().date();
        EconomicFrameService economy(store(), as(m_team.visitator));
        economy.setHoursPerWeek(m_team.team, 10);
        grant(120, "H1.1", today);
        grant(60, "H1.3", today.addDays(14));
        m_fx->clock.advanceSecs(7 * 24 * 3600);
        economy.setHoursPerWeek(m_team.team, 12);

        const QList<EconomicFrameWeek> weeks = economy.weeks(m_team.team, today, 2, 3);
        QCOMPARE(weeks.size(), 6);
        QCOMPARE(weeks.at(2).monday, today.addDays(1 - today.dayOfWeek()));
        QCOMPARE(weeks.at(1).monday, weeks.at(2).monday.addDays(-7));
        QVERIFY(!weeks.at(0).frameSet); // before the first version: no frame, not today's
        QCOMPARE(weeks.at(0).usedHoursPerWeek, 0.0);
        QVERIFY(weeks.at(2).frameSet);
        QCOMPARE(weeks.at(2).frameHoursPerWeek, 10.0);
        QCOMPARE(weeks.at(2).usedHoursPerWeek, 2.0);
        QCOMPARE(weeks.at(3).frameHoursPerWeek, 12.0); // the version set a week later
        QCOMPARE(weeks.at(3).usedHoursPerWeek, 2.0);
        QCOMPARE(weeks.at(4).usedHoursPerWeek, 3.0); // the grant starting in two weeks counts from then
        // The week of `day` is the figure of that day, as the decision form shows it.
        QCOMPARE(weeks.at(2).usedHoursPerWeek, economy.figure(m_team.team, today).usedHoursPerWeek);
    }

    void plannersLeadersAndVisitatorsMaySeeTheFrame()
    {
        QVERIFY(EconomicFrameService::mayView(as(m_team.planner)));
        QVERIFY(EconomicFrameService::mayView(as(m_team.visitator)));
        QVERIFY(!EconomicFrameService::mayView(as(m_team.nurse)));
        QVERIFY(!EconomicFrameService::mayView(as(m_team.helper)));
        QVERIFY_THROWS_EXCEPTION(AccessDenied,
                                 EconomicFrameService(store(), as(m_team.helper)).weeks(m_team.team, QDate(2026, 11, 23), 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestEconomicFrameWeeks)
#include "tst_economicframeweeks.moc"
