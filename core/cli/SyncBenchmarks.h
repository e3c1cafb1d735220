// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Benchmarks.h"

namespace Kvarter {

/// The sync figures: apply rate against a raw SQLite upsert loop, bundle bytes per change, and a
/// new laptop's first full sync of the database given with --db (worked on a copy).
class SyncBenchmarks final
{
public:
    SyncBenchmarks(QString databasePath, Benchmarks::Report report)
        : m_path(std::move(databasePath)), m_report(std::move(report))
    {
    }
    void applyRate(int rows = 30000);
    void firstFullSync();

private:
    void figure(const QString &name, double value, const QString &unit, const QString &goal);
    QString m_path;
    Benchmarks::Report m_report;
};

} // namespace Kvarter
