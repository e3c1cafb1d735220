// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "PdfDocument.h"
#include "meeting/Agenda.h"

namespace Kvarter {

/// The team meeting's agenda on paper: each citizen with why they are on it, and room to write the
/// decision and who does what by when. Landscape A4 with the personal-data footer every printout carries.
class AgendaPdf final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AgendaPdf)

public:
    static PdfDocument document(const Agenda &agenda);
};

} // namespace Kvarter
