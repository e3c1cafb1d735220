// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CitizenDepartures.h"

#include "access/Access.h"
#include "common/Clock.h"
#include "store/Store.h"

namespace Kvarter {

void CitizenDepartures::record(const QString &citizenId, const QDate &leftOn, DepartureReason reason)
{
    Access::require(m_actor, Right::EditCitizen);
    if (!m_store.rowExists("citizen", citizenId))
        throw Error(tr("There is no such citizen."));
    if (!leftOn.isValid() || leftOn > m_store.clock().today())
        throw ValidationError({ { QStringLiteral("date"), tr("The day the citizen left must be today or earlier.") } });
    m_store.write(m_actor.employeeId(), [&] {
        m_store.update("citizen", citizenId, { { "left_on", leftOn.toString(Qt::ISODate) }, { "left_reason", key(reason) } });
    });
}

void CitizenDepartures::cancel(const QString &citizenId)
{
    Access::require(m_actor, Right::EditCitizen);
    m_store.write(m_actor.employeeId(), [&] {
        m_store.update("citizen", citizenId, { { "left_on", QVariant() }, { "left_reason", QVariant() } });
    });
}

std::optional<Departure> CitizenDepartures::of(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query("SELECT left_on, left_reason FROM citizen WHERE id = ? AND left_on IS NOT NULL");
    q->bind(1, citizenId);
    if (!q->next())
        return std::nullopt;
    return Departure { QDate::fromString(q->text(0), Qt::ISODate), fromKey(q->text(1)).value_or(DepartureReason::Ended) };
}

QString CitizenDepartures::key(DepartureReason reason)
{
    switch (reason) {
    case DepartureReason::Moved: return QStringLiteral("moved");
    case DepartureReason::Died: return QStringLiteral("died");
    case DepartureReason::Ended: return QStringLiteral("ended");
    }
    return {};
}

std::optional<DepartureReason> CitizenDepartures::fromKey(const QString &key)
{
    for (DepartureReason r : { DepartureReason::Moved, DepartureReason::Died, DepartureReason::Ended })
        if (CitizenDepartures::key(r) == key)
            return r;
    return std::nullopt;
}

QString CitizenDepartures::displayName(DepartureReason reason)
{
    switch (reason) {
    case DepartureReason::Moved: return tr("moved away");
    case DepartureReason::Died: return tr("died");
    case DepartureReason::Ended: return tr("help ended");
    }
    return {};
}

} // namespace Kvarter
