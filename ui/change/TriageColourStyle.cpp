// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TriageColourStyle.h"

#include <QPushButton>

namespace Kvarter {

QPushButton *TriageColourStyle::makeButton(TriageColour colour, const QString &nameSuffix, QWidget *parent)
{
    auto *button = new QPushButton(TriageColours::displayName(colour), parent);
    button->setObjectName(TriageColours::key(colour) + nameSuffix);
    button->setCheckable(true);
    button->setAutoDefault(false);
    button->setStyleSheet(buttonStyle(colour));
    button->setToolTip(meaning(colour));
    return button;
}

QColor TriageColourStyle::fill(TriageColour colour)
{
    switch (colour) {
    case TriageColour::Green: return QColor(0x9b, 0xd8, 0x9f);
    case TriageColour::Yellow: return QColor(0xf6, 0xd3, 0x5b);
    case TriageColour::Red: return QColor(0xf2, 0x8b, 0x82);
    }
    return {};
}

QString TriageColourStyle::buttonStyle(TriageColour colour)
{
    const QColor c = fill(colour);
    return QStringLiteral(
               "QPushButton { background: %1; color: black; border: 1px solid %2; border-radius: 4px; padding: 4px 14px; }"
               "QPushButton:checked { border: 3px solid black; font-weight: bold; }")
        .arg(c.name(), c.darker(140).name());
}

QString TriageColourStyle::meaning(TriageColour colour)
{
    switch (colour) {
    case TriageColour::Green: return tr("The citizen's usual state");
    case TriageColour::Yellow:
        return tr("Minor changes: the next board meeting, action instructions within 48 hours, a daily follow-up");
    case TriageColour::Red: return tr("Serious change, risk of admission: a nurse sees the citizen within 24 hours");
    }
    return {};
}

} // namespace Kvarter
