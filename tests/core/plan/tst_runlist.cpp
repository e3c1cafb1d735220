// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "plan/RunListService.h"
#include "visit/VisitService.h"

#include <QTest>

using namespace Kvarter;

class TestRunList : public QObject
{
    Q_OBJECT

    static Visit visitAt(const QString &citizen, const QString &employee, int hour, int minute, const QStringList &services = {})
    {
        Visit v;
        v.citizenId = citizen;
        v.employeeId = employee;
        v.start = QDateTime(Test::fixedNow().date(), QTime(hour, minute), Clock::teamZone());
        v.minutes = 25;
        v.services = services;
        return v;
    }

private Q_SLOTS:
    void stopsInTimeOrderWithWhatTheDoorNeeds()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        const Actor planner = Test::signIn(*f.store, s.planner);
        CitizenService citizens(*f.store, planner);
        Citizen c = *citizens.citizen(s.citizen);
        c.phone = QStringLiteral("62211234");
        citizens.update(c);
        Relative daughter;
        daughter.citizenId = s.citizen;
        daughter.name = QStringLiteral("Åse Østergaard");
        daughter.relation = QStringLiteral("Datter");
        daughter.phone = QStringLiteral("20304050");
        daughter.isPrimary = true;
        daughter.mayInform = true;
        citizens.addRelative(daughter);

        VisitService visits(*f.store, planner);
        const QString code = ServiceCatalogue::standard().services().first().code;
        visits.add(visitAt(s.citizen, s.nurse, 14, 0));
        visits.add(visitAt(s.citizen, s.helper, 7, 30, { code }));
        visits.add(visitAt(s.citizen, {}, 11, 0));
        Visit cancelled = visitAt(s.citizen, s.nurse, 9, 0);
        const QString cancelledId = visits.add(cancelled);
        visits.setStatus(cancelledId, VisitStatus::Cancelled);
        // Midnight bounds in Copenhagen: the visit just after midnight the next day is not on the list.
        Visit tomorrow = visitAt(s.citizen, s.nurse, 0, 10);
        tomorrow.start = tomorrow.start.addDays(1);
        visits.add(tomorrow);

        const RunList team = RunListService(*f.store, ServiceCatalogue::standard(), planner).runList(Test::fixedNow().date(), {});
        QCOMPARE(team.teamName, QStringLiteral("Team Test"));
        QVERIFY(!team.employee);
        QCOMPARE(team.stops.size(), 3);
        QCOMPARE(team.stops.at(0).start.time(), QTime(7, 30));
        QCOMPARE(team.stops.at(1).start.time(), QTime(11, 0));
        QCOMPARE(team.stops.at(2).start.time(), QTime(14, 0));
        const RunListStop &first = team.stops.at(0);
        QCOMPARE(first.citizenName, QStringLiteral("Søren Østergaard"));
        QCOMPARE(first.address, QStringLiteral("Møllergade 12"));
        QCOMPARE(first.postcode + QLatin1Char(' ') + first.city, QStringLiteral("5700 Svendborg"));
        QCOMPARE(first.phone, QStringLiteral("62 21 12 34"));
        QCOMPARE(first.primaryRelativeName, QStringLiteral("Åse Østergaard"));
        QCOMPARE(first.primaryRelativePhone, QStringLiteral("20 30 40 50"));
        QVERIFY(first.primaryRelativeMayBeInformed);
        QCOMPARE(first.contactPersonName, QStringLiteral("Karen Sygeplejerske"));
        QCOMPARE(first.services, QStringList { ServiceCatalogue::standard().services().first().name });
        QCOMPARE(first.employeeInitials, QStringLiteral("HH"));
        QVERIFY(team.stops.at(1).employeeId.isEmpty());
    }

    void oneEmployeesList()
    {
        Test::Fixture f(true);
        const Employee nurse = f.firstWithRole(Role::Nurse);
        const Employee planner = f.firstWithRole(Role::Planner);
        RunListService service(*f.store, ServiceCatalogue::standard(), Test::signIn(*f.store, nurse.id));
        const QDate day = Test::fixedNow().date();
        const RunList mine = service.runList(day, nurse.id);
        QVERIFY(mine.employee);
        QCOMPARE(mine.employee->id, nurse.id);
        QVERIFY(!mine.stops.isEmpty());
        for (qsizetype i = 0; i < mine.stops.size(); ++i) {
            QCOMPARE(mine.stops.at(i).employeeId, nurse.id);
            QCOMPARE(mine.stops.at(i).start.date(), day);
            if (i > 0)
                QVERIFY(mine.stops.at(i - 1).start <= mine.stops.at(i).start);
        }
        // The same as the visits of her day, cancelled ones left out.
        int expected = 0;
        for (const Visit &v : VisitService(*f.store, Test::signIn(*f.store, nurse.id)).myDay(nurse.id, day))
            expected += v.status != VisitStatus::Cancelled;
        QCOMPARE(mine.stops.size(), expected);
        QVERIFY(RunListService(*f.store, ServiceCatalogue::standard(), Test::signIn(*f.store, planner.id))
                    .runList(day, {})
                    .stops.size()
                > mine.stops.size());
    }

    void refusedWithoutTheRightToReadThePlan()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        const auto service = [&](const Actor &actor) { return RunListService(*f.store, ServiceCatalogue::standard(), actor); };
        const Actor planner = Test::signIn(*f.store, s.planner);
        const QDate day = Test::fixedNow().date();
        QVERIFY_THROWS_EXCEPTION(Error, service(Test::signIn(*f.store, s.visitator)).runList(day, {}));
        // Nobody claims a role the stored record does not have, nor signs in as nobody.
        QCOMPARE(Test::signIn(*f.store, s.visitator).role(), Role::Visitator);
        QVERIFY_THROWS_EXCEPTION(Error, Test::signIn(*f.store, QStringLiteral("ghost")));
        QVERIFY_THROWS_EXCEPTION(Error, service(planner).runList(day, QStringLiteral("ghost")));
        // Another team's employee is not in reach either.
        TeamService team(*f.store);
        const QString other = team.createTeam({ {}, QStringLiteral("Team Syd"), QStringLiteral("Svendborg") });
        const QString outsider =
            team.addEmployee({ {}, other, QStringLiteral("Ole Udenfor"), QStringLiteral("OU"), Role::Nurse, {}, true, {} });
        QVERIFY_THROWS_EXCEPTION(Error, service(planner).runList(day, outsider));
        QVERIFY(service(Test::signIn(*f.store, outsider)).runList(day, {}).stops.isEmpty());
        QCOMPARE(service(Test::signIn(*f.store, s.helper)).runList(day, {}).teamName, QStringLiteral("Team Test"));
        // A role changed after signing in (say, by a sync from another laptop) counts at once: the
        // stored record decides, not the role the actor was signed in with.
        f.store->write([&] { f.store->update("employee", s.planner, { { "role", Roles::key(Role::Visitator) } }); });
        QCOMPARE(planner.role(), Role::Planner);
        QVERIFY_THROWS_EXCEPTION(Error, service(planner).runList(day, {}));
    }
};

QTEST_GUILESS_MAIN(TestRunList)
#include "tst_runlist.moc"
