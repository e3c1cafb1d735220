// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "PdfDocument.h"
#include "citizen/Citizen.h"
#include "privacy/AccessEntry.h"

#include <QDate>

namespace Kvarter {

/// The who-has-looked report on paper (Sundhedsloven §42a: a citizen may ask who has opened their
/// record): the citizen, the period, and a table of every opening with who, when, which part and
/// why they could open it, broken-glass reasons included. Portrait A4 with the personal-data footer.
class AccessReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AccessReportPdf)

public:
    /// `entries` newest first, as AccessLog::whoLooked gives them; `from`/`to` the period asked for
    /// (invalid: from the first to the last opening).
    static PdfDocument document(const Citizen &citizen, const QList<AccessEntry> &entries, const QDate &from, const QDate &to,
                                const QDateTime &printedAt);
    /// A file name to offer, e.g. "adgangslog-010240-2026-03-02.pdf" (no name: it travels by mail).
    static QString suggestedFileName(const Citizen &citizen, const QDate &printedOn);
};

} // namespace Kvarter
