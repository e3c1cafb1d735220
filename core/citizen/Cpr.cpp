// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Cpr.h"

#include <QRegularExpression>

namespace Kvarter {

QString Cpr::digits(const QString &input)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{6})[- ]?(\\d{4})$"));
    const QRegularExpressionMatch match = shape.match(input.trimmed());
    if (!match.hasMatch())
        return {};
    return match.captured(1) + match.captured(2);
}

int Cpr::centuryOf(int seventhDigit, int twoDigitYear)
{
    if (seventhDigit <= 3)
        return 1900;
    if (seventhDigit == 4 || seventhDigit == 9)
        return twoDigitYear <= 36 ? 2000 : 1900;
    return twoDigitYear <= 57 ? 2000 : 1800; // 5–8
}

std::optional<QDate> Cpr::birthDate(const QString &digits)
{
    if (digits.size() != 10)
        return std::nullopt;
    const int day = digits.mid(0, 2).toInt();
    const int month = digits.mid(2, 2).toInt();
    const int year = digits.mid(4, 2).toInt();
    const int seventh = digits.at(6).digitValue();
    const QDate date(centuryOf(seventh, year) + year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString Cpr::problem(const QString &input, const QDate &today)
{
    if (input.trimmed().isEmpty())
        return tr("Enter the citizen's CPR number.");
    const QString tenDigits = digits(input);
    if (tenDigits.isEmpty())
        return tr("A CPR number has 10 digits, written as DDMMYY-SSSS.");
    const std::optional<QDate> born = birthDate(tenDigits);
    if (!born)
        return tr("The first six digits of a CPR number must be a real birth date (DDMMYY).");
    if (*born > today)
        return tr("This CPR number gives a birth date in the future (%1).").arg(born->toString(Qt::ISODate));
    return {};
}

QString Cpr::formatted(const QString &digits)
{
    if (digits.size() != 10)
        return digits;
    return digits.left(6) + QLatin1Char('-') + digits.mid(6);
}

} // namespace Kvarter
