// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "ChangeReport.h"
#include "TriageRules.h"
#include "task/Task.h"

#include <QDateTime>
#include <optional>

namespace Kvarter {

class Store;

/// Which citizens the board shows.
struct BoardFilter
{
    std::optional<TriageColour> colour;
    /// Citizens whose contact person this nurse is, or who have an open task for her or her role.
    QString nurseId;
};

/// One citizen on the triage board: the colour with who set it, when and why, the deadlines and
/// what is overdue.
struct BoardEntry
{
    QString citizenId;
    QString citizenName;
    QString cpr;
    QString contactPersonId;
    QString contactPersonName;
    TriageColour colour = TriageColour::Green;
    /// The decision in force; absent for a citizen with a new change not triaged yet.
    std::optional<TriageDecision> decision;
    /// The newest change report (of the last 14 days) and how many came after the decision.
    std::optional<ChangeReport> latestReport;
    int newReports = 0;
    /// An observer's suggestion that waits for somebody allowed to set it (lowering red).
    std::optional<TriageColour> waitingSuggestion;
    /// Open tasks about the citizen (red's nurse visit, yellow's action instructions, actions).
    QList<Task> tasks;
    /// Red: when the nurse's visit was done and by whom (invalid while it is still to come).
    QDateTime nurseSeenAt;
    QString nurseSeenBy;
    /// Yellow: the board meeting, the daily follow-up.
    QDateTime meetingAt;
    QDateTime lastFollowUp;
    QDateTime followUpDue;
    bool followedUpToday = false;
    /// The most overdue open deadline, in seconds (0 when nothing is overdue).
    qint64 overdueSecs = 0;

    bool needsTriage() const { return !decision || newReports > 0 || waitingSuggestion.has_value(); }
};

struct Board
{
    QDateTime builtAt;
    QDateTime nextMeeting;
    QList<BoardEntry> entries;
    int count(TriageColour colour) const;
    int overdueCount() const;
};

/// Builds the board from the store in a few queries (the bench keeps it under 50 ms on a section).
/// Reds first, then yellows, then new changes not yet triaged; within each, the most overdue first.
class TriageBoard final
{
public:
    static constexpr int NewReportDays = 14;
    TriageBoard(Store &store, const QString &teamId, const QDateTime &nextMeeting)
        : m_store(store), m_teamId(teamId), m_nextMeeting(nextMeeting)
    {
    }
    Board build(const BoardFilter &filter);

private:
    Store &m_store;
    QString m_teamId;
    QDateTime m_nextMeeting;
};

} // namespace Kvarter
