// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncTeam.h"
#include "meeting/MeetingService.h"
#include "sync/StateHash.h"
#include "task/TaskService.h"

#include <QTest>

using namespace Kvarter;

// Minutes written on two laptops apart (the nurse's and the helper's, in the same meeting with the
// network down): every item and every participant arrive everywhere, in one order, with their tasks.
class TestMeetingSync : public QObject
{
    Q_OBJECT

    static MeetingService meetings(Test::Laptop &l, const QString &who)
    {
        return MeetingService(*l.store, Test::signIn(*l.store, who));
    }

private Q_SLOTS:
    void twoLaptopsWritingMinutesApartConverge()
    {
        Test::SyncTeam t;
        t.syncAll();
        const QDate day = Test::fixedNow().date();
        const QString citizen = t.people.citizen;
        meetings(*t.b, t.people.helper).recordMeeting(day, { t.people.planner });
        const MinutesItem onB =
            meetings(*t.b, t.people.helper)
                .addItem(
                    day,
                    { citizen, QStringLiteral("Væskeskema i tre døgn."),
                      MinutesAction { QStringLiteral("Start væskeskema"), Test::fixedNow().addDays(1), t.people.helper, {} } });
        t.c->clock.advanceSecs(300);
        const MinutesItem onC =
            meetings(*t.c, t.people.nurse)
                .addItem(day,
                         { citizen, QStringLiteral("Sygeplejerske ser hælen."),
                           MinutesAction { QStringLiteral("Se på hælen"), Test::fixedNow().addDays(2), {}, Role::Nurse } });
        QCOMPARE(meetings(*t.b, t.people.nurse).minutes(day).items.size(), 1);
        t.syncAll();
        QCOMPARE(Sync::StateHash::of(*t.b->store), Sync::StateHash::of(*t.c->store));
        QCOMPARE(Sync::StateHash::of(*t.a->store), Sync::StateHash::of(*t.b->store));
        for (Test::Laptop *l : { t.a.get(), t.b.get(), t.c.get() }) {
            const Minutes m = meetings(*l, t.people.nurse).minutes(day);
            QCOMPARE(m.items.size(), 2);
            QCOMPARE(m.items.at(0).id, onB.id);
            QCOMPARE(m.items.at(1).id, onC.id);
            QCOMPARE(m.participantIds, (QStringList { t.people.helper, t.people.planner, t.people.nurse }));
            const QList<Task> nurse = TaskService(*l->store, Test::signIn(*l->store, t.people.nurse)).forEmployee(t.people.nurse);
            QCOMPARE(nurse.size(), 1);
            QCOMPARE(nurse.first().sourceId, onC.id);
            QCOMPARE(TaskService(*l->store, Test::signIn(*l->store, t.people.helper)).forEmployee(t.people.helper).size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestMeetingSync)
#include "tst_meetingsync.moc"
