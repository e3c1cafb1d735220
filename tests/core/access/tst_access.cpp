// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "grant/GrantService.h"
#include "plan/PlanService.h"
#include "plan/RunListService.h"
#include "sync/ConflictService.h"
#include "sync/TeamMembership.h"
#include "visit/NoteService.h"
#include "visit/VisitService.h"

#include <QTest>

using namespace Kvarter;

Q_DECLARE_METATYPE(Kvarter::Role)
Q_DECLARE_METATYPE(Kvarter::Right)

namespace {

const QList<std::pair<Right, const char *>> &rights()
{
    static const QList<std::pair<Right, const char *>> list {
        { Right::ReadCitizen, "read citizen" },
        { Right::EditCitizen, "edit citizen" },
        { Right::RecordVisit, "record visit" },
        { Right::ReadPlan, "read plan" },
        { Right::Plan, "plan" },
        { Right::ManageGrants, "manage grants" },
        { Right::DecideWithinFrame, "decide" },
        { Right::ResolveConflicts, "resolve conflicts" },
        { Right::AdministerTeam, "administer team" },
        { Right::Assess, "assess" },
        { Right::EditFrames, "edit frames" },
        { Right::DecideEscalation, "decide escalation" },
        { Right::RegisterComplaint, "register complaint" },
        { Right::ResetPin, "reset pin" },
        { Right::ReviewAccess, "review access" },
        { Right::Triage, "triage" },
        { Right::LowerFromRed, "lower from red" },
        { Right::CompleteTasks, "complete tasks" },
    };
    return list;
}

// The matrix as the team's work needs it, written out here independently of Access.cpp.
const QList<std::pair<Role, QList<bool>>> &matrix()
{
    //                       read edit record readplan plan grants decide resolve admin assess frames escal. complaint pin review
    //                       triage lowerred tasks
    static const QList<std::pair<Role, QList<bool>>> rows {
        { Role::SosuHelper,
          { true, false, true, true, false, false, false, true, false, false, false, false, false, false, false, true, false,
            true } },
        { Role::SosuAssistant,
          { true, true, true, true, false, false, true, true, false, true, false, false, true, false, false, true, true, true } },
        { Role::Nurse,
          { true, true, true, true, false, false, true, true, false, true, false, false, true, false, false, true, true, true } },
        { Role::Therapist,
          { true, true, true, true, false, false, true, true, false, true, false, false, true, false, false, true, false,
            true } },
        { Role::Planner,
          { true, true, true, true, true, true, true, true, true, true, false, false, true, true, false, true, false, true } },
        { Role::Visitator,
          { true, true, false, false, false, true, true, true, false, true, true, true, true, false, false, true, false, true } },
        { Role::TeamLeader,
          { true, true, true, true, true, true, true, true, true, true, true, false, true, true, true, true, false, true } },
    };
    return rows;
}

// What the matrix above says about one role and right.
bool mayDo(Role role, Right right)
{
    for (const auto &[r, row] : matrix())
        if (r == role)
            for (qsizetype i = 0; i < rights().size(); ++i)
                if (rights()[i].first == right)
                    return row[i];
    return false;
}

} // namespace

