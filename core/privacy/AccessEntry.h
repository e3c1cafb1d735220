// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "AccessContext.h"
#include "AccessPart.h"
#include "team/Role.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Kvarter {

/// One opening of a citizen's record in the access log, as the who-has-looked report shows it.
/// Part and context are kept as their stored keys: a newer Kvarter's entries still show (by key).
struct AccessEntry
{
    QString id;
    QString citizenId;
    QString citizenName; // empty once the citizen's data has been removed from this laptop
    QString employeeId;
    QString employeeName;
    std::optional<Role> role;
    QString teamId;     // the citizen's team when the record was opened
    QDateTime openedAt; // in the team's time zone
    QString partKey;
    QString contextKey;
    QString grantId;     // the break-the-glass grant the opening relied on, if any
    QString grantReason; // and the reason given for it

    std::optional<AccessPart> part() const { return AccessParts::fromKey(partKey); }
    std::optional<AccessContext> context() const { return AccessContexts::fromKey(contextKey); }
    QString partName() const { return AccessParts::displayNameOfKey(partKey); }
    QString contextName() const { return AccessContexts::displayNameOfKey(contextKey); }
    QString roleName() const { return role ? Roles::displayName(*role) : QString(); }
};

/// Why the review list shows an opening.
enum class UnusualReason {
    NoVisitPlanned, // no visit of the citizen planned for the employee within a few days of it
    OutsideOwnTeam, // the citizen is another team's (as fixed visitator or contact person)
    BrokeTheGlass,  // another team's citizen, opened under a break-the-glass grant (with its reason)
    AtNight,        // between 22:00 and 06:00 in the team's time zone
};

/// An opening for the team leader to look at, with every reason it is unusual.
struct UnusualOpening
{
    AccessEntry entry;
    QList<UnusualReason> reasons;
};

/// Time-limited access to another team's citizen for one employee, given with a reason.
struct AccessGrant
{
    QString id;
    QString citizenId;
    QString employeeId;
    QString reason;
    QDateTime grantedAt; // in the team's time zone
    QDateTime expiresAt;
};

} // namespace Kvarter
