// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Benchmarks.h"

#include <QString>

namespace Kvarter {

class Clock;

/// The access log's figures (privacy issue): what logging adds to opening a citizen, and the
/// who-has-looked report of a citizen with three years of openings. Measured on a copy of the
/// database, since both write into the log; each figure's data says what it ran on.
class AccessBenchmarks final
{
public:
    using Report = Benchmarks::Report;
    AccessBenchmarks(QString databasePath, const Clock &clock, Report report)
        : m_path(std::move(databasePath)), m_clock(clock), m_report(std::move(report))
    {
    }

    /// access_log_opening (CitizenService::citizen + AccessLog::recordOpening) beside the same
    /// read without logging, and who_looked_report.
    void run();

private:
    QString m_path;
    const Clock &m_clock;
    Report m_report;
};

} // namespace Kvarter
