// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Decision.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Kvarter {

/// What forvaltningsloven asks of a decision before it is made: a justification whenever the
/// citizen does not get everything asked for (§ 22), a concrete individual reason for a reduction
/// or an end, and a hearing (§ 19) — when and how — before a decision against the citizen's wish.
/// An escalation is a proposal, not yet a decision: it needs the reason, the rest is the visitator's.
class DecisionRules final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::DecisionRules)

public:
    static constexpr int MinimumReasonLength = 20;
    static FieldErrors validate(const Decision &decision, const QDateTime &now);
};

} // namespace Kvarter
