// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Assessment.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace Kvarter {

class FsiiiTerms;

/// The rules of an FSIII assessment, apart from storage so the desktop form can show each
/// problem beside its field before saving. Field keys: "citizen", "content", "wishes",
/// "overall", "conditions[i].code|level|nursing|performance|meaning|goal|note" and
/// "followUps[i].subject|outcome|note".
class AssessmentValidator final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AssessmentValidator)

public:
    explicit AssessmentValidator(const FsiiiTerms &terms) : m_terms(terms) {}

    /// The same assessment in current codes: legacy condition codes (J1.1) and value-set codes or
    /// displays ("C1", "udfører selv") become the current UUIDs; unknown ones are left as typed so
    /// validate() can name them.
    Assessment normalized(Assessment assessment) const;
    /// Everything wrong with a normalized assessment; empty when it may be saved.
    FieldErrors validate(const Assessment &assessment) const;

    static constexpr int MaxTextLength = 20000;
    /// The key of one field of one entry of a list: fieldKey("conditions", 2, "level") is
    /// "conditions[2].level".
    static QString fieldKey(const char *list, qsizetype index, const char *field);

private:
    void validateCondition(const AssessedCondition &condition, const QString &key, FieldErrors &errors) const;
    const FsiiiTerms &m_terms;
};

} // namespace Kvarter
