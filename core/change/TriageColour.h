// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Kvarter {

/// The triage colours of early detection (Sundhedsstyrelsen's model). Stored by a stable English key.
enum class TriageColour {
    Green,  // the citizen's usual state, even if that is complex
    Yellow, // minor changes: discussed at the next board meeting, action instructions, a daily follow-up
    Red,    // a serious change, a risk of admission: a nurse sees the citizen within 24 hours
};

class TriageColours final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TriageColours)

public:
    static QList<TriageColour> all() { return { TriageColour::Green, TriageColour::Yellow, TriageColour::Red }; }
    static QString key(TriageColour colour);
    /// Also takes the Danish words (grøn, gul, rød) a script may type.
    static std::optional<TriageColour> fromKey(const QString &key);
    static QString displayName(TriageColour colour);
    /// Green 0, yellow 1, red 2: a lower rank is a move down towards the usual state.
    static int rank(TriageColour colour) { return int(colour); }
};

} // namespace Kvarter
