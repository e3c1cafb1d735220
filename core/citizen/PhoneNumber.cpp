// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PhoneNumber.h"

#include <QRegularExpression>

namespace Kvarter {

namespace {
QRegularExpressionMatch matchPhone(const QString &input)
{
    static const QRegularExpression shape(QStringLiteral("^(\\+45|0045)?(\\d{8})$"));
    QString compact = input;
    compact.remove(QLatin1Char(' '));
    compact.remove(QLatin1Char('-'));
    return shape.match(compact);
}
} // namespace

QString PhoneNumber::problem(const QString &input)
{
    if (input.trimmed().isEmpty() || matchPhone(input).hasMatch())
        return {};
    return tr("A Danish phone number has 8 digits, e.g. 62 21 30 45 or +45 62 21 30 45.");
}

QString PhoneNumber::normalized(const QString &input)
{
    const QRegularExpressionMatch match = matchPhone(input);
    if (!match.hasMatch())
        return input.trimmed();
    const QString d = match.captured(2);
    const QString local =
        d.mid(0, 2) + QLatin1Char(' ') + d.mid(2, 2) + QLatin1Char(' ') + d.mid(4, 2) + QLatin1Char(' ') + d.mid(6, 2);
    return match.captured(1).isEmpty() ? local : QStringLiteral("+45 ") + local;
}

} // namespace Kvarter
