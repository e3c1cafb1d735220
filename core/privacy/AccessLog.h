// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "AccessEntry.h"
#include "access/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Kvarter {

class Store;

/// The access log (Sundhedsloven §42a): one synced, append-only entry for every opening of a
/// citizen's record (a page or part of it, a printed letter or run list, a CLI read), saying who,
/// when, which part and in what context. Callers log what a person asked to see; a refresh after
/// a sync or a local write is not an opening and must not call recordOpening. The who-has-looked
/// report and the review list of unusual openings are for the team leader (Right::ReviewAccess).
class AccessLog final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AccessLog)

public:
    /// A visit within this many days before or after an opening makes it usual.
    static constexpr int VisitWindowDays = 3;

    AccessLog(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// Logs that the actor opened `part` of the citizen's record now and returns the context.
    /// Needs ReadCitizen. Another team's citizen (the actor being neither the citizen's fixed
    /// visitator nor contact person) needs an unexpired BreakGlass grant, else BreakGlassNeeded is
    /// thrown and nothing is logged. Throws Error when there is no such citizen.
    AccessContext recordOpening(const QString &citizenId, AccessPart part);
    /// The same for several citizens at once (a printed run list), in one transaction: all are
    /// logged or, when one needs the glass broken, none.
    QList<AccessContext> recordOpenings(const QStringList &citizenIds, AccessPart part);

    /// Who has opened the citizen's record, newest first; `from` and `to` (days in the team's zone,
    /// both included) narrow it when valid. Needs ReviewAccess.
    QList<AccessEntry> whoLooked(const QString &citizenId, const QDate &from = {}, const QDate &to = {});
    /// The openings from `from` to `to` (both included) of the team leader's team's citizens or by
    /// the team's employees that are unusual, newest first, each with its reasons. Needs ReviewAccess.
    QList<UnusualOpening> unusual(const QDate &from, const QDate &to);

    /// Between 22:00 and 06:00 on the team's wall clock (summer time or not).
    static bool atNight(const QDateTime &moment);
    /// One reason in words, for the review list ("broke the glass: …").
    static QString describe(UnusualReason reason, const AccessEntry &entry);

private:
    AccessContext logOne(const QString &citizenId, AccessPart part, qint64 nowMs);
    QString actorTeam();

    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
