// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "change/TriageRules.h"
#include "common/Clock.h"

#include <QTest>

using namespace Kvarter;

namespace {
QDateTime cph(int y, int m, int d, int h, int min = 0) { return QDateTime(QDate(y, m, d), QTime(h, min), Clock::teamZone()); }
QTime wallClock(const QDateTime &t) { return t.toTimeZone(Clock::teamZone()).time(); }
} // namespace

// The triage rules on their own, with real dates around the 2026 daylight-saving changes in
// Copenhagen (summer time from Sunday 29 March 02:00, winter time from Sunday 25 October 03:00).
class TestTriageRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redIsTwentyFourElapsedHours()
    {
        const QDateTime normal = cph(2026, 11, 23, 10);
        QCOMPARE(TriageRules::nurseVisitDue(normal), cph(2026, 11, 24, 10));
        QCOMPARE(normal.secsTo(TriageRules::nurseVisitDue(normal)), 24 * 3600);
    }

    void redAcrossSpringForwardShowsOneHourLater()
    {
        // Saturday 10:00 winter time: 24 hours on is Sunday 11:00 summer time.
        const QDateTime decided = cph(2026, 3, 28, 10);
        const QDateTime due = TriageRules::nurseVisitDue(decided);
        QCOMPARE(decided.secsTo(due), 24 * 3600);
        QCOMPARE(due.toTimeZone(Clock::teamZone()).date(), QDate(2026, 3, 29));
        QCOMPARE(wallClock(due), QTime(11, 0));
    }

    void redAcrossFallBackShowsOneHourEarlier()
    {
        const QDateTime decided = cph(2026, 10, 24, 10);
        const QDateTime due = TriageRules::nurseVisitDue(decided);
        QCOMPARE(decided.secsTo(due), 24 * 3600);
        QCOMPARE(due.toTimeZone(Clock::teamZone()).date(), QDate(2026, 10, 25));
        QCOMPARE(wallClock(due), QTime(9, 0));
    }

    void theNextBoardMeetingIsTheFirstWeekdayMeetingAfter()
    {
        const BoardMeetingSchedule weekdays;
        QCOMPARE(weekdays.time(), QTime(12, 30));
        // Before the meeting on a weekday: the same day.
        QCOMPARE(weekdays.nextAfter(cph(2026, 11, 23, 10)), cph(2026, 11, 23, 12, 30));
        // At the meeting itself or after it: the next weekday.
        QCOMPARE(weekdays.nextAfter(cph(2026, 11, 23, 12, 30)), cph(2026, 11, 24, 12, 30));
        // Friday afternoon: Monday. Saturday: Monday.
        QCOMPARE(weekdays.nextAfter(cph(2026, 11, 27, 15)), cph(2026, 11, 30, 12, 30));
        QCOMPARE(weekdays.nextAfter(cph(2026, 11, 28, 9)), cph(2026, 11, 30, 12, 30));
        // The meeting is at 12:30 local time on both sides of a change of time.
        QCOMPARE(wallClock(weekdays.nextAfter(cph(2026, 3, 27, 13))), QTime(12, 30));
        QCOMPARE(weekdays.nextAfter(cph(2026, 3, 27, 13)).toTimeZone(Clock::teamZone()).date(), QDate(2026, 3, 30));

        BoardMeetingSchedule tuesdaysThursdays { 8 * 60 + 45, { 2, 4 } };
        QCOMPARE(tuesdaysThursdays.daysKey(), QStringLiteral("24"));
        QCOMPARE(tuesdaysThursdays.nextAfter(cph(2026, 11, 23, 10)), cph(2026, 11, 24, 8, 45));
        QCOMPARE(tuesdaysThursdays.nextAfter(cph(2026, 11, 24, 9)), cph(2026, 11, 26, 8, 45));
        const BoardMeetingSchedule never { 750, {} };
        QVERIFY(!never.nextAfter(cph(2026, 11, 24, 9)).isValid());
        QCOMPARE(BoardMeetingSchedule::daysFromKey(QStringLiteral("5x1 19")), (QList<int> { 1, 5 }));
    }

    void yellowActionInstructionsAreDueFortyEightHoursAfterTheMeeting()
    {
        const BoardMeetingSchedule weekdays;
        // Yellow on Friday 27 March 09:00: the meeting that day at 12:30 winter time; 48 hours on
        // is Sunday 29 March, 13:30 summer time.
        const QDateTime meeting = weekdays.nextAfter(cph(2026, 3, 27, 9));
        QCOMPARE(meeting, cph(2026, 3, 27, 12, 30));
        const QDateTime due = TriageRules::actionInstructionsDue(meeting);
        QCOMPARE(meeting.secsTo(due), 48 * 3600);
        QCOMPARE(due.toTimeZone(Clock::teamZone()).date(), QDate(2026, 3, 29));
        QCOMPARE(wallClock(due), QTime(13, 30));

        // In October the other way: Friday 23 October 12:30 summer time → Sunday 11:30 winter time.
        const QDateTime autumn = weekdays.nextAfter(cph(2026, 10, 23, 9));
        QCOMPARE(wallClock(TriageRules::actionInstructionsDue(autumn)), QTime(11, 30));
        QCOMPARE(TriageRules::actionInstructionsDue(autumn).toTimeZone(Clock::teamZone()).date(), QDate(2026, 10, 25));

        // An ordinary week: Monday's meeting → Wednesday 12:30.
        QCOMPARE(TriageRules::actionInstructionsDue(cph(2026, 11, 23, 12, 30)), cph(2026, 11, 25, 12, 30));
    }

    void theDailyFollowUpIsDueByTheEndOfTheNextDay()
    {
        // Set yellow (or followed up) Monday: Tuesday needs its own follow-up, due at midnight.
        QCOMPARE(TriageRules::followUpDue(cph(2026, 11, 23, 10)), cph(2026, 11, 25, 0));
        QCOMPARE(TriageRules::followUpDue(cph(2026, 11, 23, 23, 50)), cph(2026, 11, 25, 0));
        // Calendar days in the team's zone: Saturday 28 March 10:00 → Monday 00:00 summer time,
        // 37 elapsed hours since the Sunday between has only 23.
        const QDateTime last = cph(2026, 3, 28, 10);
        const QDateTime due = TriageRules::followUpDue(last);
        QCOMPARE(due, cph(2026, 3, 30, 0));
        QCOMPARE(last.secsTo(due), 37 * 3600);
        QCOMPARE(cph(2026, 10, 24, 10).secsTo(TriageRules::followUpDue(cph(2026, 10, 24, 10))), 39 * 3600);
    }

    void overdueAndCountdowns()
    {
        const QDateTime due = cph(2026, 11, 23, 12);
        QCOMPARE(TriageRules::overdueSecs(due, cph(2026, 11, 23, 11)), 0);
        QCOMPARE(TriageRules::overdueSecs(due, cph(2026, 11, 23, 13, 30)), 90 * 60);
        QCOMPARE(TriageRules::overdueSecs(QDateTime(), cph(2026, 11, 23, 13, 30)), 0);
        QCOMPARE(TriageRules::countdown(due, cph(2026, 11, 23, 8, 40)), QStringLiteral("in 3 h 20 min"));
        QCOMPARE(TriageRules::countdown(due, cph(2026, 11, 23, 13, 30)), QStringLiteral("1 h 30 min overdue"));
        QCOMPARE(TriageRules::countdown(due, cph(2026, 11, 24, 16)), QStringLiteral("1 d 4 h overdue"));
        QCOMPARE(TriageRules::countdown(due, cph(2026, 11, 23, 11, 15)), QStringLiteral("in 45 min"));
    }

    void onlyRedDownwardsIsLoweringFromRed()
    {
        QVERIFY(TriageRules::lowersFromRed(TriageColour::Red, TriageColour::Yellow));
        QVERIFY(TriageRules::lowersFromRed(TriageColour::Red, TriageColour::Green));
        QVERIFY(!TriageRules::lowersFromRed(TriageColour::Yellow, TriageColour::Green));
        QVERIFY(!TriageRules::lowersFromRed(TriageColour::Yellow, TriageColour::Red));
        QCOMPARE(TriageColours::fromKey(QStringLiteral("rød")), TriageColour::Red);
        QCOMPARE(TriageColours::fromKey(QStringLiteral("Yellow")), TriageColour::Yellow);
        QVERIFY(!TriageColours::fromKey(QStringLiteral("blue")));
    }
};

QTEST_GUILESS_MAIN(TestTriageRules)
#include "tst_triagerules.moc"
