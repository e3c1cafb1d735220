// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <algorithm>

namespace Kvarter::BenchStatistics {

/// The `p` quantile (0 … 1) of `values` by the nearest rank below; 0 for none.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qsizetype(double(values.size() - 1) * p));
}

/// The middle value (the upper one of an even count), as every figure's median has been.
inline double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

inline double msSince(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e6; }

} // namespace Kvarter::BenchStatistics
