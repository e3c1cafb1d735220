// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Kvarter {

/// Which part of a citizen's record an opening showed, or what was printed from it. Stored in the
/// access log by a stable English key, so a newer Kvarter may add parts an older one shows by key.
enum class AccessPart {
    Record,         // the citizen page's overview: contact data, network, contact person
    Visits,         // the visit record
    Notes,          // visit notes
    Grants,         // grants (indsatser)
    Function,       // FSIII assessments of the citizen's function
    Decisions,      // decisions and their letters on screen
    LetterPrinted,  // a decision letter printed or saved as PDF
    RunListPrinted, // a run list with the citizen on it printed or saved
    ReportPrinted,  // a report about the citizen printed (e.g. who has looked)
    CliRead,        // read with kvarter-cli (a script or an administrator)
    Triage,         // changes in need, triage colours and follow-up tasks (the board, a citizen's history)
    BoardPrinted,   // the triage board with the citizen on it printed or saved
};

/// Keys and names of the parts.
class AccessParts final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AccessParts)

public:
    static QList<AccessPart> all();
    static QString key(AccessPart part);
    static std::optional<AccessPart> fromKey(const QString &key);
    static QString displayName(AccessPart part);
    /// The name of a stored key; the key itself when this build does not know it.
    static QString displayNameOfKey(const QString &key);
};

} // namespace Kvarter
