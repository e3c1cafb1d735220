// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Agenda.h"

#include <algorithm>

namespace Kvarter {

bool AgendaItem::has(AgendaReason reason) const
{
    return std::any_of(reasons.cbegin(), reasons.cend(), [reason](const AgendaReasonLine &l) { return l.reason == reason; });
}

const AgendaItem *Agenda::item(const QString &citizenId) const
{
    for (const AgendaItem &i : items)
        if (i.citizenId == citizenId)
            return &i;
    return nullptr;
}

int Agenda::count(AgendaReason reason) const
{
    return int(std::count_if(items.cbegin(), items.cend(), [reason](const AgendaItem &i) { return i.has(reason); }));
}

namespace {
constexpr AgendaReason All[] = { AgendaReason::Red, AgendaReason::Yellow, AgendaReason::NewChange, AgendaReason::Escalation,
                                 AgendaReason::ContinuityFell };
}

QString AgendaReasons::key(AgendaReason reason)
{
    switch (reason) {
    case AgendaReason::Red: return QStringLiteral("red");
    case AgendaReason::Yellow: return QStringLiteral("yellow");
    case AgendaReason::NewChange: return QStringLiteral("new-change");
    case AgendaReason::Escalation: return QStringLiteral("escalation");
    case AgendaReason::ContinuityFell: return QStringLiteral("continuity");
    }
    return {};
}

std::optional<AgendaReason> AgendaReasons::fromKey(const QString &key)
{
    for (AgendaReason r : All)
        if (AgendaReasons::key(r) == key)
            return r;
    return std::nullopt;
}

QString AgendaReasons::name(AgendaReason reason)
{
    switch (reason) {
    case AgendaReason::Red: return tr("Red");
    case AgendaReason::Yellow: return tr("Yellow");
    case AgendaReason::NewChange: return tr("New change in need");
    case AgendaReason::Escalation: return tr("Escalated to the visitator");
    case AgendaReason::ContinuityFell: return tr("Continuity fell");
    }
    return {};
}

} // namespace Kvarter
