// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "privacy/AccessLog.h"
#include "privacy/BreakGlass.h"
#include "privacy/BreakGlassNeeded.h"
#include "visit/VisitService.h"

#include <QTest>

using namespace Kvarter;

// The access log and break the glass, on a store with two teams: the small test team (a nurse who
// is the citizen's contact person, the visitator, a helper, a planner, and a team leader added
// here) and team Nord with its own nurse and citizen.
class TestAccessLog : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> m_f;
    Test::SmallTeam m_s;
    QString m_leader, m_northTeam, m_northNurse, m_northCitizen;

    Store &store() { return *m_f->store; }
    ManualClock &clock() { return m_f->clock; }
    Actor as(const QString &id) { return Test::signIn(store(), id); }
    AccessLog log(const QString &id) { return AccessLog(store(), as(id)); }
    qint64 rows(const char *table) { return store().db().scalar(QByteArray("SELECT count(*) FROM ") + table); }

    void planVisit(const QString &employee, const QString &citizen, const QDateTime &start)
    {
        Visit v;
        v.citizenId = citizen;
        v.employeeId = employee;
        v.start = start;
        v.minutes = 30;
        VisitService(store(), as(m_s.planner)).add(v);
    }
    /// The one row the last opening wrote.
    QVariantMap lastRow()
    {
        auto q = store().db().query("SELECT citizen_id, employee_id, team_id, opened_at, part, context, "
                                    "coalesce(grant_id, '') FROM access_log ORDER BY opened_at DESC, rowid DESC LIMIT 1");
        if (!q->next())
            return {};
        return { { QStringLiteral("citizen"), q->text(0) }, { QStringLiteral("employee"), q->text(1) },
                 { QStringLiteral("team"), q->text(2) },    { QStringLiteral("at"), q->int64(3) },
                 { QStringLiteral("part"), q->text(4) },    { QStringLiteral("context"), q->text(5) },
                 { QStringLiteral("grant"), q->text(6) } };
    }
    static QList<UnusualReason> reasonsOf(const QList<UnusualOpening> &list, const QString &employee)
    {
        for (const UnusualOpening &u : list)
            if (u.entry.employeeId == employee)
                return u.reasons;
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<Test::Fixture>();
        m_s = m_f->makeSmallTeam();
        TeamService team(store());
        m_leader = team.addEmployee(
            { {}, m_s.team, QStringLiteral("Lene Leder"), QStringLiteral("LL"), Role::TeamLeader, {}, true, {} });
        m_northTeam = team.createTeam({ {}, QStringLiteral("Team Nord"), QStringLiteral("Svendborg") });
        m_northNurse =
            team.addEmployee({ {}, m_northTeam, QStringLiteral("Nina Nord"), QStringLiteral("NN"), Role::Nurse, {}, true, {} });
        Citizen c;
        c.teamId = m_northTeam;
        c.cpr = QStringLiteral("120345-1234");
        c.name = QStringLiteral("Inger Nordby");
        c.address = QStringLiteral("Nordvej 3");
        c.postcode = QStringLiteral("5700");
        c.city = QStringLiteral("Svendborg");
        m_northCitizen = CitizenService(store(), as(m_northNurse)).add(c);
    }

    void contextIsTheStrongestReasonThatHolds_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<bool>("visitToday");
        QTest::addColumn<QString>("context");
        QTest::addRow("contact person") << "nurse" << false << "fixed-person";
        QTest::addRow("fixed visitator") << "visitator" << false << "fixed-person";
        QTest::addRow("own team") << "helper" << false << "own-team";
        QTest::addRow("visit today") << "helper" << true << "visit-today";
        QTest::addRow("contact person with a visit today") << "nurse" << true << "visit-today";
    }
    void contextIsTheStrongestReasonThatHolds()
    {
        QFETCH(QString, who);
        QFETCH(bool, visitToday);
        QFETCH(QString, context);
        const QString id = who == QLatin1String("nurse") ? m_s.nurse
            : who == QLatin1String("visitator")          ? m_s.visitator
                                                         : m_s.helper;
        // A visit yesterday is not a visit today.
        planVisit(id, m_s.citizen, clock().now().addDays(-1));
        if (visitToday)
            planVisit(id, m_s.citizen, clock().now().addSecs(3 * 3600));
        const AccessContext got = log(id).recordOpening(m_s.citizen, AccessPart::Notes);
        QCOMPARE(AccessContexts::key(got), context);
        const QVariantMap row = lastRow();
        QCOMPARE(rows("access_log"), 1);
        QCOMPARE(row.value(QStringLiteral("citizen")).toString(), m_s.citizen);
        QCOMPARE(row.value(QStringLiteral("employee")).toString(), id);
        QCOMPARE(row.value(QStringLiteral("team")).toString(), m_s.team);
        QCOMPARE(row.value(QStringLiteral("at")).toLongLong(), clock().nowMs());
        QCOMPARE(row.value(QStringLiteral("part")).toString(), QStringLiteral("notes"));
        QCOMPARE(row.value(QStringLiteral("context")).toString(), context);
        QCOMPARE(row.value(QStringLiteral("grant")).toString(), QString());
        // Synced: the opening is in the change log, to be shipped to the team's other laptops.
        QCOMPARE(store().db().scalar("SELECT count(*) FROM change_log WHERE entity = 'access_log'"), 1);
    }

    void anotherTeamsCitizenNeedsTheGlassBroken()
    {
        AccessLog north = log(m_northNurse);
        try {
            north.recordOpening(m_s.citizen, AccessPart::Record);
            QFAIL("opened another team's citizen without a reason");
        } catch (const BreakGlassNeeded &e) {
            QCOMPARE(e.citizenId(), m_s.citizen);
            QVERIFY2(e.message().contains(QStringLiteral("Søren Østergaard")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("reason")), qPrintable(e.message()));
        }
        // A refusal that code knowing only AccessDenied still treats as one.
        QVERIFY_THROWS_EXCEPTION(AccessDenied, north.recordOpening(m_s.citizen, AccessPart::Record));
        QCOMPARE(rows("access_log"), 0);

        const AccessGrant g =
            BreakGlass(store(), as(m_northNurse)).grant(m_s.citizen, QStringLiteral("  covering the evening round  "));
        QCOMPARE(g.reason, QStringLiteral("covering the evening round"));
        QCOMPARE(g.expiresAt, clock().now().addSecs(qint64(BreakGlass::GrantHours) * 3600));
        QCOMPARE(rows("access_grant"), 1);
        QCOMPARE(north.recordOpening(m_s.citizen, AccessPart::Record), AccessContext::BrokenGlass);
        QCOMPARE(lastRow().value(QStringLiteral("grant")).toString(), g.id);
        QCOMPARE(lastRow().value(QStringLiteral("team")).toString(), m_s.team); // the citizen's team, whose leader reviews it
        // The grant is the nurse's own: a colleague of hers still needs a reason of their own.
        QVERIFY_THROWS_EXCEPTION(BreakGlassNeeded, log(m_s.helper).recordOpening(m_northCitizen, AccessPart::Record));
    }

    void breakTheGlassNeedsAReason_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << "";
        QTest::addRow("blank") << "   \n ";
        QTest::addRow("one word") << "akut";
        QTest::addRow("two words") << "  ringede  nu ";
    }
    void breakTheGlassNeedsAReason()
    {
        QFETCH(QString, reason);
        try {
            BreakGlass(store(), as(m_northNurse)).grant(m_s.citizen, reason);
            QFAIL("granted without a reason");
        } catch (const ValidationError &e) {
            QCOMPARE(e.errors().size(), 1);
            QCOMPARE(e.errors().first().field, QStringLiteral("reason"));
        }
        QCOMPARE(rows("access_grant"), 0);
        QVERIFY(!BreakGlass(store(), as(m_northNurse)).activeGrant(m_s.citizen));
        QVERIFY_THROWS_EXCEPTION(BreakGlassNeeded, log(m_northNurse).recordOpening(m_s.citizen, AccessPart::Record));
    }

    void breakTheGlassExpires()
    {
        BreakGlass glass(store(), as(m_northNurse));
        const AccessGrant g = glass.grant(m_s.citizen, QStringLiteral("the citizen called about a fall"));
        clock().advanceSecs(qint64(BreakGlass::GrantHours) * 3600 - 60);
        QCOMPARE(glass.activeGrant(m_s.citizen)->id, g.id);
        QCOMPARE(log(m_northNurse).recordOpening(m_s.citizen, AccessPart::Visits), AccessContext::BrokenGlass);
        clock().advanceSecs(60);
        QVERIFY(!glass.activeGrant(m_s.citizen));
        QVERIFY_THROWS_EXCEPTION(BreakGlassNeeded, log(m_northNurse).recordOpening(m_s.citizen, AccessPart::Visits));
        QCOMPARE(rows("access_log"), 1);
        // A new reason opens it again, as a new grant the team leader sees too.
        const AccessGrant again = glass.grant(m_s.citizen, QStringLiteral("still covering the round"));
        QVERIFY(again.id != g.id);
        QCOMPARE(log(m_northNurse).recordOpening(m_s.citizen, AccessPart::Visits), AccessContext::BrokenGlass);
        QCOMPARE(lastRow().value(QStringLiteral("grant")).toString(), again.id);
    }

    void aRunListIsLoggedWholeOrNotAtAll()
    {
        AccessLog helper = log(m_s.helper);
        try {
            helper.recordOpenings({ m_s.citizen, m_northCitizen }, AccessPart::RunListPrinted);
            QFAIL("printed another team's citizen without a reason");
        } catch (const BreakGlassNeeded &e) {
            QCOMPARE(e.citizenId(), m_northCitizen);
        }
        QCOMPARE(rows("access_log"), 0);
        const QList<AccessContext> contexts = helper.recordOpenings({ m_s.citizen }, AccessPart::RunListPrinted);
        QCOMPARE(contexts, QList<AccessContext> { AccessContext::OwnTeam });
        QCOMPARE(lastRow().value(QStringLiteral("part")).toString(), QStringLiteral("run-list-printed"));
    }

    void unknownCitizenIsAnError()
    {
        QVERIFY_THROWS_EXCEPTION(Error, log(m_s.nurse).recordOpening(QStringLiteral("no-such-citizen"), AccessPart::Record));
        QCOMPARE(rows("access_log"), 0);
    }

    void theLogIsAppendOnly()
    {
        log(m_s.nurse).recordOpening(m_s.citizen, AccessPart::Record);
        BreakGlass(store(), as(m_northNurse)).grant(m_s.citizen, QStringLiteral("covering the evening round"));
        QVERIFY_THROWS_EXCEPTION(Error, store().db().exec("UPDATE access_log SET employee_id = 'someone else'"));
        QVERIFY_THROWS_EXCEPTION(Error, store().db().exec("DELETE FROM access_log"));
        QVERIFY_THROWS_EXCEPTION(Error, store().db().exec("UPDATE access_grant SET expires_at = expires_at + 86400000"));
        QVERIFY_THROWS_EXCEPTION(Error, store().db().exec("DELETE FROM access_grant"));
        QCOMPARE(rows("access_log"), 1);
        QCOMPARE(rows("access_grant"), 1);
    }

    void whoLookedNeedsReviewAccess_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("team leader") << Role::TeamLeader << true;
        QTest::addRow("nurse") << Role::Nurse << false;
        QTest::addRow("planner") << Role::Planner << false;
        QTest::addRow("visitator") << Role::Visitator << false;
        QTest::addRow("helper") << Role::SosuHelper << false;
    }
    void whoLookedNeedsReviewAccess()
    {
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        log(m_s.nurse).recordOpening(m_s.citizen, AccessPart::Record);
        const QString id = TeamService(store()).addEmployee(
            { {}, m_s.team, QStringLiteral("Rita Rolle"), QStringLiteral("RR"), role, {}, true, {} });
        AccessLog reviewer = log(id);
        if (allowed) {
            QCOMPARE(reviewer.whoLooked(m_s.citizen).size(), 1);
            QCOMPARE(reviewer.unusual(clock().today(), clock().today()).size(), 0); // the contact person's opening is usual
        } else {
            QVERIFY_THROWS_EXCEPTION(AccessDenied, reviewer.whoLooked(m_s.citizen));
            QVERIFY_THROWS_EXCEPTION(AccessDenied, reviewer.unusual(clock().today(), clock().today()));
        }
    }

    void whoLookedListsEveryOpeningNewestFirst()
    {
        log(m_s.nurse).recordOpening(m_s.citizen, AccessPart::Record);
        clock().advanceSecs(600);
        log(m_s.helper).recordOpening(m_s.citizen, AccessPart::Function);
        log(m_s.nurse).recordOpening(m_s.citizen, AccessPart::Notes);
        clock().advanceSecs(86400 * 2);
        BreakGlass(store(), as(m_northNurse)).grant(m_s.citizen, QStringLiteral("covering the evening round"));
        log(m_northNurse).recordOpening(m_s.citizen, AccessPart::LetterPrinted);
        const QDateTime glassAt = clock().now();
        clock().advanceSecs(60);
        log(m_s.helper).recordOpening(m_s.citizen, AccessPart::Record);
        log(m_northNurse).recordOpening(m_northCitizen, AccessPart::Record); // another citizen: not in the report

        const QList<AccessEntry> all = log(m_leader).whoLooked(m_s.citizen);
        QCOMPARE(all.size(), 5);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).openedAt >= all.at(i).openedAt);
        QCOMPARE(all.first().employeeId, m_s.helper);
        const AccessEntry &glass = all.at(1);
        QCOMPARE(glass.employeeName, QStringLiteral("Nina Nord"));
        QCOMPARE(glass.role, std::optional<Role>(Role::Nurse));
        QCOMPARE(glass.part(), std::optional<AccessPart>(AccessPart::LetterPrinted));
        QCOMPARE(glass.context(), std::optional<AccessContext>(AccessContext::BrokenGlass));
        QCOMPARE(glass.grantReason, QStringLiteral("covering the evening round"));
        QCOMPARE(glass.citizenName, QStringLiteral("Søren Østergaard"));
        QCOMPARE(glass.openedAt, glassAt);
        QCOMPARE(glass.openedAt.timeZone(), Clock::teamZone());
        QCOMPARE(all.last().employeeName, QStringLiteral("Karen Sygeplejerske"));
        QCOMPARE(all.last().part(), std::optional<AccessPart>(AccessPart::Record));
        QCOMPARE(all.last().context(), std::optional<AccessContext>(AccessContext::FixedPerson));
        // A period narrows it to those days (in the team's zone).
        QCOMPARE(log(m_leader).whoLooked(m_s.citizen, clock().today(), clock().today()).size(), 2);
        QCOMPARE(log(m_leader).whoLooked(m_s.citizen, clock().today().addDays(-2), clock().today().addDays(-2)).size(), 3);
    }

    void unusualOpeningsSayWhy()
    {
        // Day: the helper with a visit in two days (usual), the planner without one, the north nurse
        // breaking the glass; at 23:30 the helper again, whose visit makes only the hour unusual.
        planVisit(m_s.helper, m_s.citizen, clock().now().addDays(2));
        log(m_s.helper).recordOpening(m_s.citizen, AccessPart::Visits);
        log(m_s.planner).recordOpening(m_s.citizen, AccessPart::Record);
        log(m_s.nurse).recordOpening(m_s.citizen, AccessPart::Record); // contact person: a standing duty
        BreakGlass(store(), as(m_northNurse)).grant(m_s.citizen, QStringLiteral("covering the evening round"));
        log(m_northNurse).recordOpening(m_s.citizen, AccessPart::Record);
        clock().set(QDateTime(clock().today(), QTime(23, 30), Clock::teamZone()));
        log(m_s.helper).recordOpening(m_s.citizen, AccessPart::Notes);
        // Another team's citizen opened by that team's nurse is not this team leader's to review.
        log(m_northNurse).recordOpening(m_northCitizen, AccessPart::Record);

        const QList<UnusualOpening> list = log(m_leader).unusual(clock().today(), clock().today());
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.first().entry.employeeId, m_s.helper); // newest first
        QCOMPARE(list.first().reasons, QList<UnusualReason> { UnusualReason::AtNight });
        QCOMPARE(reasonsOf(list, m_s.planner), QList<UnusualReason> { UnusualReason::NoVisitPlanned });
        const QList<UnusualReason> glass { UnusualReason::NoVisitPlanned, UnusualReason::BrokeTheGlass };
        QCOMPARE(reasonsOf(list, m_northNurse), glass);
        for (const UnusualOpening &u : list)
            if (u.entry.employeeId == m_northNurse)
                QVERIFY(AccessLog::describe(UnusualReason::BrokeTheGlass, u.entry)
                            .contains(QStringLiteral("covering the evening round")));
        // Outside the period: nothing.
        QVERIFY(log(m_leader).unusual(clock().today().addDays(1), clock().today().addDays(3)).isEmpty());
        // Team Nord's leader sees the glass broken by one of theirs, and the late opening of Nord's own
        // citizen (no visit either).
        const QString northLeader = TeamService(store()).addEmployee(
            { {}, m_northTeam, QStringLiteral("Niels Nordleder"), QStringLiteral("NL"), Role::TeamLeader, {}, true, {} });
        const QList<UnusualOpening> north = log(northLeader).unusual(clock().today(), clock().today());
        QCOMPARE(north.size(), 2);
        for (const UnusualOpening &u : north)
            QCOMPARE(u.entry.employeeId, m_northNurse);
    }

    void visitatorFromAnotherTeamIsOutsideTheOwnTeam()
    {
        // A visitator serving several teams: Team Nord's, fixed visitator of a citizen of ours.
        const QString visitator = TeamService(store()).addEmployee(
            { {}, m_northTeam, QStringLiteral("Vibeke Visitator"), QStringLiteral("VN"), Role::Visitator, {}, true, {} });
        CitizenService citizens(store(), as(m_s.planner));
        Citizen c = *citizens.citizen(m_s.citizen);
        c.visitatorId = visitator;
        citizens.update(c);
        QCOMPARE(log(visitator).recordOpening(m_s.citizen, AccessPart::Decisions), AccessContext::FixedPerson);
        const QList<UnusualOpening> list = log(m_leader).unusual(clock().today(), clock().today());
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().reasons, QList<UnusualReason> { UnusualReason::OutsideOwnTeam });
    }

    void nightIsTheTeamsWallClock_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<bool>("night");
        const auto utc = [](int month, int day, int hour, int minute) {
            return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
        };
        // 04:30 UTC is 05:30 in winter (CET) but 06:30 in summer (CEST): night only in winter.
        QTest::addRow("05:30 the day before summer time") << utc(3, 28, 4, 30) << true;
        QTest::addRow("06:30 the day summer time begins") << utc(3, 29, 4, 30) << false;
        QTest::addRow("21:59 in summer") << utc(6, 15, 19, 59) << false;
        QTest::addRow("22:00 in summer") << utc(6, 15, 20, 0) << true;
        QTest::addRow("21:30 in winter") << utc(12, 1, 20, 30) << false;
        QTest::addRow("22:30 the evening summer time ends") << utc(10, 25, 21, 30) << true;
        QTest::addRow("02:30 the second time, when summer time ends") << utc(10, 25, 1, 30) << true;
        QTest::addRow("05:59 the morning after summer time ended") << utc(10, 26, 4, 59) << true;
        QTest::addRow("06:00 the morning after summer time ended") << utc(10, 26, 5, 0) << false;
        QTest::addRow("midnight") << utc(11, 23, 23, 0) << true;
    }
    void nightIsTheTeamsWallClock()
    {
        QFETCH(QDateTime, moment);
        QFETCH(bool, night);
        QCOMPARE(AccessLog::atNight(moment), night);
        // And the review list says so for an opening logged at that moment.
        clock().set(moment);
        planVisit(m_s.helper, m_s.citizen, moment.addSecs(3600));
        log(m_s.helper).recordOpening(m_s.citizen, AccessPart::Record);
        const QDate day = moment.toTimeZone(Clock::teamZone()).date();
        const QList<UnusualOpening> list = log(m_leader).unusual(day, day);
        QCOMPARE(list.size(), night ? 1 : 0);
        if (night)
            QCOMPARE(list.first().reasons, QList<UnusualReason> { UnusualReason::AtNight });
    }
};

QTEST_GUILESS_MAIN(TestAccessLog)
#include "tst_accesslog.moc"
