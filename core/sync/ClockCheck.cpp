// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ClockCheck.h"

#include <cstdlib>

namespace Kvarter::Sync {

QString ClockCheck::warning(std::optional<qint64> offsetMs)
{
    if (!offsetMs || std::llabs(*offsetMs) < ToleranceMs)
        return {};
    const qint64 minutes = std::llabs(*offsetMs) / 60000;
    const QString amount = minutes < 120 ? tr("%n minute(s)", nullptr, int(minutes))
        : minutes < 48 * 60              ? tr("%n hour(s)", nullptr, int((minutes + 30) / 60))
                                         : tr("%n day(s)", nullptr, int((minutes + 12 * 60) / (24 * 60)));
    // A positive offset: the server is ahead, so this laptop is behind.
    return *offsetMs > 0
        ? tr("This laptop's clock is %1 behind the team's. Set it right: My day and the plan go by it.").arg(amount)
        : tr("This laptop's clock is %1 ahead of the team's. Set it right: My day and the plan go by it.").arg(amount);
}

} // namespace Kvarter::Sync
