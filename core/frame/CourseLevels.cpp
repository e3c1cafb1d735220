// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CourseLevels.h"

namespace Kvarter {

QString CourseLevels::displayName(int level)
{
    switch (level) {
    case 1: return tr("course level 1 (light)");
    case 2: return tr("course level 2 (moderate)");
    case 3: return tr("course level 3 (substantial)");
    case 4: return tr("course level 4 (extensive)");
    }
    return tr("course (level not stated)");
}

double CourseLevels::plannedHoursPerWeek(int level)
{
    // What the teams' planners use for a course of each level; a course of unstated level counts
    // as level 2, the most common.
    switch (level) {
    case 1: return 1.5;
    case 3: return 7.0;
    case 4: return 12.0;
    default: return 3.5;
    }
}

} // namespace Kvarter
