// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Benchmarks.h"

#include <QString>

namespace Kvarter {

class Clock;

/// Early detection's figures: the triage board of the busiest team built (≤ 50 ms) and a change
/// report saved (≤ 5 ms; also with a colour suggestion that makes a decision and its task), and My
/// day's task list of an employee. Measured
/// on a copy of the database, since saving writes; each figure's data says what it ran on.
class ChangeBenchmarks final
{
public:
    using Report = Benchmarks::Report;
    ChangeBenchmarks(QString databasePath, const Clock &clock, Report report)
        : m_path(std::move(databasePath)), m_clock(clock), m_report(std::move(report))
    {
    }
    void run();

private:
    QString m_path;
    const Clock &m_clock;
    Report m_report;
};

} // namespace Kvarter
