// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "AccessEntry.h"
#include "access/Actor.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class Store;

/// Break the glass: an employee opens a citizen of another team, e.g. covering for a colleague
/// or answering a call at night, by giving a reason. The grant is a synced, append-only record
/// the team leader sees in the review list, and it runs out by itself.
class BreakGlass final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::BreakGlass)

public:
    /// Four hours: enough for the rest of a shift or a substitute's afternoon round, short enough
    /// that a grant never turns into standing access to another team's citizen; the next day
    /// needs a new reason, which the team leader then sees again.
    static constexpr int GrantHours = 4;
    /// A reason of at least this many words: "ok" or "akut" tells the team leader nothing.
    static constexpr int MinimumWords = 3;

    BreakGlass(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// What is wrong with `reason` (field "reason"); empty when it will do.
    static FieldErrors validateReason(const QString &reason);
    /// Grants the actor access to the citizen for GrantHours from now. Needs ReadCitizen; throws
    /// ValidationError (field "reason") for a missing or too short reason, Error for no citizen.
    AccessGrant grant(const QString &citizenId, const QString &reason);
    /// The actor's unexpired grant for the citizen (the one running longest), if any.
    std::optional<AccessGrant> activeGrant(const QString &citizenId);

private:
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
