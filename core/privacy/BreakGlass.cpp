// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "BreakGlass.h"

#include "access/Access.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"

#include <QRegularExpression>

namespace Kvarter {

FieldErrors BreakGlass::validateReason(const QString &reason)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QString trimmed = reason.trimmed();
    if (trimmed.isEmpty())
        return { { QStringLiteral("reason"),
                   tr("Say why you need to open this citizen's record; the team leader sees the reason.") } };
    if (trimmed.split(spaces, Qt::SkipEmptyParts).size() < MinimumWords)
        return { { QStringLiteral("reason"),
                   tr("Say in a few words (at least %1) why care needs the record now, e.g. \"covering the evening "
                      "round for team Nord\".")
                       .arg(MinimumWords) } };
    return {};
}

AccessGrant BreakGlass::grant(const QString &citizenId, const QString &reason)
{
    Access::require(m_actor, Right::ReadCitizen);
    if (const FieldErrors errors = validateReason(reason); !errors.isEmpty())
        throw ValidationError(errors);
    if (!m_store.rowExists("citizen", citizenId))
        throw Error(tr("There is no citizen with this id."));
    const QDateTime now = m_store.clock().now();
    AccessGrant g { Id::create(),
                    citizenId,
                    m_actor.employeeId(),
                    reason.trimmed(),
                    now.toTimeZone(Clock::teamZone()),
                    now.addSecs(qint64(GrantHours) * 3600).toTimeZone(Clock::teamZone()) };
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("access_grant", g.id,
                       { { "citizen_id", g.citizenId },
                         { "employee_id", g.employeeId },
                         { "reason", g.reason },
                         { "granted_at", g.grantedAt.toMSecsSinceEpoch() },
                         { "expires_at", g.expiresAt.toMSecsSinceEpoch() } });
    });
    return g;
}

std::optional<AccessGrant> BreakGlass::activeGrant(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    auto q = m_store.db().query("SELECT id, reason, granted_at, expires_at FROM access_grant "
                                "WHERE employee_id = ? AND citizen_id = ? AND expires_at > ? ORDER BY expires_at DESC LIMIT 1");
    q->bind(1, m_actor.employeeId()).bind(2, citizenId).bind(3, m_store.clock().nowMs());
    if (!q->next())
        return std::nullopt;
    return AccessGrant { q->text(0),
                         citizenId,
                         m_actor.employeeId(),
                         q->text(1),
                         QDateTime::fromMSecsSinceEpoch(q->int64(2), Clock::teamZone()),
                         QDateTime::fromMSecsSinceEpoch(q->int64(3), Clock::teamZone()) };
}

} // namespace Kvarter
