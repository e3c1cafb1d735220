// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "change/ChangeService.h"
#include "change/TriageService.h"
#include "common/Id.h"
#include "meeting/MeetingService.h"
#include "task/TaskService.h"
#include "visit/VisitService.h"

#include <QTest>

using namespace Kvarter;

// The team meeting in core: the agenda's sources each with their reason (and nothing else), the
// continuity rule, minutes that make tasks for the assignee, and minutes that cannot be edited.
class TestMeeting : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> f;
    Test::SmallTeam team;
    QString assistant;
    QDate meetingDay = Test::fixedNow().date(); // Monday 23 November 2026

    Actor as(const QString &who) { return Test::signIn(*f->store, who); }
    MeetingService meetings(const QString &who) { return MeetingService(*f->store, as(who)); }

    QString citizen(const QString &name, const QString &cpr)
    {
        Citizen c;
        c.teamId = team.team;
        c.cpr = cpr;
        c.name = name;
        c.address = QStringLiteral("Møllergade 14");
        c.postcode = QStringLiteral("5700");
        c.city = QStringLiteral("Svendborg");
        return CitizenService(*f->store, as(team.planner)).add(c);
    }
    // One visit by `who` `daysBefore` the meeting day, at an hour of its own so nobody is double-booked.
    void visit(const QString &citizenId, const QString &who, int daysBefore, int hour)
    {
        Visit v;
        v.citizenId = citizenId;
        v.employeeId = who;
        v.start = QDateTime(meetingDay.addDays(-daysBefore), QTime(hour, 0), Clock::teamZone());
        v.minutes = 20;
        VisitService(*f->store, as(team.planner)).add(v);
    }
    // An escalation written as DecisionService writes one (and, optionally, the visitator's answer).
    void escalate(const QString &citizenId, const QString &answeredBy = {})
    {
        const QString id = Id::create();
        const auto row = [&](const QString &outcome, const QVariant &answers, const QString &by) {
            return Fields { { "case_number", QStringLiteral("S-1") },
                            { "citizen_id", citizenId },
                            { "team_id", team.team },
                            { "grant_id", QStringLiteral("g1") },
                            { "change", QStringLiteral("change") },
                            { "action", QStringLiteral("increase") },
                            { "service_code", QStringLiteral("1.2") },
                            { "kind", QStringLiteral("minutes") },
                            { "valid_from", QStringLiteral("2026-11-20") },
                            { "outcome", outcome },
                            { "frame_note", QStringLiteral("Over rammen for sygeplejersker") },
                            { "escalated_to", team.visitator },
                            { "answers_id", answers },
                            { "decided_by", by },
                            { "decided_at", Test::fixedNow().addDays(-2).toSecsSinceEpoch() } };
        };
        f->store->write(team.nurse, [&] {
            f->store->insert("decision", id, row(QStringLiteral("escalated"), QVariant(), team.nurse));
            if (!answeredBy.isEmpty())
                f->store->insert("decision", Id::create(), row(QStringLiteral("decided"), id, answeredBy));
        });
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<Test::Fixture>();
        team = f->makeSmallTeam();
        assistant = TeamService(*f->store).addEmployee(
            { {}, team.team, QStringLiteral("Asta Assistent"), QStringLiteral("AA"), Role::SosuAssistant, {}, true, {} });
    }

    void theAgendaHasEachSourceWithItsReasonAndNothingElse()
    {
        const QString red = team.citizen;
        const QString yellow = citizen(QStringLiteral("Yrsa Gul"), QStringLiteral("020340-1111"));
        const QString fresh = citizen(QStringLiteral("Niels Ny"), QStringLiteral("030440-2222"));
        const QString escalated = citizen(QStringLiteral("Erik Eskaleret"), QStringLiteral("040540-3333"));
        const QString answered = citizen(QStringLiteral("Asger Afgjort"), QStringLiteral("050640-4444"));
        const QString fell = citizen(QStringLiteral("Frida Faldet"), QStringLiteral("060740-1555"));
        const QString steady = citizen(QStringLiteral("Svend Stabil"), QStringLiteral("070840-1666"));
        const QString green = citizen(QStringLiteral("Grethe Grøn"), QStringLiteral("080940-1777"));

        TriageService(*f->store, as(team.nurse)).decide({ red, TriageColour::Red, QStringLiteral("Faldet i nat"), {}, {}, {} });
        TriageService(*f->store, as(team.nurse))
            .decide({ yellow, TriageColour::Yellow, QStringLiteral("Spiser mindre"), {}, {}, {} });
        TriageService(*f->store, as(team.nurse)).decide({ green, TriageColour::Yellow, QStringLiteral("Lidt træt"), {}, {}, {} });
        TriageService(*f->store, as(team.nurse))
            .decide({ green, TriageColour::Green, QStringLiteral("Som hun plejer igen"), {}, {}, {} });
        ChangeReport report;
        report.citizenId = fresh;
        report.items = { QStringLiteral("appetite") };
        report.note = QStringLiteral("Rører ikke maden.");
        ChangeService(*f->store, as(team.helper)).report(report);
        escalate(escalated);
        escalate(answered, team.visitator);
        // Frida: one helper before, three people in the last 14 days. Svend: two and two.
        visit(fell, team.helper, 20, 8);
        visit(fell, team.helper, 18, 8);
        visit(fell, team.helper, 10, 8);
        visit(fell, team.nurse, 8, 9);
        visit(fell, assistant, 3, 10);
        visit(steady, team.helper, 25, 11);
        visit(steady, assistant, 17, 11);
        visit(steady, team.helper, 5, 11);
        visit(steady, assistant, 2, 11);

        const Agenda agenda = meetings(team.helper).agenda(meetingDay);
        QCOMPARE(agenda.date, meetingDay);
        QStringList ids;
        for (const AgendaItem &i : agenda.items)
            ids << i.citizenId;
        // Red first, then yellow, new change, escalation, continuity; the rest is not on it.
        QCOMPARE(ids, (QStringList { red, yellow, fresh, escalated, fell }));
        const auto only = [&](const QString &id, AgendaReason reason, const QString &words) {
            const AgendaItem *item = agenda.item(id);
            QVERIFY(item);
            QCOMPARE(item->reasons.size(), 1);
            QCOMPARE(item->reasons.first().reason, reason);
            QVERIFY2(item->reasons.first().why.contains(words), qPrintable(item->reasons.first().why));
        };
        only(red, AgendaReason::Red, QStringLiteral("Faldet i nat"));
        only(yellow, AgendaReason::Yellow, QStringLiteral("Spiser mindre"));
        only(fresh, AgendaReason::NewChange, QStringLiteral("Hans Hjælper"));
        only(escalated, AgendaReason::Escalation, QStringLiteral("Vera Visitator"));
        only(fell, AgendaReason::ContinuityFell,
             QStringLiteral("3 different staff in the last 14 days, 1 in the 14 days before"));
        QCOMPARE(agenda.item(fresh)->cpr, QStringLiteral("0304402222"));
        QCOMPARE(agenda.item(fell)->citizenName, QStringLiteral("Frida Faldet"));
        QCOMPARE(agenda.count(AgendaReason::Escalation), 1);
        QVERIFY(!agenda.item(answered) && !agenda.item(steady) && !agenda.item(green));

        // A new change about a yellow citizen adds its reason to the same item.
        report.citizenId = yellow;
        f->clock.advanceSecs(600); // after the decision
        ChangeService(*f->store, as(team.helper)).report(report);
        const AgendaItem *both = meetings(team.helper).agenda(meetingDay).item(yellow);
        QVERIFY(both);
        QCOMPARE(both->reasons.size(), 2);
        QVERIFY(both->has(AgendaReason::Yellow) && both->has(AgendaReason::NewChange));
    }

    void continuityFallsOnlyWithMoreDifferentStaffThanTheFourteenDaysBefore()
    {
        const QString more = citizen(QStringLiteral("Mere"), QStringLiteral("020340-1111"));
        const QString same = citizen(QStringLiteral("Samme"), QStringLiteral("030440-2222"));
        const QString fewer = citizen(QStringLiteral("Færre"), QStringLiteral("040540-3333"));
        const QString newcomer = citizen(QStringLiteral("Ny"), QStringLiteral("050640-4444"));
        visit(more, team.helper, 28, 8); // first day of the earlier window
        visit(more, team.helper, 14, 8); // first day of the last window
        visit(more, team.nurse, 1, 8);   // the day before the meeting
        visit(more, assistant, 0, 12);   // the meeting day itself does not count
        visit(same, team.helper, 20, 9);
        visit(same, team.helper, 5, 9);
        visit(fewer, team.helper, 20, 10);
        visit(fewer, team.nurse, 19, 10);
        visit(fewer, team.helper, 4, 10);
        visit(newcomer, team.helper, 6, 11);
        visit(newcomer, team.nurse, 5, 11);
        visit(more, assistant, 29, 13); // before both windows

        QHash<QString, ContinuityChange> byId;
        for (const ContinuityChange &c : MeetingService::continuity(*f->store, team.team, meetingDay))
            byId.insert(c.citizenId, c);
        QCOMPARE(byId.value(more).staffBefore, 1);
        QCOMPARE(byId.value(more).staffLast, 2);
        QVERIFY(byId.value(more).fell());
        QVERIFY(!byId.value(same).fell());
        QCOMPARE(byId.value(fewer).staffBefore, 2);
        QVERIFY(!byId.value(fewer).fell());
        QCOMPARE(byId.value(newcomer).staffBefore, 0);
        QCOMPARE(byId.value(newcomer).staffLast, 2);
        QVERIFY(!byId.value(newcomer).fell()); // nothing to compare with
    }

    void minutesMakeTasksThatShowForTheAssignee()
    {
        MeetingService m = meetings(team.helper);
        m.recordMeeting(meetingDay, { team.nurse, assistant });
        const QDateTime due = Test::fixedNow().addDays(2);
        const MinutesItem withTask = m.addItem(meetingDay,
                                               { team.citizen, QStringLiteral("Væskeskema i tre døgn."),
                                                 MinutesAction { QStringLiteral("Start væskeskema"), due, assistant, {} } });
        const MinutesItem forRole =
            m.addItem(meetingDay,
                      { team.citizen, QStringLiteral("Sygeplejerske vurderer tryksår."),
                        MinutesAction { QStringLiteral("Se på hælen"), due.addDays(1), {}, Role::Nurse } });
        const MinutesItem noTask = m.addItem(meetingDay, { team.citizen, QStringLiteral("Drøftet, intet at gøre."), {} });
        QVERIFY(!withTask.taskId.isEmpty() && !forRole.taskId.isEmpty());
        QVERIFY(noTask.taskId.isEmpty());

        const QList<Task> mine = TaskService(*f->store, as(assistant)).forEmployee(assistant);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().id, withTask.taskId);
        QCOMPARE(mine.first().source, TaskSource::Meeting);
        QCOMPARE(mine.first().sourceId, withTask.id);
        QCOMPARE(mine.first().title, QStringLiteral("Start væskeskema"));
        QCOMPARE(mine.first().dueAt, due);
        QCOMPARE(mine.first().citizenId, team.citizen);
        const QList<Task> nurse = TaskService(*f->store, as(team.nurse)).forEmployee(team.nurse);
        QCOMPARE(nurse.size(), 1);
        QCOMPARE(nurse.first().id, forRole.taskId);
        QVERIFY(TaskService(*f->store, as(team.helper)).forEmployee(team.helper).isEmpty());

        const Minutes minutes = meetings(team.nurse).minutes(meetingDay);
        QCOMPARE(minutes.participantIds, (QStringList { team.helper, team.nurse, assistant }));
        QCOMPARE(minutes.participantNames.first(), QStringLiteral("Hans Hjælper"));
        QCOMPARE(minutes.items.size(), 3);
        QCOMPARE(minutes.items.first().decision, QStringLiteral("Væskeskema i tre døgn."));
        QCOMPARE(minutes.items.first().taskId, withTask.taskId);
        QCOMPARE(minutes.items.first().cpr, QStringLiteral("0102401234"));
        QVERIFY(meetings(team.nurse).minutes(meetingDay.addDays(1)).items.isEmpty());
    }

    void minutesAreValidatedAndNeedTheRightToTriage()
    {
        MeetingService m = meetings(team.helper);
        try {
            m.addItem(meetingDay, { team.citizen, QStringLiteral("  "), MinutesAction { {}, {}, {}, {} } });
            QFAIL("an empty item is refused");
        } catch (const ValidationError &e) {
            QVERIFY(!e.messageFor(QStringLiteral("decision")).isEmpty());
            QVERIFY(!e.messageFor(QStringLiteral("title")).isEmpty());
            QVERIFY(!e.messageFor(QStringLiteral("dueAt")).isEmpty());
            QVERIFY(!e.messageFor(QStringLiteral("assignee")).isEmpty());
        }
        QVERIFY(m.minutes(meetingDay).items.isEmpty());
        QVERIFY(Access::allows(Role::SosuHelper, Right::Triage)); // the helper at the board may write them
    }

    void minutesAreAppendOnly()
    {
        const MinutesItem item = meetings(team.helper).addItem(meetingDay, { team.citizen, QStringLiteral("Aftalt."), {} });
        for (const QByteArray &sql :
             { QByteArray("UPDATE meeting_item SET decision = 'x'"), QByteArray("DELETE FROM meeting_item"),
               QByteArray("UPDATE meeting SET participants = ''"), QByteArray("DELETE FROM meeting") }) {
            bool refused = false;
            try {
                f->store->db().exec(sql);
            } catch (const std::exception &) {
                refused = true;
            }
            QVERIFY2(refused, sql.constData());
        }
        QCOMPARE(meetings(team.helper).minutes(meetingDay).items.first().decision, QStringLiteral("Aftalt."));
        QCOMPARE(meetings(team.helper).minutes(meetingDay).items.first().id, item.id);
    }
};

QTEST_GUILESS_MAIN(TestMeeting)
#include "tst_meeting.moc"
