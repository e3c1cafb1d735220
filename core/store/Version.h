// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QString>
#include <QStringList>
#include <compare>

namespace Kvarter {

/// One write of a field as the sync merge compares it. Writes are ordered by Lamport clock, then
/// device id, so every replica orders any two the same way and wall clocks play no part. `hlc` is
/// the author's hybrid logical clock when it wrote: shown to people as the time of the write, with
/// `author`, the employee who made it (empty when unknown: the demo, or writes from before schema 5).
///
/// Before schema 5 there was no Lamport clock and the hybrid clock ordered writes; such writes keep
/// that order, as their Lamport value is their hlc (see Migrations).
struct Version
{
    quint64 lamport = 0;
    QString device;
    quint64 hlc = 0;
    QString author;

    Version() = default;
    Version(quint64 lamport, QString device, quint64 hlc, QString author = {})
        : lamport(lamport), device(std::move(device)), hlc(hlc), author(std::move(author))
    {
    }

    bool isNull() const { return lamport == 0 && device.isEmpty(); }
    std::strong_ordering operator<=>(const Version &other) const
    {
        if (const auto byClock = lamport <=> other.lamport; byClock != 0)
            return byClock;
        const int byDevice = device.compare(other.device);
        return byDevice < 0 ? std::strong_ordering::less
            : byDevice > 0  ? std::strong_ordering::greater
                            : std::strong_ordering::equal;
    }
    bool operator==(const Version &other) const { return lamport == other.lamport && device == other.device; }

    /// "hlc:device:lamport", as versions are written in the change log's base column
    /// (schema 4 wrote "hlc:device", whose Lamport value is its hlc).
    QString toString() const
    {
        return QString::number(hlc) + QLatin1Char(':') + device + QLatin1Char(':') + QString::number(lamport);
    }
    static Version fromString(const QString &text)
    {
        const QStringList parts = text.split(QLatin1Char(':'));
        if (parts.size() < 2 || parts.size() > 3)
            return {};
        const quint64 hlc = parts.at(0).toULongLong();
        return { parts.size() == 3 ? parts.at(2).toULongLong() : hlc, parts.at(1), hlc };
    }
};

} // namespace Kvarter
