// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Decision.h"
#include "LetterFacts.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QStringList>

namespace Kvarter {

/// The words of a decision letter (afgørelsesbrev), made from the decision record alone: header
/// (municipality, team, date, case number, responsible employee), what the case is about, the
/// decision, the legal basis, the justification unless everything asked for was granted, the
/// complaint guidance and the fixed visitator's direct phone. Core and QtCore only: the decision
/// service stores the hash of these words when the decision is made; core/pdf puts them on paper.
class DecisionLetter final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::DecisionLetter)

public:
    struct Section
    {
        QString heading;
        QStringList paragraphs;
    };

    static DecisionLetter compose(const Decision &decision, const LetterFacts &facts);

    QString title;
    QStringList recipient; // name and address lines
    QList<QPair<QString, QString>> header;
    QList<Section> sections;

    /// Everything the letter says, one line per item, in order: what the hash covers.
    QString text() const;
    /// SHA-256 of text(), hex: stored with the decision; a letter made again must give the same.
    QString hash() const;
    /// A file name to offer: "afgoerelse-<case number>.pdf".
    QString suggestedFileName(const Decision &decision) const;

    /// Dates in letters are Danish whatever the desktop's language ("2. december 2026").
    static QString date(const QDate &date);
    /// "120 minutes per week" or "course level 2 (moderate)".
    static QString amountText(Grant::Kind kind, int amount);
};

} // namespace Kvarter
