// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncTeam.h"
#include "change/ChangeService.h"
#include "change/TriageService.h"
#include "sync/StateHash.h"
#include "task/TaskService.h"

#include <QTest>

using namespace Kvarter;

// Triage on laptops that are apart (a home visit without network): what each decided arrives on
// the others, nothing is dropped, and every laptop shows the same colour afterwards.
class TestTriageSync : public QObject
{
    Q_OBJECT

    static TriageService triage(Test::Laptop &l, const QString &who)
    {
        return TriageService(*l.store, Test::signIn(*l.store, who));
    }
    static TaskService tasks(Test::Laptop &l, const QString &who) { return TaskService(*l.store, Test::signIn(*l.store, who)); }

private Q_SLOTS:
    void twoLaptopsThatTriageTheSameCitizenApartConvergeBothDecisionsKept()
    {
        Test::SyncTeam t;
        t.syncAll();
        const QString citizen = t.people.citizen;
        // Apart: on laptop B the helper reports a change and sets yellow at 10:00; on laptop C, an
        // hour later by its clock, the nurse sets red after a fall.
        ChangeReport report;
        report.citizenId = citizen;
        report.items = { QStringLiteral("appetite"), QStringLiteral("drinking") };
        report.note = QStringLiteral("Har næsten ikke drukket siden i går.");
        report.suggestedColour = TriageColour::Yellow;
        const ChangeReportResult onB = ChangeService(*t.b->store, Test::signIn(*t.b->store, t.people.helper)).report(report);
        QVERIFY(onB.decision);
        t.c->clock.advanceSecs(3600);
        const TriageDecision onC =
            triage(*t.c, t.people.nurse)
                .decide({ citizen, TriageColour::Red, QStringLiteral("Faldet, svimmel og bleg"), {}, {}, {} });
        QCOMPARE(triage(*t.b, t.people.nurse).colourOf(citizen), TriageColour::Yellow);
        QCOMPARE(triage(*t.c, t.people.nurse).colourOf(citizen), TriageColour::Red);

        QStringList announced;
        connect(t.b->store.get(), &Store::changed, this, [&](const QStringList &entities) { announced << entities; });
        t.syncAll();
        QVERIFY2(TriageService::affectsBoard(announced), qPrintable(announced.join(QLatin1Char(' '))));
        QVERIFY(!TriageService::affectsBoard({ QStringLiteral("visit"), QStringLiteral("access_log") }));
        QCOMPARE(Sync::StateHash::of(*t.b->store), Sync::StateHash::of(*t.c->store));
        QCOMPARE(Sync::StateHash::of(*t.a->store), Sync::StateHash::of(*t.b->store));
        for (Test::Laptop *l : { t.a.get(), t.b.get(), t.c.get() }) {
            TriageService s = triage(*l, t.people.nurse);
            const QList<TriageDecision> history = s.history(citizen);
            QCOMPARE(history.size(), 2); // both kept
            QCOMPARE(history.first().id, onC.id);
            QCOMPARE(history.last().id, onB.decision->id);
            QCOMPARE(s.colourOf(citizen), TriageColour::Red); // the later decision is in force
            // Both follow-up tasks are there: the yellow's instructions and the red's visit.
            QCOMPARE(tasks(*l, t.people.nurse).forCitizen(citizen).size(), 2);
            const Board board = s.board();
            QCOMPARE(board.entries.size(), 1);
            QCOMPARE(board.entries.first().colour, TriageColour::Red);
            QCOMPARE(board.entries.first().decision->decidedByName, QStringLiteral("Karen Sygeplejerske"));
            QCOMPARE(board.entries.first().latestReport->id, onB.reportId);
        }
    }

    void decisionsInTheSameSecondAgreeOnEveryLaptop()
    {
        Test::SyncTeam t;
        t.syncAll();
        const QString citizen = t.people.citizen;
        const TriageDecision onB =
            triage(*t.b, t.people.helper).decide({ citizen, TriageColour::Yellow, QStringLiteral("Træt"), {}, {}, {} });
        const TriageDecision onC =
            triage(*t.c, t.people.helper).decide({ citizen, TriageColour::Red, QStringLiteral("Åndenød"), {}, {}, {} });
        QCOMPARE(onB.decidedAt, onC.decidedAt);
        t.syncAll();
        const TriageColour onA = triage(*t.a, t.people.nurse).colourOf(citizen);
        QVERIFY(onA == TriageColour::Yellow || onA == TriageColour::Red);
        for (Test::Laptop *l : { t.b.get(), t.c.get() }) {
            QCOMPARE(triage(*l, t.people.nurse).colourOf(citizen), onA);
            QCOMPARE(triage(*l, t.people.nurse).history(citizen).size(), 2);
        }
    }

    void aTaskCompletedOnTwoLaptopsApartIsDoneOnceWithBothKept()
    {
        Test::SyncTeam t;
        t.syncAll();
        triage(*t.a, t.people.helper).decide({ t.people.citizen, TriageColour::Red, QStringLiteral("Feber"), {}, {}, {} });
        t.syncAll();
        const QString task = tasks(*t.b, t.people.nurse).forEmployee(t.people.nurse).first().id;
        t.c->clock.advanceSecs(600);
        tasks(*t.c, t.people.nurse).complete(task, QStringLiteral("Set, ringet til lægen"));
        t.b->clock.advanceSecs(1200);
        tasks(*t.b, t.people.nurse).complete(task, QStringLiteral("Set"));
        t.syncAll();
        for (Test::Laptop *l : { t.a.get(), t.b.get(), t.c.get() }) {
            QCOMPARE(l->store->db().scalar("SELECT count(*) FROM task_done"), 2);
            const Task done = *tasks(*l, t.people.nurse).task(task);
            QCOMPARE(done.doneNote, QStringLiteral("Set, ringet til lægen")); // the first completion counts
            QVERIFY(tasks(*l, t.people.nurse).forEmployee(t.people.nurse).isEmpty());
        }
    }

    void aNewMeetingTimeTravelsWithTheTeam()
    {
        Test::SyncTeam t;
        t.syncAll();
        triage(*t.a, t.people.planner).setMeetingSchedule({ 8 * 60 + 45, { 1, 3, 5 } });
        t.syncAll();
        QCOMPARE(triage(*t.c, t.people.helper).meetingSchedule(), (BoardMeetingSchedule { 8 * 60 + 45, { 1, 3, 5 } }));
    }
};

QTEST_GUILESS_MAIN(TestTriageSync)
#include "tst_triagesync.moc"