// A read goes through for a role with the right and is refused with AccessDenied otherwise.
#define CHECK_READ(allowed, call, resultCheck)                                                                                   \
    do {                                                                                                                         \
        if (allowed) {                                                                                                           \
            const auto result = call;                                                                                            \
            QVERIFY2(resultCheck, #call);                                                                                        \
        } else {                                                                                                                 \
            QVERIFY_THROWS_EXCEPTION(AccessDenied, (void)call);                                                                  \
        }                                                                                                                        \
    } while (false)

class TestAccess : public QObject
{
    Q_OBJECT

    // One real employee of every role in one team, with a citizen who has a relative, a grant, a
    // visit today (the nurse's, done) and a note: what the read tests read.
    Test::Fixture m_f;
    Test::SmallTeam m_s;
    std::map<Role, QString> m_employee;
    QString m_visit;
    QString m_note;

    Store &store() { return *m_f.store; }
    Actor as(Role role) { return Test::signIn(store(), m_employee.at(role)); }

    static void addRoles()
    {
        QTest::addColumn<Role>("role");
        for (Role role : Roles::all())
            QTest::addRow("%s", qPrintable(Roles::key(role))) << role;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_s = m_f.makeSmallTeam();
        m_employee = { { Role::SosuHelper, m_s.helper },
                       { Role::Nurse, m_s.nurse },
                       { Role::Planner, m_s.planner },
                       { Role::Visitator, m_s.visitator } };
        TeamService team(store());
        m_employee[Role::SosuAssistant] = team.addEmployee(
            { {}, m_s.team, QStringLiteral("Asta Assistent"), QStringLiteral("AA"), Role::SosuAssistant, {}, true, {} });
        m_employee[Role::Therapist] = team.addEmployee(
            { {}, m_s.team, QStringLiteral("Tove Terapeut"), QStringLiteral("TT"), Role::Therapist, {}, true, {} });
        m_employee[Role::TeamLeader] = team.addEmployee(
            { {}, m_s.team, QStringLiteral("Lene Leder"), QStringLiteral("LL"), Role::TeamLeader, {}, true, {} });
        QCOMPARE(m_employee.size(), size_t(Roles::all().size()));

        CitizenService(store(), as(Role::Planner))
            .addRelative({ {}, m_s.citizen, QStringLiteral("Anne Østergaard"), QStringLiteral("datter"), {}, true, true });
        GrantService(store(), ServiceCatalogue::standard(), as(Role::Visitator))
            .add({ {}, m_s.citizen, QStringLiteral("H1.1"), Grant::Kind::MinutesPerWeek, 140, 0, QDate(2026, 1, 1), {} });
        Visit visit;
        visit.citizenId = m_s.citizen;
        visit.employeeId = m_s.nurse;
        visit.start = Test::fixedNow();
        visit.minutes = 20;
        m_visit = VisitService(store(), as(Role::Planner)).add(visit);
        VisitService(store(), as(Role::Nurse)).setStatus(m_visit, VisitStatus::Done);
        VisitNote note;
        note.citizenId = m_s.citizen;
        note.visitId = m_visit;
        note.text = QStringLiteral("Godt humør");
        m_note = NoteService(store(), as(Role::Nurse)).add(note);
    }

    void theRoleRightMatrix_data()
    {
        // Every right is in the table above: a new right needs its row of expectations.
        QCOMPARE(rights().size(), qsizetype(Right::CompleteTasks) + 1);
        QTest::addColumn<Role>("role");
        QTest::addColumn<Right>("right");
        QTest::addColumn<bool>("allowed");
        for (const auto &[role, row] : matrix())
            for (qsizetype i = 0; i < rights().size(); ++i)
                QTest::addRow("%s / %s", qPrintable(Roles::key(role)), rights()[i].second) << role << rights()[i].first << row[i];
    }
    void theRoleRightMatrix()
    {
        QFETCH(Role, role);
        QFETCH(Right, right);
        QFETCH(bool, allowed);
        QCOMPARE(Access::allows(role, right), allowed);
        const Actor actor = as(role);
        QCOMPARE(actor.role(), role);
        if (allowed)
            Access::require(actor, right);
        else
            QVERIFY_THROWS_EXCEPTION(AccessDenied, Access::require(actor, right));
    }

    void aRefusalSaysWhoMay()
    {
        try {
            Access::require(as(Role::Nurse), Right::Plan);
            QFAIL("a nurse does not plan");
        } catch (const AccessDenied &e) {
            QVERIFY2(e.message().contains(QLatin1String("nurse")) && e.message().contains(QLatin1String("planner"))
                         && e.message().contains(QLatin1String("team leader")),
                     qPrintable(e.message()));
        }
    }

    // Only an active employee of the roster becomes an actor, with the role the roster gives.
    void signInTakesTheRosterRole()
    {
        QCOMPARE(Test::signIn(store(), m_s.nurse).employeeId(), m_s.nurse);
        QCOMPARE(Test::signIn(store(), m_s.nurse).role(), Role::Nurse);
        QCOMPARE(Test::signIn(store(), m_s.visitator).role(), Role::Visitator);
    }
    void signInRefusesStrangersAndFormerStaff()
    {
        QVERIFY_THROWS_EXCEPTION(Error, SignIn::unattended(store(), QStringLiteral("no-such-employee")));
        QVERIFY_THROWS_EXCEPTION(Error, SignIn::unattended(store(), QString()));
        const QString former = TeamService(store()).addEmployee(
            { {}, m_s.team, QStringLiteral("Frida Fratrådt"), QStringLiteral("FF"), Role::Planner, {}, false, {} });
        QVERIFY_THROWS_EXCEPTION(Error, SignIn::unattended(store(), former));
    }

    // The reads check their right too, each with a signed-in actor. Every role may read citizens
    // today, so for those the check is that every role's actor gets through; the day plan is
    // refused to the visitator.
    void citizenReads_data() { addRoles(); }
    void citizenReads()
    {
        QFETCH(Role, role);
        CitizenService citizens(store(), as(role));
        const bool allowed = mayDo(role, Right::ReadCitizen);
        CHECK_READ(allowed, citizens.search({}), result.size() == 1);
        CHECK_READ(allowed, citizens.count(QString()), result == 1);
        CHECK_READ(allowed, citizens.citizen(m_s.citizen), result && result->id == m_s.citizen);
        CHECK_READ(allowed, citizens.byCpr(QStringLiteral("010240-1234")), result && result->id == m_s.citizen);
        CHECK_READ(allowed, citizens.relatives(m_s.citizen), result.size() == 1);
    }

    void visitReads_data() { addRoles(); }
    void visitReads()
    {
        QFETCH(Role, role);
        VisitService visits(store(), as(role));
        const QDate today = Test::fixedNow().date();
        const bool reads = mayDo(role, Right::ReadCitizen);
        CHECK_READ(reads, visits.visit(m_visit), result && result->id == m_visit);
        CHECK_READ(reads, visits.history(m_s.citizen, 0, 10), result.size() == 1);
        CHECK_READ(reads, visits.historyCount(m_s.citizen), result == 1);
        // One's own day is one's work; somebody else's is the plan.
        const QString self = m_employee.at(role);
        CHECK_READ(reads, visits.myDay(self, today), result.size() == (self == m_s.nurse ? 1 : 0));
        const QString other = role == Role::Nurse ? m_s.helper : m_s.nurse;
        CHECK_READ(mayDo(role, Right::ReadPlan), visits.myDay(other, today), result.size() == (other == m_s.nurse ? 1 : 0));
    }

    void noteReads_data() { addRoles(); }
    void noteReads()
    {
        QFETCH(Role, role);
        NoteService notes(store(), as(role));
        const bool allowed = mayDo(role, Right::ReadCitizen);
        CHECK_READ(allowed, notes.notesFor(m_s.citizen), result.size() == 1);
        CHECK_READ(allowed, notes.notesForVisit(m_visit), result.size() == 1);
        CHECK_READ(allowed, notes.note(m_note), result && result->id == m_note);
    }

    void grantReads_data() { addRoles(); }
    void grantReads()
    {
        QFETCH(Role, role);
        GrantService grants(store(), ServiceCatalogue::standard(), as(role));
        CHECK_READ(mayDo(role, Right::ReadCitizen), grants.grantsFor(m_s.citizen), result.size() == 1);
    }

    void conflictReads_data() { addRoles(); }
    void conflictReads()
    {
        QFETCH(Role, role);
        Sync::ConflictService conflicts(store(), as(role));
        CHECK_READ(mayDo(role, Right::ReadCitizen), conflicts.open(), result.isEmpty());
    }

    void planReads_data() { addRoles(); }
    void planReads()
    {
        QFETCH(Role, role);
        PlanService plan(store(), as(role));
        const QDate today = Test::fixedNow().date();
        const bool allowed = mayDo(role, Right::ReadPlan);
        CHECK_READ(allowed, plan.dayPlan(m_s.team, today), result.size() == 1);
        CHECK_READ(allowed, plan.continuity(m_s.team, today), result.size() == 1 && result.first().citizenId == m_s.citizen);
    }

    void runListReads_data() { addRoles(); }
    void runListReads()
    {
        QFETCH(Role, role);
        RunListService runLists(store(), ServiceCatalogue::standard(), as(role));
        const QDate today = Test::fixedNow().date();
        const bool allowed = mayDo(role, Right::ReadPlan);
        CHECK_READ(allowed, runLists.runList(today, {}), result.stops.size() == 1);
        CHECK_READ(allowed, runLists.runList(today, m_s.nurse), result.stops.size() == 1);
    }

    // Said outright, as the table above only implies it: the visitator decides grants, not routes,
    // and so is refused the team's plan in every form.
    void theVisitatorMayNotReadThePlan()
    {
        QVERIFY(!mayDo(Role::Visitator, Right::ReadPlan));
        const Actor visitator = as(Role::Visitator);
        const QDate today = Test::fixedNow().date();
        QVERIFY_THROWS_EXCEPTION(AccessDenied, PlanService(store(), visitator).dayPlan(m_s.team, today));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, PlanService(store(), visitator).continuity(m_s.team, today));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, VisitService(store(), visitator).myDay(m_s.nurse, today));
        QVERIFY_THROWS_EXCEPTION(AccessDenied,
                                 RunListService(store(), ServiceCatalogue::standard(), visitator).runList(today, {}));
        QVERIFY_THROWS_EXCEPTION(AccessDenied,
                                 RunListService(store(), ServiceCatalogue::standard(), visitator).runList(today, m_s.nurse));
        // … but still reads the record and their own (empty) day.
        QVERIFY(VisitService(store(), visitator).myDay(m_s.visitator, today).isEmpty());
        QVERIFY(CitizenService(store(), visitator).citizen(m_s.citizen));
    }

    // Each service refuses a role without the right before it touches anything.
    void everyServiceChecks()
    {
        Test::Fixture f;
        const Test::SmallTeam s = f.makeSmallTeam();
        Store &store = *f.store;
        const Actor nurse = Test::signIn(store, s.nurse), helper = Test::signIn(store, s.helper),
                    visitator = Test::signIn(store, s.visitator), planner = Test::signIn(store, s.planner);
        Visit visit;
        visit.citizenId = s.citizen;
        visit.employeeId = s.nurse;
        visit.start = Test::fixedNow();
        visit.minutes = 20;
        const QString visitId = VisitService(store, planner).add(visit);
        const qint64 changes = store.db().scalar("SELECT count(*) FROM change_log");

        Citizen c;
        c.teamId = s.team;
        c.cpr = QStringLiteral("020350-1236");
        c.name = QStringLiteral("Inger Hansen");
        QVERIFY_THROWS_EXCEPTION(AccessDenied, CitizenService(store, helper).add(c));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, VisitService(store, visitator).setStatus(visitId, VisitStatus::Done));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, PlanService(store, nurse).reassign(visitId, s.helper));
        Grant grant;
        grant.citizenId = s.citizen;
        grant.serviceCode = QStringLiteral("x");
        grant.validFrom = Test::fixedNow().date();
        QVERIFY_THROWS_EXCEPTION(AccessDenied, GrantService(store, ServiceCatalogue::standard(), nurse).add(grant));
        VisitNote note;
        note.citizenId = s.citizen;
        note.text = QStringLiteral("Godt humør");
        QVERIFY_THROWS_EXCEPTION(AccessDenied, NoteService(store, visitator).add(note));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, Sync::TeamMembership(store).create(s.team, QStringLiteral("x"), nurse));
        QVERIFY_THROWS_EXCEPTION(
            AccessDenied, RunListService(store, ServiceCatalogue::standard(), visitator).runList(Test::fixedNow().date(), {}));
        QCOMPARE(store.db().scalar("SELECT count(*) FROM change_log"), changes); // nothing was written

        // … and lets a role with it through.
        VisitService(store, helper).setStatus(visitId, VisitStatus::Done);
        NoteService(store, nurse).add(note);
        QVERIFY(store.db().scalar("SELECT count(*) FROM change_log") > changes);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
