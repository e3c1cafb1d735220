// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "team/Employee.h"
#include "visit/Visit.h"

#include <QDate>
#include <QList>
#include <optional>

namespace Kvarter {

/// One stop on a printed run list: everything a substitute needs at the door, without the system.
struct RunListStop
{
    QString visitId;
    QDateTime start; // in the team's time zone
    int minutes = 0;
    VisitStatus status = VisitStatus::Planned;
    QString employeeId; // empty: not assigned yet
    QString employeeName;
    QString employeeInitials;

    QString citizenId; // whose record the printed list opens (the access log names each citizen)
    QString citizenName;
    QString address;
    QString postcode;
    QString city;
    QString phone; // the citizen's direct phone

    // Key information: whom to call when nobody opens, and who in the team knows the citizen.
    QString primaryRelativeName;
    QString primaryRelativeRelation;
    QString primaryRelativePhone;
    bool primaryRelativeMayBeInformed = false;
    QString contactPersonName;

    QStringList services; // display names, in the order recorded

    QDateTime end() const { return start.addSecs(qint64(minutes) * 60); }
};

/// A day's stops for one employee or the whole team, in time order.
struct RunList
{
    QDate day;
    QString teamName;
    std::optional<Employee> employee; // empty: the whole team, unassigned visits included
    QList<RunListStop> stops;
};

} // namespace Kvarter
