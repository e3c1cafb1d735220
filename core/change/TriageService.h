// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "ChangeReport.h"
#include "TriageBoard.h"
#include "TriageRules.h"
#include "access/Actor.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class Store;

/// A colour to set, why, and (optionally) who gets the follow-up task the colour brings.
struct TriageRequest
{
    QString citizenId;
    TriageColour colour = TriageColour::Green;
    QString reason;
    QString reportId;
    /// The task's assignee; by default a red citizen's visit goes to any nurse and a yellow citizen's
    /// action instructions to the citizen's contact person (any nurse when there is none).
    QString assigneeId;
    std::optional<Role> assigneeRole;
};

/// Triage: the colour of each citizen, set by recorded decisions (who, when, why), the deadlines the
/// rules give (TriageRules) as follow-up tasks, the daily follow-up of yellow citizens and the board.
/// Decisions are append-only and synced; the colour in force is the latest decision (decided_at, then
/// the later write by Lamport order, then the larger id), so two laptops that triage one citizen apart keep both and agree after
/// a sync.
class TriageService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TriageService)

public:
    TriageService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// Sets a colour now (Right::Triage; Right::LowerFromRed to move down from red). With yellow or red
    /// it adds the follow-up task. Throws ValidationError (fields "reason", "colour", "citizen").
    TriageDecision decide(const TriageRequest &request);
    /// The colour in force (green when the citizen was never triaged).
    TriageColour colourOf(const QString &citizenId);
    std::optional<TriageDecision> current(const QString &citizenId);
    /// Every colour decision about the citizen, newest first (the history the board's "why" comes from).
    QList<TriageDecision> history(const QString &citizenId);
    /// Ticks today's follow-up of a yellow (or red) citizen; returns its id. Throws Error for a green one.
    QString recordFollowUp(const QString &citizenId, const QString &note = {});
    /// The last follow-up of a decision, or invalid.
    QDateTime lastFollowUp(const QString &decisionId);

    /// The team's board meeting (a team setting; 12:30 Monday–Friday unless changed).
    BoardMeetingSchedule meetingSchedule();
    /// Changes it (Right::Plan: the planner or team leader arranges the team's day). Past decisions keep
    /// the meeting they were given.
    void setMeetingSchedule(const BoardMeetingSchedule &schedule);

    /// The triage board of the actor's team (Right::ReadCitizen).
    Board board(const BoardFilter &filter = {});

    /// Whether a write to `entities` (Session::changed, local or by sync) can change the board or a
    /// task list, so the board page and My day refresh on exactly those.
    static bool affectsBoard(const QStringList &entities);

    /// Whether the actor may set `to` on a citizen now `from` (the rule of Right::LowerFromRed).
    bool maySet(TriageColour from, TriageColour to) const;

    /// Decisions read straight from the store (the board's and the bench's reader); `where` binds `arguments`.
    static QList<TriageDecision> readDecisions(Store &store, const QByteArray &where, const QList<QVariant> &arguments);

private:
    QString actorTeam();
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
