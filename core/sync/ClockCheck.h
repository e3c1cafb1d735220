// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Kvarter::Sync {

/// Whether this laptop's clock is far enough off the sync server's to tell the nurse. The merge
/// does not care (it orders by Lamport clock), but My day and the plan go by the laptop's clock:
/// a day off, and a nurse sees tomorrow's visits.
class ClockCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::ClockCheck)

public:
    static constexpr qint64 ToleranceMs = 5 * 60 * 1000;

    /// `offsetMs`: the server's clock minus this laptop's. Empty when it is close enough or unknown.
    static QString warning(std::optional<qint64> offsetMs);
};

} // namespace Kvarter::Sync
