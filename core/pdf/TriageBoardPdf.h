// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "PdfDocument.h"
#include "change/TriageBoard.h"

namespace Kvarter {

/// The triage board on paper, for the board meeting: red citizens, then yellow, then new changes
/// not yet triaged, each with who set the colour, when and why, the deadlines with their countdowns
/// and what is overdue. Landscape A4 with the personal-data footer every printout carries.
class TriageBoardPdf final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TriageBoardPdf)

public:
    static PdfDocument document(const Board &board, const QString &teamName, const QString &filterText = {});
    /// The deadlines of an entry as lines ("Nurse visit due 24 Nov 10:00 (in 3 h)"); the CLI prints the same.
    static QStringList deadlineLines(const BoardEntry &entry, const QDateTime &now);
    static QString suggestedFileName(const QDate &printedOn);
};

} // namespace Kvarter
