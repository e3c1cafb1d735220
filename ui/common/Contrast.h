// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QColor>

namespace Kvarter {

/// WCAG 2 contrast between two colours, so text on a coloured block stays readable for tired eyes
/// in a car at dusk (the guideline asks 4.5:1 for normal text).
class Contrast final
{
public:
    /// From 1 (the same) to 21 (black on white).
    static double ratio(const QColor &a, const QColor &b);
    /// Black or white, whichever reads better on `fill`.
    static QColor readableTextOn(const QColor &fill);
};

} // namespace Kvarter
