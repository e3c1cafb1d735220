// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "plan/PlanCheck.h"
#include "plan/PlanService.h"
#include "visit/VisitService.h"

#include <QTest>

using namespace Kvarter;

class TestPlanCheck : public QObject
{
    Q_OBJECT

    static QString plan(Store &store, const Actor &planner, const QString &citizen, const QString &employee, const QTime &at,
                        int minutes, const QStringList &services = {})
    {
        Visit v;
        v.citizenId = citizen;
        v.employeeId = employee;
        v.start = QDateTime(Test::fixedNow().date(), at, Clock::teamZone());
        v.minutes = minutes;
        v.services = services;
        return VisitService(store, planner).add(v);
    }

private Q_SLOTS:
    // Three visits on top of each other are three pairs, none hidden; touching visits are not a double booking.
    void threeOverlappingVisitsAreAllFound()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        const Actor planner = Test::signIn(*f.store, s.planner);
        const QString a = plan(*f.store, planner, s.citizen, s.nurse, QTime(11, 30), 30);
        const QString b = plan(*f.store, planner, s.citizen, s.nurse, QTime(11, 30), 20);
        const QString c = plan(*f.store, planner, s.citizen, s.nurse, QTime(11, 45), 30);
        plan(*f.store, planner, s.citizen, s.nurse, QTime(12, 15), 30);  // starts as c ends
        plan(*f.store, planner, s.citizen, s.helper, QTime(11, 30), 30); // someone else

        const QList<Overlap> overlaps = PlanCheck(*f.store, planner).overlaps(s.team, Test::fixedNow().date());
        QSet<QString> pairs;
        for (const Overlap &o : overlaps) {
            QCOMPARE(o.first.employeeId, s.nurse);
            QVERIFY(o.first.start <= o.second.start);
            pairs << QStringList({ o.first.id, o.second.id }).join(QLatin1Char('+'));
        }
        QCOMPARE(overlaps.size(), 3);
        const auto has = [&](const QString &x, const QString &y) {
            return pairs.contains(x + QLatin1Char('+') + y) || pairs.contains(y + QLatin1Char('+') + x);
        };
        QVERIFY(has(a, b));
        QVERIFY(has(a, c));
        QVERIFY(has(b, c));
    }

    void aMoveOntoAnOccupiedSlotIsWarnedAboutNotRefused()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        const Actor planner = Test::signIn(*f.store, s.planner);
        const QString busy = plan(*f.store, planner, s.citizen, s.nurse, QTime(11, 30), 30);
        const QString free = plan(*f.store, planner, s.citizen, s.helper, QTime(11, 40), 20);
        PlanCheck check(*f.store, planner);

        const QList<PlanWarning> warnings = check.warningsFor(free, s.nurse, {});
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().kind, PlanWarning::Kind::Overlap);
        QCOMPARE(warnings.first().otherVisitId, busy);
        QVERIFY(warnings.first().message.contains(QStringLiteral("Søren Østergaard")));
        // At a free time, or to a free person, nothing to say.
        QVERIFY(check.warningsFor(free, s.nurse, QDateTime(Test::fixedNow().date(), QTime(12, 0), Clock::teamZone())).isEmpty());
        QVERIFY(check.warningsFor(free, s.helper, {}).isEmpty());
        // The planner may still confirm: the move itself is allowed.
        PlanService(*f.store, planner).reassign(free, s.nurse);
        QCOMPARE(VisitService(*f.store, planner).visit(free)->employeeId, s.nurse);
    }

    void aHelperIsWarnedAboutNursing()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        const Actor planner = Test::signIn(*f.store, s.planner);
        const QString wound = plan(*f.store, planner, s.citizen, QString(), QTime(9, 0), 20, { QStringLiteral("G1.39") });
        const QList<PlanWarning> warnings = PlanCheck(*f.store, planner).warningsFor(wound, s.helper, {});
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().kind, PlanWarning::Kind::RoleMayNotPerform);
        QVERIFY(warnings.first().message.contains(QStringLiteral("Sårbehandling")));
        QVERIFY(PlanCheck(*f.store, planner).warningsFor(wound, s.nurse, {}).isEmpty());
        QVERIFY(PlanCheck::mayPerform(Role::SosuHelper, QStringLiteral("H1.1")));
        QVERIFY(!PlanCheck::mayPerform(Role::SosuHelper, QStringLiteral("G1.39")));
    }

    void theCheckReadsThePlanSoItNeedsThatRight()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        const Actor planner = Test::signIn(*f.store, s.planner);
        const QString v = plan(*f.store, planner, s.citizen, s.nurse, QTime(9, 0), 20);
        PlanCheck visitator(*f.store, Test::signIn(*f.store, s.visitator));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, visitator.warningsFor(v, s.helper, {}));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, visitator.overlaps(s.team, Test::fixedNow().date()));
    }
};

QTEST_GUILESS_MAIN(TestPlanCheck)
#include "tst_plancheck.moc"
