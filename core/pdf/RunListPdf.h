// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "PdfDocument.h"
#include "plan/RunList.h"

namespace Kvarter {

/// A run list on paper (køreliste): one table of stops per employee, each employee on their own
/// pages so the planner can hand them out, unassigned visits last. Landscape A4, footer on every
/// page saying it holds personal data.
class RunListPdf final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::RunListPdf)

public:
    /// `printedAt` goes on every page: on the day of an outage, an old list must be recognisable.
    static PdfDocument document(const RunList &list, const QDateTime &printedAt);
    /// A file name to offer, e.g. "koereliste-2026-03-02-BB.pdf".
    static QString suggestedFileName(const RunList &list);
};

} // namespace Kvarter
