// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "access/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace Kvarter {

class Store;

/// Why a citizen is no longer the team's.
enum class DepartureReason {
    Moved,
    Died,
    Ended
};

struct Departure
{
    QDate leftOn;
    DepartureReason reason = DepartureReason::Ended;
};

/// A citizen leaving the team: moved away, died, or the help ended. Recorded on the citizen (synced,
/// so every laptop learns it), it starts the retention period after which each laptop removes its
/// copy of the citizen's data (LocalPurge). Undone by recording nothing: `cancel` (a mistake, or
/// the citizen came back before the copy was removed).
class CitizenDepartures final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CitizenDepartures)

public:
    CitizenDepartures(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// Needs Right::EditCitizen. Throws ValidationError (field "date") for a day in the future.
    void record(const QString &citizenId, const QDate &leftOn, DepartureReason reason);
    void cancel(const QString &citizenId);
    std::optional<Departure> of(const QString &citizenId);

    static QString key(DepartureReason reason);
    static std::optional<DepartureReason> fromKey(const QString &key);
    static QString displayName(DepartureReason reason);

private:
    Store &m_store;
    const Actor &m_actor;
};

} // namespace Kvarter
