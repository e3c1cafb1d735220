// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Benchmarks.h"

#include <QUrl>

class QProcess;
class QTemporaryDir;

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
    /// One device floods the server (32 connections pushing 64 KiB bundles and pulling its team's
    /// pages, as fast as the server answers) while a device of another team pulls every 20 ms:
    /// reports that team's pull latency (p99 and worst) and how much of the flood got 429.
    void flood(const QString &postgres);

private:
    /// Starts kvarter-server on a free loopback port; an empty URL when it did not start.
    QUrl start(QProcess &server, const QTemporaryDir &dir, const QString &postgres);
    QString m_binary;
    Benchmarks::Report m_report;
};

} // namespace Kvarter
