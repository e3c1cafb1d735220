// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "change/TriageColour.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <optional>

namespace Kvarter {

/// Why a citizen is on the team meeting's agenda. Stored in the minutes by a stable English key.
enum class AgendaReason {
    Red,            // red on the board: serious change, a nurse within 24 hours
    Yellow,         // yellow on the board: minor change, action instructions after the board meeting
    NewChange,      // a change in need reported and not triaged yet (or since the last decision)
    Escalation,     // a grant change escalated to the visitator and not answered yet
    ContinuityFell, // more different staff in the last 14 days than in the 14 before
};

struct AgendaReasonLine
{
    AgendaReason reason = AgendaReason::Red;
    /// In words, with who, when and what: "Red since 2. dec. 2026 kl. 08.35, set by …: …".
    QString why;
};

/// One citizen on the agenda, with every reason they are on it.
struct AgendaItem
{
    QString citizenId;
    QString citizenName;
    QString cpr;
    TriageColour colour = TriageColour::Green;
    QList<AgendaReasonLine> reasons;
    bool has(AgendaReason reason) const;
};

/// The team meeting's agenda for a date: reds, yellows, new changes, open escalations, continuity.
struct Agenda
{
    QString teamId;
    QString teamName;
    QDate date;
    QDateTime builtAt;
    QList<AgendaItem> items;
    const AgendaItem *item(const QString &citizenId) const;
    int count(AgendaReason reason) const;
};

/// Staff continuity of one citizen over two 14-day windows before the meeting.
struct ContinuityChange
{
    QString citizenId;
    int staffBefore = 0; // different staff in the 14 days before the last 14
    int staffLast = 0;   // different staff in the last 14 days
    /// Continuity fell: more different staff now than before. A citizen with no visits in the
    /// earlier window is new to the team and has nothing to compare with, so never counts.
    bool fell() const { return staffBefore > 0 && staffLast > staffBefore; }
};

class AgendaReasons final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AgendaReasons)

public:
    static QString key(AgendaReason reason);
    static std::optional<AgendaReason> fromKey(const QString &key);
    static QString name(AgendaReason reason);
};

} // namespace Kvarter
