// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "access/Actor.h"
#include "visit/Visit.h"

#include <QCoreApplication>

namespace Kvarter {

class Store;

/// Two visits of one employee that share some minutes: a double booking.
struct Overlap
{
    Visit first; // the one that starts first
    Visit second;
};

/// Something a planner should see before a move is committed. A warning, not a refusal: the
/// planner knows things the plan does not (a visit that is always short, two citizens in one
/// building), so the UI asks and the planner may still confirm.
struct PlanWarning
{
    enum class Kind {
        Overlap,
        RoleMayNotPerform
    };
    Kind kind = Kind::Overlap;
    QString message;
    QString otherVisitId; // for an overlap
};

/// The rules of a sound plan, shared by the plan page, the CLI and tests: double bookings and
/// services a role may not perform (a SOSU helper and a nursing service).
class PlanCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::PlanCheck)

public:
    PlanCheck(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// What would be wrong if `visitId` were given to `employeeId` (empty = unassigned) starting
    /// at `start` (invalid = keep its start). Needs the right to read the plan.
    QList<PlanWarning> warningsFor(const QString &visitId, const QString &employeeId, const QDateTime &start);
    /// Every double booking in the team on `day`, by employee and time.
    QList<Overlap> overlaps(const QString &teamId, const QDate &day);

    /// The overlapping pairs among `visits` (any order; cancelled visits and unassigned ones are
    /// never double bookings). Pure, so a person's own day can be checked without the plan right.
    static QList<Overlap> overlapping(QList<Visit> visits);
    /// The visits among `others` that `candidate` (with its employee and start) would overlap:
    /// empty when that person is free then. Pure, for "who is free" while a planner chooses.
    static QList<Visit> clashesWith(const Visit &candidate, const QList<Visit> &others);
    /// Whether `role` may perform the service `code` (nursing services need nursing training).
    static bool mayPerform(Role role, const QString &serviceCode);

private:
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
