// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QString>

namespace Kvarter {

/// A team's economic frame (København: a frame per team instead of minute steering): the hours
/// per week it may use against what its current grants and courses use.
struct EconomicFrame
{
    QString teamId;
    QString versionId;            // the team_budget row in force; empty when none was set
    double frameHoursPerWeek = 0; // 0 when no frame was set
    double usedHoursPerWeek = 0;
    int grants = 0; // active grants counted

    bool isSet() const { return !versionId.isEmpty(); }
    double remainingHoursPerWeek() const { return frameHoursPerWeek - usedHoursPerWeek; }
};

} // namespace Kvarter
