// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "change/ChangeService.h"
#include "change/TriageService.h"
#include "task/TaskService.h"

#include <QTest>

using namespace Kvarter;

namespace {
QDateTime cph(int y, int m, int d, int h, int min = 0) { return QDateTime(QDate(y, m, d), QTime(h, min), Clock::teamZone()); }

ChangeReport observed(const QString &citizen, const QStringList &items, std::optional<TriageColour> colour = {})
{
    ChangeReport r;
    r.citizenId = citizen;
    r.items = items;
    r.suggestedColour = colour;
    r.note = QStringLiteral("Spiser kun halvdelen af sin mad og virker træt.");
    return r;
}
} // namespace

// Changes in need and triage in core: the form's rules, colour decisions and their deadlines (with
// the clock injected, in Copenhagen), who may lower red, tasks that are never dropped, the board.
class TestTriage : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> f;
    Test::SmallTeam team;
    QString assistant;

    Actor as(const QString &who) { return Test::signIn(*f->store, who); }
    ChangeService changes(const QString &who) { return ChangeService(*f->store, as(who)); }
    TriageService triage(const QString &who) { return TriageService(*f->store, as(who)); }
    TaskService tasks(const QString &who) { return TaskService(*f->store, as(who)); }
    TriageDecision setColour(const QString &who, TriageColour colour, const QString &why = QStringLiteral("Faldet i nat"))
    {
        return triage(who).decide({ team.citizen, colour, why, {}, {}, {} });
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<Test::Fixture>();
        team = f->makeSmallTeam();
        assistant = TeamService(*f->store).addEmployee(
            { {}, team.team, QStringLiteral("Asta Assistent"), QStringLiteral("AA"), Role::SosuAssistant, {}, true, {} });
    }

    void theChangeFormSaysWhatIsMissingByField()
    {
        ChangeReport empty;
        empty.citizenId = team.citizen;
        try {
            changes(team.helper).report(empty);
            QFAIL("an empty form is refused");
        } catch (const ValidationError &e) {
            QVERIFY(!e.messageFor(QStringLiteral("items")).isEmpty());
        }
        ChangeReport fall = observed(team.citizen, { QStringLiteral("fall"), QStringLiteral("pain") });
        fall.lookBy = { Role::SosuHelper };
        try {
            changes(team.helper).report(fall);
            QFAIL("a fall needs a comment");
        } catch (const ValidationError &e) {
            QVERIFY(!e.messageFor(QStringLiteral("fallComment")).isEmpty());
            QVERIFY(!e.messageFor(QStringLiteral("lookBy")).isEmpty());
        }
        QVERIFY(!ChangeService::validate(observed(team.citizen, { QStringLiteral("sunburn") })).isEmpty());
        fall.fallComment = QStringLiteral("Fundet på badeværelsesgulvet kl. 7, slog hoften.");
        fall.lookBy = { Role::Nurse, Role::Visitator };
        const ChangeReportResult saved = changes(team.helper).report(fall);
        QVERIFY(!saved.decision); // no colour suggested: nothing decided
        const std::optional<ChangeReport> back = changes(team.nurse).report(saved.reportId);
        QVERIFY(back);
        QCOMPARE(back->items, (QStringList { QStringLiteral("fall"), QStringLiteral("pain") }));
        QCOMPARE(back->lookBy, (QList<Role> { Role::Nurse, Role::Visitator }));
        QCOMPARE(back->reportedBy, team.helper);
        QCOMPARE(back->reportedByName, QStringLiteral("Hans Hjælper"));
        QCOMPARE(back->reportedAt, Test::fixedNow());
        QCOMPARE(back->fallComment, fall.fallComment);
        QCOMPARE(triage(team.nurse).colourOf(team.citizen), TriageColour::Green);
    }

    void aSuggestedYellowSetsTheColourWithItsMeetingDeadlineAndTask()
    {
        // Monday 23 November 10:00: the board meets at 12:30 today; instructions due Wednesday 12:30.
        const ChangeReportResult r =
            changes(team.helper).report(observed(team.citizen, { QStringLiteral("appetite") }, TriageColour::Yellow));
        QVERIFY(r.decision);
        QCOMPARE(r.decision->colour, TriageColour::Yellow);
        QCOMPARE(r.decision->previous, TriageColour::Green);
        QCOMPARE(r.decision->decidedBy, team.helper);
        QCOMPARE(r.decision->reportId, r.reportId);
        QCOMPARE(r.decision->meetingAt, cph(2026, 11, 23, 12, 30));
        QCOMPARE(r.decision->dueAt, cph(2026, 11, 25, 12, 30));
        QCOMPARE(triage(team.nurse).colourOf(team.citizen), TriageColour::Yellow);
        // The action instructions go to the citizen's contact person (the nurse in this team).
        const QList<Task> mine = tasks(team.nurse).forEmployee(team.nurse);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().kind, TaskKind::ActionInstructions);
        QCOMPARE(mine.first().dueAt, cph(2026, 11, 25, 12, 30));
        QCOMPARE(mine.first().citizenName, QStringLiteral("Søren Østergaard"));
        QCOMPARE(mine.first().sourceId, r.decision->id);
        QVERIFY(tasks(team.helper).forEmployee(team.helper).isEmpty());

        // Reporting yellow again changes nothing: the colour is yellow already.
        QVERIFY(!changes(team.helper).report(observed(team.citizen, { QStringLiteral("sleep") }, TriageColour::Yellow)).decision);
        QCOMPARE(triage(team.nurse).history(team.citizen).size(), 1);
        QVERIFY_THROWS_EXCEPTION(ValidationError, setColour(team.nurse, TriageColour::Yellow));
    }

    void aMeetingScheduleOfTheTeamMovesNewDeadlinesOnly()
    {
        const TriageDecision before = setColour(team.helper, TriageColour::Yellow);
        QVERIFY_THROWS_EXCEPTION(AccessDenied, triage(team.nurse).setMeetingSchedule({ 9 * 60, { 2, 4 } }));
        QVERIFY_THROWS_EXCEPTION(ValidationError, triage(team.planner).setMeetingSchedule({ 9 * 60, {} }));
        triage(team.planner).setMeetingSchedule({ 9 * 60, { 2, 4 } });
        QCOMPARE(triage(team.nurse).meetingSchedule(), (BoardMeetingSchedule { 9 * 60, { 2, 4 } }));
        QCOMPARE(triage(team.nurse).current(team.citizen)->meetingAt, before.meetingAt); // kept as decided
        setColour(team.helper, TriageColour::Green, QStringLiteral("Spiser igen"));
        const TriageDecision after = setColour(team.helper, TriageColour::Yellow);
        QCOMPARE(after.meetingAt, cph(2026, 11, 24, 9)); // Tuesday 09:00
    }

    void redGivesANurseVisitWithinTwentyFourHoursAcrossSpringForward()
    {
        f->clock.set(cph(2026, 3, 28, 10)); // Saturday before summer time
        const TriageDecision red = setColour(team.helper, TriageColour::Red, QStringLiteral("Høj feber og forvirret"));
        QCOMPARE(red.dueAt, cph(2026, 3, 29, 11)); // 24 elapsed hours: 11:00 summer time
        QVERIFY(!red.meetingAt.isValid());
        // Any nurse sees the task; the helper who raised it does not get it.
        const QString nurse2 = TeamService(*f->store).addEmployee(
            { {}, team.team, QStringLiteral("Nina Sygeplejerske"), QStringLiteral("NS"), Role::Nurse, {}, true, {} });
        for (const QString &nurse : { team.nurse, nurse2 }) {
            const QList<Task> list = tasks(nurse).forEmployee(nurse);
            QCOMPARE(list.size(), 1);
            QCOMPARE(list.first().kind, TaskKind::NurseVisit);
            QCOMPARE(list.first().assigneeRole, Role::Nurse);
            QCOMPARE(list.first().assigneeText(), QStringLiteral("any nurse"));
        }
        QVERIFY(tasks(team.helper).forEmployee(team.helper).isEmpty());
    }

    void yellowDeadlinesAcrossBothDaylightSavingChanges()
    {
        // Friday 27 March 09:00 winter time: today's 12:30 meeting, instructions due Sunday 13:30 summer time.
        f->clock.set(cph(2026, 3, 27, 9));
        TriageDecision d = changes(team.helper)
                               .report(observed(team.citizen, { QStringLiteral("mood") }, TriageColour::Yellow))
                               .decision.value();
        QCOMPARE(d.meetingAt, cph(2026, 3, 27, 12, 30));
        QCOMPARE(d.dueAt, cph(2026, 3, 29, 13, 30));
        QCOMPARE(d.meetingAt.secsTo(d.dueAt), 48 * 3600);
        QCOMPARE(tasks(team.nurse).forEmployee(team.nurse).first().dueAt, cph(2026, 3, 29, 13, 30));
        // Friday 23 October 09:00 summer time: Sunday 25 October 11:30 winter time.
        f->clock.set(cph(2026, 10, 23, 9));
        setColour(team.helper, TriageColour::Green, QStringLiteral("Bedre humør"));
        d = setColour(team.helper, TriageColour::Yellow, QStringLiteral("Trist igen"));
        QCOMPARE(d.dueAt, cph(2026, 10, 25, 11, 30));
        QCOMPARE(d.meetingAt.secsTo(d.dueAt), 48 * 3600);
    }

    void overdueTasksStayOpenCompletableAndSayHowOverdue()
    {
        const TriageDecision red = setColour(team.helper, TriageColour::Red);
        f->clock.advanceSecs(26 * 3600 + 15 * 60); // two hours and a quarter past the 24
        const Board board = triage(team.nurse).board();
        QCOMPARE(board.entries.size(), 1);
        QCOMPARE(board.entries.first().overdueSecs, qint64(2 * 3600 + 15 * 60));
        QCOMPARE(board.overdueCount(), 1);
        const QList<Task> overdue = tasks(team.nurse).forEmployee(team.nurse, { false, true });
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(TriageRules::countdown(overdue.first().dueAt, f->clock.now()), QStringLiteral("2 h 15 min overdue"));
        // Lowering the colour does not drop the overdue visit.
        setColour(team.nurse, TriageColour::Yellow, QStringLiteral("Set af sygeplejerske, feber faldet"));
        QCOMPARE(tasks(team.nurse).forEmployee(team.nurse, { false, true }).size(), 1);
        tasks(team.nurse).complete(overdue.first().id, QStringLiteral("Set kl. 12, feber 37,8"));
        const Task done = *tasks(team.nurse).task(overdue.first().id);
        QVERIFY(done.done());
        QCOMPARE(done.doneBy, team.nurse);
        QCOMPARE(done.overdueSecs(f->clock.now()), 0);
        QVERIFY_THROWS_EXCEPTION(Error, tasks(team.nurse).complete(overdue.first().id));
        QCOMPARE(tasks(team.nurse).forEmployee(team.nurse, { true, false }).size(), 2); // with done ones
        QCOMPARE(red.colour, TriageColour::Red);
    }

    void aRedCitizenSeenByTheNurseSaysSoUntilLowered()
    {
        setColour(team.helper, TriageColour::Red);
        QVERIFY(!triage(team.nurse).board().entries.first().nurseSeenAt.isValid());
        f->clock.advanceSecs(5 * 3600);
        tasks(team.nurse).complete(tasks(team.nurse).forEmployee(team.nurse).first().id);
        const BoardEntry e = triage(team.nurse).board().entries.first();
        QCOMPARE(e.nurseSeenAt, Test::fixedNow().addSecs(5 * 3600));
        QCOMPARE(e.nurseSeenBy, QStringLiteral("Karen Sygeplejerske"));
        QVERIFY(e.tasks.isEmpty());
        QCOMPARE(e.overdueSecs, 0);
    }

    void onlyANurseOrASosuAssistantLowersRed()
    {
        setColour(team.helper, TriageColour::Red);
        QVERIFY_THROWS_EXCEPTION(AccessDenied, setColour(team.helper, TriageColour::Yellow));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, setColour(team.planner, TriageColour::Green));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, setColour(team.visitator, TriageColour::Green));
        QCOMPARE(triage(team.nurse).colourOf(team.citizen), TriageColour::Red);
        setColour(assistant, TriageColour::Yellow, QStringLiteral("Set af SOSU-assistent, drikker igen"));
        // From yellow anyone on the team may set green or red again.
        setColour(team.helper, TriageColour::Red);
        setColour(team.nurse, TriageColour::Green, QStringLiteral("Tilbage til vanlig tilstand"));
        QCOMPARE(triage(team.nurse).colourOf(team.citizen), TriageColour::Green);
        QCOMPARE(triage(team.nurse).history(team.citizen).size(), 4);

        // A helper's suggestion to lower red is kept, and waits on the board for a nurse.
        setColour(team.helper, TriageColour::Red);
        f->clock.advanceSecs(3600);
        const ChangeReportResult r =
            changes(team.helper).report(observed(team.citizen, { QStringLiteral("mood") }, TriageColour::Green));
        QVERIFY(r.suggestionWaits);
        QVERIFY(!r.decision);
        QCOMPARE(triage(team.nurse).colourOf(team.citizen), TriageColour::Red);
        const Board board = triage(team.nurse).board();
        QCOMPARE(board.entries.size(), 1);
        QCOMPARE(board.entries.first().waitingSuggestion, TriageColour::Green);
        QVERIFY(board.entries.first().needsTriage());
    }

    void everyColourChangeSaysWhoWhenAndWhy()
    {
        QVERIFY_THROWS_EXCEPTION(ValidationError, setColour(team.helper, TriageColour::Yellow, QStringLiteral("  ")));
        setColour(team.helper, TriageColour::Yellow, QStringLiteral("Mindre appetit"));
        f->clock.advanceSecs(3600);
        setColour(team.nurse, TriageColour::Red, QStringLiteral("Vægttab 3 kg på en uge"));
        const QList<TriageDecision> history = triage(team.nurse).history(team.citizen);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().colour, TriageColour::Red);
        QCOMPARE(history.first().previous, TriageColour::Yellow);
        QCOMPARE(history.first().decidedByName, QStringLiteral("Karen Sygeplejerske"));
        QCOMPARE(history.first().decidedAt, Test::fixedNow().addSecs(3600));
        QCOMPARE(history.first().reason, QStringLiteral("Vægttab 3 kg på en uge"));
        QCOMPARE(history.last().reason, QStringLiteral("Mindre appetit"));
    }

    void theHistoryIsAppendOnly()
    {
        const ChangeReportResult r =
            changes(team.helper).report(observed(team.citizen, { QStringLiteral("skin") }, TriageColour::Red));
        const QString task = tasks(team.nurse).forEmployee(team.nurse).first().id;
        tasks(team.nurse).complete(task);
        setColour(team.nurse, TriageColour::Yellow, QStringLiteral("Tryksår behandlet"));
        triage(team.helper).recordFollowUp(team.citizen, QStringLiteral("Huden ser bedre ud"));
        Database &db = f->store->db();
        for (const char *table : { "change_report", "triage_decision", "triage_followup", "task", "task_done" }) {
            QVERIFY2(db.scalar(QByteArray("SELECT count(*) FROM ") + table) > 0, table);
            QVERIFY_THROWS_EXCEPTION(Error, db.exec(QByteArray("UPDATE ") + table + " SET _dev = 'x'"));
            QVERIFY_THROWS_EXCEPTION(Error, db.exec(QByteArray("DELETE FROM ") + table));
        }
        QCOMPARE(r.decision->colour, TriageColour::Red);
    }

    void theBoardShowsColoursDeadlinesAndTodaysFollowUp()
    {
        CitizenService citizens(*f->store, as(team.planner));
        Citizen other;
        other.teamId = team.team;
        other.cpr = QStringLiteral("150535-1238");
        other.name = QStringLiteral("Birthe Møller");
        other.address = QStringLiteral("Vestergade 3");
        other.postcode = QStringLiteral("5700");
        other.city = QStringLiteral("Svendborg");
        other.contactPersonId = team.helper;
        const QString birthe = citizens.add(other);
        Citizen quiet = other;
        quiet.cpr = QStringLiteral("020330-1236");
        quiet.name = QStringLiteral("Aage Andersen");
        const QString aage = citizens.add(quiet);

        setColour(team.helper, TriageColour::Yellow, QStringLiteral("Mindre appetit"));
        triage(team.helper).decide({ birthe, TriageColour::Red, QStringLiteral("Åndenød"), {}, {}, {} });
        ChangeReport fresh = observed(aage, { QStringLiteral("seems-different") });
        changes(team.helper).report(fresh); // not triaged yet
        Board board = triage(team.nurse).board();
        QCOMPARE(board.entries.size(), 3);
        QCOMPARE(board.entries[0].citizenName, QStringLiteral("Birthe Møller")); // red first
        QCOMPARE(board.entries[1].colour, TriageColour::Yellow);
        QVERIFY(!board.entries[2].decision);
        QCOMPARE(board.entries[2].newReports, 1);
        QCOMPARE(board.count(TriageColour::Red), 1);
        QCOMPARE(board.nextMeeting, cph(2026, 11, 23, 12, 30));
        const BoardEntry yellow = board.entries[1];
        QCOMPARE(yellow.decision->decidedByName, QStringLiteral("Hans Hjælper"));
        QCOMPARE(yellow.meetingAt, cph(2026, 11, 23, 12, 30));
        QCOMPARE(yellow.tasks.size(), 1);
        QVERIFY(!yellow.followedUpToday);
        QCOMPARE(yellow.followUpDue, cph(2026, 11, 25, 0));

        // The next day's tick; then a day without one makes the follow-up overdue.
        f->clock.set(cph(2026, 11, 24, 9));
        triage(team.helper).recordFollowUp(team.citizen, QStringLiteral("Spiste morgenmad"));
        board = triage(team.nurse).board({ TriageColour::Yellow, {} });
        QCOMPARE(board.entries.size(), 1);
        QVERIFY(board.entries.first().followedUpToday);
        QCOMPARE(board.entries.first().followUpDue, cph(2026, 11, 26, 0));
        QCOMPARE(board.entries.first().overdueSecs, 0);
        f->clock.set(cph(2026, 11, 26, 8));
        board = triage(team.nurse).board({ TriageColour::Yellow, {} });
        QVERIFY(!board.entries.first().followedUpToday);
        QCOMPARE(TriageRules::overdueSecs(board.entries.first().followUpDue, f->clock.now()), qint64(8 * 3600));
        // The entry stands out by its most overdue item: the instructions, due Wednesday 12:30.
        QCOMPARE(board.entries.first().overdueSecs, qint64(19 * 3600 + 30 * 60));
        QVERIFY_THROWS_EXCEPTION(Error, triage(team.helper).recordFollowUp(aage));

        // By nurse: the citizens she is contact person of, or has a task for (hers or any nurse's).
        board = triage(team.nurse).board({ std::nullopt, team.nurse });
        QStringList names;
        for (const BoardEntry &e : board.entries)
            names << e.citizenName;
        QCOMPARE(names, (QStringList { QStringLiteral("Birthe Møller"), QStringLiteral("Søren Østergaard") }));
        board = triage(team.nurse).board({ std::nullopt, team.helper });
        QCOMPARE(board.entries.size(), 2); // Birthe and Aage, whose contact person the helper is
    }

    void aTaskNeedsAnAssigneeATimeAndWhatToDo()
    {
        NewTask t;
        t.citizenId = team.citizen;
        t.source = TaskSource::Meeting;
        try {
            tasks(team.nurse).add(t);
            QFAIL("an empty task is refused");
        } catch (const ValidationError &e) {
            QVERIFY(!e.messageFor(QStringLiteral("title")).isEmpty());
            QVERIFY(!e.messageFor(QStringLiteral("dueAt")).isEmpty());
            QVERIFY(!e.messageFor(QStringLiteral("assignee")).isEmpty());
        }
        t.title = QStringLiteral("Ring til datteren om vægten");
        t.dueAt = cph(2026, 11, 24, 12);
        t.assigneeRole = Role::SosuHelper;
        const QString id = tasks(team.nurse).add(t);
        QCOMPARE(tasks(team.helper).forEmployee(team.helper).first().id, id);
        QCOMPARE(tasks(team.helper).forEmployee(team.helper).first().displayTitle(), t.title);
        QCOMPARE(tasks(team.nurse).openForTeam().size(), 1);
        QCOMPARE(tasks(team.nurse).forCitizen(team.citizen).size(), 1);
        // Another's list is the plan: a visitator may not read it, a planner may.
        QVERIFY_THROWS_EXCEPTION(AccessDenied, tasks(team.visitator).forEmployee(team.helper));
        QCOMPARE(tasks(team.planner).forEmployee(team.helper).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTriage)
#include "tst_triage.moc"
