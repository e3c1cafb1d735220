// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TriageColour.h"

namespace Kvarter {

QString TriageColours::key(TriageColour colour)
{
    switch (colour) {
    case TriageColour::Green: return QStringLiteral("green");
    case TriageColour::Yellow: return QStringLiteral("yellow");
    case TriageColour::Red: return QStringLiteral("red");
    }
    return {};
}

std::optional<TriageColour> TriageColours::fromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("green") || k == QStringLiteral("grøn"))
        return TriageColour::Green;
    if (k == QLatin1String("yellow") || k == QLatin1String("gul"))
        return TriageColour::Yellow;
    if (k == QLatin1String("red") || k == QStringLiteral("rød"))
        return TriageColour::Red;
    return std::nullopt;
}

QString TriageColours::displayName(TriageColour colour)
{
    switch (colour) {
    case TriageColour::Green: return tr("Green");
    case TriageColour::Yellow: return tr("Yellow");
    case TriageColour::Red: return tr("Red");
    }
    return {};
}

} // namespace Kvarter
