// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Benchmarks.h"

namespace Kvarter {

/// The sync figures, measured on the database given with --db and never changing it: every
/// figure works on copies of the file in a temporary folder.
class SyncBenchmarks final
{
public:
    SyncBenchmarks(QString databasePath, Benchmarks::Report report) : m_path(std::move(databasePath)), m_report(std::move(report))
    {
    }
    /// A remote device's `changes` (half new visits, half later versions of existing visits that
    /// move their start or employee) merged by ChangeApplier into one copy, and by the raw SQL of
    /// SyncApplyBaseline into another, with SQLite's page cache at `cacheMib` (0: the app's own
    /// setting). Both rates, their ratio, whether both copies ended alike, and peak RSS.
    void applyRate(int cacheMib, int changes = 100000);
    /// Bytes on the wire per change for the same remote changes, sealed into bundles.
    void bundleBytes(int changes = 100000);
    /// A new laptop's first full sync of the whole database from a shared folder (snapshot first).
    void firstFullSync();

private:
    /// Reports a figure with m_data, plus `extra` for this figure alone.
    void figure(const QString &name, double value, const QString &unit, const QString &goal = {}, const QJsonObject &extra = {});
    QString m_path;
    Benchmarks::Report m_report;
    QJsonObject m_data; // what the figures being reported ran on
};

} // namespace Kvarter
