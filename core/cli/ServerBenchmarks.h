// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Benchmarks.h"

namespace Kvarter {

/// Load on a real kvarter-server process on loopback: 100 teams × 12 devices pushing and
/// pulling, a bounded number of requests, then it stops. Reports requests/s and p99 latency.
class ServerBenchmarks final
{
public:
    ServerBenchmarks(QString serverBinary, Benchmarks::Report report)
        : m_binary(std::move(serverBinary)), m_report(std::move(report))
    {
    }
    /// `postgres` empty = the embedded SQLite storage.
    void load(const QString &postgres, int requests = 20000);

private:
    QString m_binary;
    Benchmarks::Report m_report;
};

} // namespace Kvarter
