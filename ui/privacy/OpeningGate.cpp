// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "OpeningGate.h"

#include "BreakGlassDialog.h"
#include "privacy/BreakGlassNeeded.h"
#include "session/Session.h"

#include <QSet>

namespace Kvarter {

bool OpeningGate::open(Session &session, QWidget *parent, const QString &citizenId, const QList<AccessPart> &parts)
{
    return pass(session, parent, [&] {
        AccessLog log = session.accessLog();
        // The first part is refused, if any is: the rest then is not tried, and nothing is logged.
        for (AccessPart part : parts)
            log.recordOpening(citizenId, part);
    });
}

bool OpeningGate::open(Session &session, QWidget *parent, const QStringList &citizenIds, AccessPart part)
{
    QStringList ids = citizenIds;
    ids.removeDuplicates();
    return pass(session, parent, [&] { session.accessLog().recordOpenings(ids, part); });
}

bool OpeningGate::pass(Session &session, QWidget *parent, const std::function<void()> &log)
{
    QSet<QString> asked;
    for (;;) {
        try {
            log();
            return true;
        } catch (const BreakGlassNeeded &e) {
            // A grant that did not let the opening through would ask forever: the second refusal
            // for one citizen goes to the caller as the AccessDenied it is.
            if (asked.contains(e.citizenId()))
                throw;
            asked.insert(e.citizenId());
            BreakGlassDialog dialog(session, e.citizenId(), e.message(), parent);
            if (dialog.exec() != QDialog::Accepted)
                return false;
        }
    }
}

} // namespace Kvarter
