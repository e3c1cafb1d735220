// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "privacy/AccessPart.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

class QWidget;

namespace Kvarter {

class Session;

/// The desktop's one way to a citizen's record: it logs the opening (AccessLog) before anything
/// shows, and when core says the citizen is another team's (BreakGlassNeeded) it asks for a reason
/// (BreakGlassDialog) and tries again. Errors other than that refusal are left to the caller.
class OpeningGate final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::OpeningGate)

public:
    /// Logs `parts` of the citizen's record as opened now. False when the person cancelled the
    /// reason: then nothing is logged, and nothing of the citizen may be shown.
    static bool open(Session &session, QWidget *parent, const QString &citizenId, const QList<AccessPart> &parts);
    /// Logs a printout holding several citizens (a run list) in one go; false when cancelled.
    static bool open(Session &session, QWidget *parent, const QStringList &citizenIds, AccessPart part);

private:
    /// Runs `log`, asking for a reason each time a citizen needs the glass broken, once per citizen.
    static bool pass(Session &session, QWidget *parent, const std::function<void()> &log);
};

} // namespace Kvarter
