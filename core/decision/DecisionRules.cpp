// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DecisionRules.h"

#include "LegalTexts.h"

namespace Kvarter {

FieldErrors DecisionRules::validate(const Decision &d, const QDateTime &now)
{
    FieldErrors errors;
    const bool reducesOrEnds = d.action == FrameAction::Reduce || d.action == FrameAction::End;
    if (reducesOrEnds && d.reason.trimmed().size() < MinimumReasonLength)
        errors << FieldError { QStringLiteral("reason"),
                               tr("A reduction or an end needs a concrete reason about this citizen (what has changed "
                                  "for them), at least %1 characters.")
                                   .arg(MinimumReasonLength) };
    if (d.outcome == Decision::Outcome::Escalated || !d.againstWish())
        return errors;
    if (d.justification.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("justification"),
                               tr("The citizen does not get everything asked for: write the justification (the facts "
                                  "from the assessment and the main considerations).") };
    if (!d.heardAt.isValid())
        errors << FieldError { QStringLiteral("heardAt"),
                               tr("The decision goes against the citizen's wish: record when the citizen was heard.") };
    else if (d.heardAt > now)
        errors << FieldError { QStringLiteral("heardAt"), tr("The citizen must be heard before the decision, not after it.") };
    if (!LegalTexts::heardHowKeys().contains(d.heardHow))
        errors << FieldError {
            QStringLiteral("heardHow"),
            tr("Record how the citizen was heard: %1.").arg(LegalTexts::heardHowKeys().join(QStringLiteral(", ")))
        };
    return errors;
}

} // namespace Kvarter
