// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "ChangeItems.h"
#include "TriageColour.h"
#include "team/Role.h"

#include <QDateTime>
#include <QStringList>
#include <optional>

namespace Kvarter {

/// One filled-in change form (ændringsskema): what the observer saw change from the citizen's usual
/// state, their colour suggestion and who should look. Append-only: a later observation is a new report.
struct ChangeReport
{
    QString id;
    QString citizenId;
    /// The visit it was noticed on, when reported from a visit card.
    QString visitId;
    /// Item keys (ChangeItems::key); a newer Kvarter's unknown key is kept and shown as it is.
    QStringList items;
    /// What happened, when a fall is reported (required then).
    QString fallComment;
    QString note;
    std::optional<TriageColour> suggestedColour;
    /// Who should look at the citizen (nurse, visitator, therapist).
    QList<Role> lookBy;

    // Read back only:
    QString reportedBy;
    QString reportedByName;
    QDateTime reportedAt;

    bool has(ChangeItem item) const { return items.contains(ChangeItems::key(item)); }
    /// The items' names, joined for a line of text.
    QString itemNames() const;
};

/// A colour change: who set which colour, when and why, and the deadlines worked out then.
struct TriageDecision
{
    QString id;
    QString citizenId;
    TriageColour colour = TriageColour::Green;
    /// The colour in force on the deciding laptop just before.
    TriageColour previous = TriageColour::Green;
    QString reason;
    /// The change report that led to it, if any.
    QString reportId;
    QString decidedBy;
    QString decidedByName;
    QDateTime decidedAt;
    /// Yellow: the board meeting it goes to.
    QDateTime meetingAt;
    /// Yellow: the action instructions; red: the nurse's visit.
    QDateTime dueAt;
};

} // namespace Kvarter
