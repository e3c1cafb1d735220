// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Clock.h"

namespace Kvarter {

QTimeZone Clock::teamZone()
{
    static const QTimeZone zone("Europe/Copenhagen");
    return zone;
}

} // namespace Kvarter
