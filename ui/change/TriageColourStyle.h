// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "change/TriageColour.h"

#include <QColor>
#include <QCoreApplication>

class QPushButton;
class QWidget;

namespace Kvarter {

/// How the desktop shows a triage colour: the fill (with black text at ≥ 4.5:1), a button's style
/// and what the colour means, in one place for the form and the board.
class TriageColourStyle final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TriageColourStyle)

public:
    static QColor fill(TriageColour colour);
    static QString buttonStyle(TriageColour colour);
    static QString meaning(TriageColour colour);
    /// A checkable button in the colour, named `<key><nameSuffix>`, that says what the colour means.
    static QPushButton *makeButton(TriageColour colour, const QString &nameSuffix, QWidget *parent);
};

} // namespace Kvarter
