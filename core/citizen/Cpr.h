// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace Kvarter {

/// The Danish personal identification number (CPR): DDMMYY-SSSS. The birth century follows from
/// the 7th digit (CPR-kontoret's table). There is no modulus-11 check: numbers issued since 2007
/// need not satisfy it, so rejecting them would lock real citizens out.
class Cpr final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Cpr)

public:
    /// The ten digits of `input` ("0102031234", "010203-1234", "010203 1234"); empty if the shape is wrong.
    static QString digits(const QString &input);
    /// The birth date encoded in ten digits, or nothing if it is not a real date.
    static std::optional<QDate> birthDate(const QString &digits);
    /// Empty when `input` is a valid CPR for someone born by `today`; otherwise what is wrong, in words.
    static QString problem(const QString &input, const QDate &today);
    /// "DDMMYY-SSSS" for display.
    static QString formatted(const QString &digits);
    static int centuryOf(int seventhDigit, int twoDigitYear);
};

} // namespace Kvarter
