// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DecisionLetterPdf.h"

namespace Kvarter {

PdfDocument DecisionLetterPdf::document(const DecisionLetter &letter)
{
    PdfDocument doc(letter.title);
    QStringList subtitle;
    for (const auto &[label, value] : letter.header)
        if (!value.isEmpty() && (label == DecisionLetter::tr("Municipality") || label == DecisionLetter::tr("Case number")))
            subtitle << value;
    doc.setSubtitle(subtitle.join(QStringLiteral(" · ")));
    doc.addParagraph(letter.recipient.join(QLatin1Char('\n')));
    // The header facts side by side, labels above values, as a letterhead reads.
    QList<PdfDocument::Column> columns;
    QStringList values;
    const int widths[] = { 19, 18, 17, 22, 24 }; // the case number on one line
    for (qsizetype i = 0; i < letter.header.size(); ++i) {
        columns << PdfDocument::Column { letter.header.at(i).first, i < 5 ? widths[i] : 10 };
        values << letter.header.at(i).second;
    }
    doc.addTable(columns, { values });
    for (const DecisionLetter::Section &section : letter.sections) {
        doc.addHeading(section.heading);
        for (const QString &paragraph : section.paragraphs)
            doc.addParagraph(paragraph);
    }
    return doc;
}

} // namespace Kvarter
