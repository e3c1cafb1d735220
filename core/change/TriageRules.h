// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "TriageColour.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace Kvarter {

/// When the team's short triage meeting at the board is held: a time of day in the team's zone on
/// some weekdays. A team setting (TriageService::setMeetingSchedule); the default is 12:30 on
/// weekdays, after the morning round and before the afternoon's.
struct BoardMeetingSchedule
{
    int minuteOfDay = 12 * 60 + 30;
    /// Weekdays as Qt numbers them: 1 = Monday … 7 = Sunday.
    QList<int> days { 1, 2, 3, 4, 5 };

    QTime time() const { return QTime(minuteOfDay / 60, minuteOfDay % 60); }
    /// "12345": how the days are stored.
    QString daysKey() const;
    static QList<int> daysFromKey(const QString &key);
    /// The first meeting strictly after `moment`, at the wall-clock time in the team's zone (a meeting
    /// is at 12:30 whether it is summer or winter time); invalid when no day is set.
    QDateTime nextAfter(const QDateTime &moment) const;
    bool operator==(const BoardMeetingSchedule &) const = default;
};

/// The triage rules of early detection, from the municipal instructions (Skive, Kalundborg, Gribskov)
/// and Sundhedsstyrelsen's model, in one place:
///
/// - green is the citizen's usual state; it has no deadline;
/// - yellow (minor changes) is discussed at the next board meeting after the citizen was set yellow,
///   and the action instructions are due 48 hours after that meeting; while yellow, the citizen is
///   followed up every day: a day (in the team's zone) with no follow-up makes the next one overdue
///   at the end of the following day;
/// - red (a serious change, a risk of admission) means a nurse sees the citizen within 24 hours of
///   the decision.
///
/// Hours are elapsed hours, counted in UTC: across a daylight-saving change a 24-hour deadline shows a
/// wall-clock time one hour later (spring) or earlier (autumn) than the decision's. Days are the
/// team's calendar days. Every change of colour is a decision of its own (TriageService); moving a
/// citizen down from red needs a nurse or a SOSU assistant (Right::LowerFromRed).
class TriageRules final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TriageRules)

public:
    static constexpr int NurseVisitHours = 24;
    static constexpr int ActionInstructionHours = 48;

    /// Red: the nurse's visit is due 24 elapsed hours after the decision.
    static QDateTime nurseVisitDue(const QDateTime &decidedAt);
    /// Yellow: the action instructions are due 48 elapsed hours after the board meeting.
    static QDateTime actionInstructionsDue(const QDateTime &meetingAt);
    /// Yellow: the next daily follow-up after `last` (the last follow-up, or the decision itself) is
    /// due by the end of the next calendar day in the team's zone (midnight, local time).
    static QDateTime followUpDue(const QDateTime &last);
    /// Whether going from `from` to `to` moves the citizen down from red (needs Right::LowerFromRed).
    static bool lowersFromRed(TriageColour from, TriageColour to) { return from == TriageColour::Red && to != TriageColour::Red; }
    /// Seconds by which `due` has passed at `now`; 0 when it has not.
    static qint64 overdueSecs(const QDateTime &due, const QDateTime &now);
    /// "in 3 h 20 min", "2 h 5 min overdue", "1 d 4 h overdue": a countdown for the board.
    static QString countdown(const QDateTime &due, const QDateTime &now);
    /// A length of time in days, hours and minutes ("1 d 2 h", "45 min").
    static QString duration(qint64 secs);
};

} // namespace Kvarter
