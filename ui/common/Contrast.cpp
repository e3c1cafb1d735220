// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Contrast.h"

#include <algorithm>
#include <cmath>

namespace Kvarter {

namespace {

// Relative luminance of an sRGB colour (WCAG 2.1).
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

double Contrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Contrast::readableTextOn(const QColor &fill)
{
    return ratio(Qt::black, fill) >= ratio(Qt::white, fill) ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace Kvarter
