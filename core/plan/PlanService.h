// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "common/Error.h"
#include "team/Employee.h"
#include "visit/Visit.h"

#include <optional>

namespace Kvarter {

class Store;

/// How many different staff visited one citizen in a period. Ældreloven asks for as few as possible.
struct ContinuityFigure
{
    QString citizenId;
    QString citizenName;
    int distinctStaff = 0;
    int visits = 0;
};

/// The planner's view: the team's day, moving visits between people, and continuity of staff.
class PlanService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::PlanService)

public:
    PlanService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// All visits of the team's citizens from `day` for `days` days, assigned or not, by start time.
    QList<Visit> dayPlan(const QString &teamId, const QDate &day, int days = 1);
    /// Gives a visit to another employee (empty = unassign). Only planners and team leaders may.
    void reassign(const QString &visitId, const QString &employeeId);
    /// Moves a visit to another employee (empty = unassign) and/or another start; `employeeId` unset
    /// or `start` invalid keeps that part. A visit already done or not home is history and stays.
    void move(const QString &visitId, const std::optional<QString> &employeeId, const QDateTime &start);
    /// Distinct staff per citizen over the `days` days ending with `lastDay`, worst first.
    QList<ContinuityFigure> continuity(const QString &teamId, const QDate &lastDay, int days = 14);

private:
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
