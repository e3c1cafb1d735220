// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Kvarter {

/// Which PINs an employee may choose. A PIN guards a laptop full of health data with only ten
/// tries, so it must not be one of the first ten a thief types: all one digit, a run up or down
/// the keypad, a repeated block (1212), or the employee's birth date in any usual form.
class PinPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::PinPolicy)

public:
    static constexpr int MinimumLength = 4;
    static constexpr int MaximumLength = 8;

    /// What is wrong with `pin` for an employee born on `birthDate` (may be null), in words for a
    /// person; empty when the PIN may be used.
    static QString problem(const QString &pin, const QDate &birthDate = {});
};

} // namespace Kvarter
