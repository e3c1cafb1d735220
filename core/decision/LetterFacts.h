// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QString>

namespace Kvarter {

/// What a decision letter says beyond the decision itself, as it was when the decision was made:
/// the citizen's name and address, the team, the responsible employee, the fixed visitator. Kept
/// with the decision (JSON), so the letter made again years later is the same letter, even after
/// the citizen moved or the visitator changed phone.
struct LetterFacts
{
    QString citizenName;
    QString address;
    QString postcodeAndCity;
    QString teamName;
    QString municipality;
    QString responsibleName;
    QString responsibleRole;
    QString visitatorName;
    QString visitatorPhone;
    QString serviceName;
    QString serviceGroupCode;
    QString serviceGroupName;
    bool course = false;
    bool nursing = false;

    QByteArray toJson() const;
    static LetterFacts fromJson(const QByteArray &json);
};

} // namespace Kvarter
