// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Visit.h"
#include "common/Error.h"
#include "team/Employee.h"

#include <optional>

namespace Kvarter {

class Store;

/// Visits: planning them, a person's day, marking them done or not home, and visit history.
class VisitService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::VisitService)

public:
    VisitService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    static FieldErrors validate(const Visit &visit);

    /// Plans a visit; needs the right to plan (planners, team leaders). Throws ValidationError.
    QString add(const Visit &visit);
    /// Marks a visit done / not home / cancelled / planned again; throws Error when not allowed.
    void setStatus(const QString &visitId, VisitStatus status);

    std::optional<Visit> visit(const QString &id);
    /// Who a visit is given to (empty: nobody), or nothing when there is no such visit. Names no
    /// citizen, so it needs no actor: the CLI signs in the visit's own employee with it.
    static std::optional<QString> assigneeOf(Store &store, const QString &visitId);
    /// One employee's visits on one day, in time order ("My day").
    QList<Visit> myDay(const QString &employeeId, const QDate &day);
    /// A citizen's visits, newest first, a page at a time.
    QList<Visit> history(const QString &citizenId, int offset, int limit);
    int historyCount(const QString &citizenId);
    /// What has happened: the visits that started before `now`, newest first. The record a nurse
    /// reads, without next month's plan in front of it.
    QList<Visit> pastVisits(const QString &citizenId, const QDateTime &now, int offset, int limit);
    int pastCount(const QString &citizenId, const QDateTime &now);
    /// What is coming: the visits from `now` on, soonest first.
    QList<Visit> upcomingVisits(const QString &citizenId, const QDateTime &now, int offset, int limit);
    int upcomingCount(const QString &citizenId, const QDateTime &now);

    /// [start, end) of a day in the team's time zone, as stored (seconds since the epoch).
    static std::pair<qint64, qint64> dayBounds(const QDate &day, int days = 1);
    static QList<Visit> readVisits(class Statement &query);
    static const char *selectColumns();

private:
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
