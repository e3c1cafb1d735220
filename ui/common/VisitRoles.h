// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "visit/Visit.h"

#include <QColor>
#include <QVariant>
#include <Qt>

namespace Kvarter {

/// Item-data roles shared by the models that list visits, and the colours of a visit's status
/// (the same on My day, the plan and the citizen's history).
namespace VisitRoles {
enum : int {
    Id = Qt::UserRole + 1,
    CitizenId,
    EmployeeId,
    Start,
    Minutes,
    Status,
    CitizenName,
    Address,
    Services,
    EmployeeName,
};
QColor statusColor(VisitStatus status);
/// The value of one of the roles above for a visit (invalid for other roles).
QVariant data(const Visit &visit, int role);
QString timeRange(const Visit &visit);
QString serviceNames(const QStringList &codes);
} // namespace VisitRoles

/// MIME type of a dragged visit (its id), from the unassigned list or the timeline.
inline constexpr auto VisitMimeType = "application/x-kvarter-visit";

} // namespace Kvarter
