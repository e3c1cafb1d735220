// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AccessContext.h"

namespace Kvarter {

QList<AccessContext> AccessContexts::all()
{
    return { AccessContext::PlannedVisitToday, AccessContext::FixedPerson, AccessContext::OwnTeam, AccessContext::BrokenGlass };
}

QString AccessContexts::key(AccessContext context)
{
    switch (context) {
    case AccessContext::PlannedVisitToday: return QStringLiteral("visit-today");
    case AccessContext::FixedPerson: return QStringLiteral("fixed-person");
    case AccessContext::OwnTeam: return QStringLiteral("own-team");
    case AccessContext::BrokenGlass: return QStringLiteral("broken-glass");
    }
    return {};
}

std::optional<AccessContext> AccessContexts::fromKey(const QString &key)
{
    for (AccessContext context : all())
        if (AccessContexts::key(context) == key)
            return context;
    return std::nullopt;
}

QString AccessContexts::displayName(AccessContext context)
{
    switch (context) {
    case AccessContext::PlannedVisitToday: return tr("Visit planned today");
    case AccessContext::FixedPerson: return tr("Fixed visitator or contact person");
    case AccessContext::OwnTeam: return tr("Own team");
    case AccessContext::BrokenGlass: return tr("Another team (broke the glass)");
    }
    return {};
}

QString AccessContexts::displayNameOfKey(const QString &key)
{
    const std::optional<AccessContext> context = fromKey(key);
    return context ? displayName(*context) : key;
}

} // namespace Kvarter
