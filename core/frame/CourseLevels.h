// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kvarter {

/// The levels of a helhedspleje course under Ældreloven. The council decides a few roomy course
/// types; Kvarter numbers them 1 (light) to 4 (extensive), so a frame can say "up to level 2" and
/// the economic frame can count a course as planned hours per week (a planning figure, not a
/// promise of minutes: the content is planned with the citizen).
class CourseLevels final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CourseLevels)

public:
    static constexpr int highest() { return 4; }
    static bool isValid(int level) { return level >= 1 && level <= highest(); }
    /// "Course level 2 (moderate)": how a letter and a form name it.
    static QString displayName(int level);
    /// The hours per week the team's economic frame counts for a course of this level.
    static double plannedHoursPerWeek(int level);
};

} // namespace Kvarter
