// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Agenda.h"
#include "access/Actor.h"
#include "common/Error.h"
#include "task/Task.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class Store;

/// "Who does what by when", agreed at the meeting: becomes a follow-up task (TaskSource::Meeting).
struct MinutesAction
{
    QString text;
    QDateTime dueAt;
    QString assigneeId;
    std::optional<Role> assigneeRole;
};

/// What the meeting decided about one citizen on the agenda.
struct MinutesEntry
{
    QString citizenId;
    QString decision;
    std::optional<MinutesAction> action;
};

/// One recorded item of the minutes, with the task it made (if any).
struct MinutesItem
{
    QString id;
    QString citizenId;
    QString citizenName;
    QString cpr;
    QString decision;
    QString taskId;
    QString writtenBy;
    QString writtenByName;
    QDateTime writtenAt;
};

/// The minutes of a team's meeting on a date: who took part (everyone any laptop recorded) and the
/// items in the order they were written (written_at, then Lamport order and id: the same everywhere).
struct Minutes
{
    QDate date;
    QStringList participantIds;
    QStringList participantNames;
    QList<MinutesItem> items;
};

/// The team meeting (Svendborg's interdisciplinary meeting around the triage board): its agenda
/// built from the board, open escalations and continuity, and its minutes kept in the team's record.
/// Minutes are append-only synced rows (meeting, meeting_item), so two laptops that write minutes of
/// the same meeting apart keep both and show the same minutes after a sync.
class MeetingService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::MeetingService)

public:
    static constexpr int ContinuityDays = 14;

    MeetingService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// The agenda of the actor's team for `date` (Right::ReadCitizen): reds, yellows, new changes
    /// not triaged, open escalations to the visitator, citizens whose continuity fell; each item says
    /// why. Order: by the first reason (red first), then by name.
    Agenda agenda(const QDate &date);

    /// Records that the meeting on `date` was held with these employees (the actor always takes
    /// part); Right::Triage. Returns the row's id. Throws ValidationError ("participants", "date").
    QString recordMeeting(const QDate &date, const QStringList &participantIds);
    /// Writes one item of the minutes (Right::Triage: whoever may triage may write minutes), and
    /// its action as a follow-up task in the same write. A meeting row with the actor as
    /// participant is written first when this laptop has none for the date. Throws ValidationError
    /// (fields "citizen", "decision", "title", "dueAt", "assignee", "date").
    MinutesItem addItem(const QDate &date, const MinutesEntry &entry);
    Minutes minutes(const QDate &date);

    /// Different staff per citizen of the team in the 14 days before `date` and the 14 before those
    /// (visits done or planned with somebody on them; the meeting day itself is not counted).
    static QList<ContinuityChange> continuity(Store &store, const QString &teamId, const QDate &date);

private:
    QString actorTeam();
    void addEscalations(Agenda &agenda, QHash<QString, qsizetype> &index);
    void addContinuity(Agenda &agenda, QHash<QString, qsizetype> &index);
    AgendaItem &itemFor(Agenda &agenda, QHash<QString, qsizetype> &index, const QString &citizenId, const QString &name,
                        const QString &cpr);
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
