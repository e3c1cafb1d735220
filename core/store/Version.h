// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QString>
#include <compare>

namespace Kvarter {

/// Who wrote a value and when, as the sync merge compares it: hybrid logical clock first, then
/// device id, so every replica orders any two writes the same way.
struct Version
{
    quint64 hlc = 0;
    QString device;

    bool isNull() const { return hlc == 0 && device.isEmpty(); }
    std::strong_ordering operator<=>(const Version &other) const
    {
        if (const auto byClock = hlc <=> other.hlc; byClock != 0)
            return byClock;
        const int byDevice = device.compare(other.device);
        return byDevice < 0 ? std::strong_ordering::less
                            : byDevice > 0 ? std::strong_ordering::greater : std::strong_ordering::equal;
    }
    bool operator==(const Version &other) const { return hlc == other.hlc && device == other.device; }

    /// "hlc:device", as versions are written in the change log's base column.
    QString toString() const { return QString::number(hlc) + QLatin1Char(':') + device; }
    static Version fromString(const QString &text)
    {
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return {};
        return { text.left(colon).toULongLong(), text.mid(colon + 1) };
    }
};

} // namespace Kvarter
