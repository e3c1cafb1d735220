// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PinPolicy.h"

#include <QStringList>

namespace Kvarter {

namespace {

bool allDigits(const QString &pin)
{
    for (QChar c : pin)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// 1234, 6789, 4321, 8765 and the runs that wrap round (8901, 1098).
bool isRun(const QString &pin)
{
    for (int step : { 1, -1 }) {
        bool run = true;
        for (qsizetype i = 1; i < pin.size() && run; ++i)
            run = (pin.at(i).digitValue() - pin.at(i - 1).digitValue() + 10) % 10 == (step + 10) % 10;
        if (run)
            return true;
    }
    return false;
}

// 0000, 1212, 123123: the PIN is a shorter block typed again.
bool isRepeatedBlock(const QString &pin)
{
    for (qsizetype block = 1; block <= pin.size() / 2; ++block) {
        if (pin.size() % block != 0)
            continue;
        if (pin == pin.left(block).repeated(pin.size() / block))
            return true;
    }
    return false;
}

QStringList birthDateForms(const QDate &date)
{
    if (!date.isValid())
        return {};
    const QString dd = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString mm = QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'));
    const QString yyyy = QString::number(date.year());
    const QString yy = yyyy.right(2);
    return { dd + mm, mm + dd, yyyy, dd + mm + yy, yy + mm + dd, dd + mm + yyyy, yyyy + mm + dd, mm + dd + yy };
}

} // namespace

QString PinPolicy::problem(const QString &pin, const QDate &birthDate)
{
    if (!allDigits(pin))
        return tr("A PIN is made of digits only.");
    if (pin.size() < MinimumLength || pin.size() > MaximumLength)
        return tr("A PIN has %1 to %2 digits.").arg(MinimumLength).arg(MaximumLength);
    if (isRepeatedBlock(pin))
        return tr("The PIN repeats the same digits; choose one that is harder to guess.");
    if (isRun(pin))
        return tr("The PIN is a run of digits (like 1234); choose one that is harder to guess.");
    if (birthDateForms(birthDate).contains(pin))
        return tr("The PIN is your birth date, which others may know; choose another.");
    return {};
}

} // namespace Kvarter
