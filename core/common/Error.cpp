// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Error.h"

#include <QStringList>

namespace Kvarter {

namespace {
QString joined(const FieldErrors &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}
} // namespace

ValidationError::ValidationError(FieldErrors errors) : Error(joined(errors)), m_errors(std::move(errors)) {}

QString ValidationError::messageFor(const QString &field) const
{
    for (const FieldError &e : m_errors)
        if (e.field == field)
            return e.message;
    return {};
}

} // namespace Kvarter
