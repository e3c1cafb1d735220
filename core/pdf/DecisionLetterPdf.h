// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "PdfDocument.h"
#include "decision/DecisionLetter.h"

namespace Kvarter {

/// A decision letter on paper: portrait A4, the citizen's name and address where a window
/// envelope shows them, the header facts as a small table, then the letter's sections. The words
/// all come from DecisionLetter (core), so the PDF says exactly what the stored hash covers.
class DecisionLetterPdf final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::DecisionLetterPdf)

public:
    static PdfDocument document(const DecisionLetter &letter);
};

} // namespace Kvarter
