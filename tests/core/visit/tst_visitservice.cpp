// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "visit/VisitService.h"

#include <QTest>

using namespace Kvarter;

class TestVisitService : public QObject
{
    Q_OBJECT

    static QString addVisit(Test::Fixture &f, const Test::Fixture::Small &s, const QDateTime &start, const QString &employee)
    {
        Visit v;
        v.citizenId = s.citizen;
        v.employeeId = employee;
        v.start = start;
        v.minutes = 30;
        return VisitService(*f.store, Test::signIn(*f.store, s.planner)).add(v);
    }

private Q_SLOTS:
    void onlyPlannersPlanVisits()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        Visit v;
        v.citizenId = s.citizen;
        v.start = Test::fixedNow();
        v.minutes = 30;
        const QString leader = TeamService(*f.store).addEmployee(
            { {}, s.team, QStringLiteral("Lene Leder"), QStringLiteral("LL"), Role::TeamLeader, {}, true, {} });
        QVERIFY_THROWS_EXCEPTION(AccessDenied, VisitService(*f.store, Test::signIn(*f.store, s.nurse)).add(v));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, VisitService(*f.store, Test::signIn(*f.store, s.visitator)).add(v));
        VisitService visits(*f.store, Test::signIn(*f.store, leader));
        QCOMPARE(visits.historyCount(s.citizen), 0);
        visits.add(v);
        QCOMPARE(visits.historyCount(s.citizen), 1);
        VisitService(*f.store, Test::signIn(*f.store, s.planner)).add(v);
        QCOMPARE(visits.historyCount(s.citizen), 2);
    }

    void myDayIsTheEmployeesDayInTimeOrder()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        const QDate day(2026, 11, 23);
        const QTimeZone cph = Clock::teamZone();
        addVisit(f, s, QDateTime(day, QTime(15, 0), cph), s.nurse);
        addVisit(f, s, QDateTime(day, QTime(7, 30), cph), s.nurse);
        addVisit(f, s, QDateTime(day, QTime(0, 0), cph), s.nurse);            // first minute of the day
        addVisit(f, s, QDateTime(day, QTime(23, 59), cph), s.nurse);          // last minute
        addVisit(f, s, QDateTime(day.addDays(1), QTime(0, 0), cph), s.nurse); // next day
        addVisit(f, s, QDateTime(day, QTime(9, 0), cph), s.helper);           // someone else
        const QList<Visit> visits = VisitService(*f.store, Test::signIn(*f.store, s.nurse)).myDay(s.nurse, day);
        QCOMPARE(visits.size(), 4);
        QCOMPARE(visits.at(0).start.time(), QTime(0, 0));
        QCOMPARE(visits.at(1).start.time(), QTime(7, 30));
        QCOMPARE(visits.at(3).start.time(), QTime(23, 59));
        QCOMPARE(visits.at(1).citizenName, QStringLiteral("Søren Østergaard"));
    }

    void daysFollowCopenhagenAcrossDaylightSaving_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("hours");
        QTest::addRow("spring forward 2026-03-29") << QDate(2026, 3, 29) << 23;
        QTest::addRow("fall back 2026-10-25") << QDate(2026, 10, 25) << 25;
        QTest::addRow("ordinary day") << QDate(2026, 11, 23) << 24;
    }
    void daysFollowCopenhagenAcrossDaylightSaving()
    {
        QFETCH(QDate, day);
        QFETCH(int, hours);
        const auto [from, to] = VisitService::dayBounds(day);
        QCOMPARE((to - from) / 3600, hours);
    }

    void statusRules()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        VisitService visits(*f.store, Test::signIn(*f.store, s.nurse));
        const QString today = addVisit(f, s, Test::fixedNow().addSecs(3600), s.nurse);
        const QString tomorrow = addVisit(f, s, Test::fixedNow().addDays(1), s.nurse);

        visits.setStatus(today, VisitStatus::Done);
        QCOMPARE(visits.visit(today)->status, VisitStatus::Done);
        visits.setStatus(today, VisitStatus::Planned); // undo a mistaken click
        QCOMPARE(visits.visit(today)->status, VisitStatus::Planned);
        QVERIFY_THROWS_EXCEPTION(Error, visits.setStatus(tomorrow, VisitStatus::Done));
        QVERIFY_THROWS_EXCEPTION(Error,
                                 VisitService(*f.store, Test::signIn(*f.store, s.visitator)).setStatus(today, VisitStatus::Done));
        QVERIFY_THROWS_EXCEPTION(Error, visits.setStatus(QStringLiteral("nope"), VisitStatus::Done));
        VisitService(*f.store, Test::signIn(*f.store, s.planner))
            .setStatus(tomorrow, VisitStatus::Cancelled); // cancelling ahead is fine
        QCOMPARE(visits.visit(tomorrow)->status, VisitStatus::Cancelled);
    }

    void validation()
    {
        Visit v;
        v.minutes = 0;
        QStringList fields;
        for (const FieldError &e : VisitService::validate(v))
            fields << e.field;
        QCOMPARE(fields, QStringList({ QStringLiteral("citizen"), QStringLiteral("start"), QStringLiteral("minutes") }));
    }

    void historyIsNewestFirstAndPaged()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        for (int d = 0; d < 25; ++d)
            addVisit(f, s, Test::fixedNow().addDays(-d), s.nurse);
        VisitService visits(*f.store, Test::signIn(*f.store, s.nurse));
        QCOMPARE(visits.historyCount(s.citizen), 25);
        const QList<Visit> page = visits.history(s.citizen, 10, 10);
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.first().start, Test::fixedNow().addDays(-10));
    }
};

QTEST_GUILESS_MAIN(TestVisitService)
#include "tst_visitservice.moc"
