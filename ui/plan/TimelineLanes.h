// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "visit/Visit.h"

#include <QHash>

namespace Kvarter {

/// Where a block goes inside its person's row: overlapping visits share the row in lanes, one
/// above the other, so no visit is ever drawn behind another (a hidden double booking is how a
/// planner reassigned the wrong visit).
struct TimelineLane
{
    int index = 0; // 0 = top
    int count = 1; // lanes in this group of overlapping visits
};

class TimelineLanes final
{
public:
    /// Lanes for every visit with an employee, by visit id.
    static QHash<QString, TimelineLane> assign(QList<Visit> visits);
};

} // namespace Kvarter
