// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kvarter {

/// Danish phone numbers: eight digits, optionally with +45 or 0045 in front and spaces between.
/// An empty number is allowed (not every relative has one); a wrong one is not.
class PhoneNumber final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::PhoneNumber)

public:
    static QString problem(const QString &input);
    /// "12 34 56 78" (or "+45 12 34 56 78" when the prefix was given); input unchanged if invalid.
    static QString normalized(const QString &input);
};

} // namespace Kvarter
