// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "EconomicFrame.h"
#include "access/Actor.h"
#include "grant/Grant.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace Kvarter {

class Store;

/// One week of the team's economic frame: the frame in force against what the grants active use,
/// read on the same weekday as the day the series is made around.
struct EconomicFrameWeek
{
    QDate monday;
    bool frameSet = false;
    double frameHoursPerWeek = 0;
    double usedHoursPerWeek = 0;
};

/// The team's economic frame: set (as a new version) by the team leader or a visitator, and the
/// figure of the week — what the team's active grants use against it — with the effect a proposed
/// decision would have, shown on the decision form before it is made.
class EconomicFrameService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::EconomicFrameService)

public:
    EconomicFrameService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// Writes a new version of the team's frame; `id` only for generated data (the demo).
    QString setHoursPerWeek(const QString &teamId, double hours, const QString &id = {});
    /// The figure on `day`: grants active that day, minutes as hours, courses at their level's planned hours.
    EconomicFrame figure(const QString &teamId, const QDate &day);
    /// The weekly series around `day`: `before` weeks before the week of `day`, that week, and
    /// `after` weeks after it. Future weeks count grants with a known end as ended.
    QList<EconomicFrameWeek> weeks(const QString &teamId, const QDate &day, int before, int after);
    /// May see the team's economic frame page: those who plan the team's work and those who set frames.
    static bool mayView(const Actor &actor);
    /// The hours per week a grant uses (0 for an ended one).
    static double hoursOf(Grant::Kind kind, int minutesPerWeek, int courseLevel);
    /// What a change does to the team's figure: new hours minus the current grant's (if any).
    static double effectOf(const std::optional<Grant> &current, Grant::Kind kind, int amount, bool end);

private:
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
