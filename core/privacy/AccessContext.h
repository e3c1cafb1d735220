// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Kvarter {

/// Why an employee could open a citizen's record, as worked out when it was opened: the strongest
/// of the reasons that held. Stored by a stable English key like AccessPart.
enum class AccessContext {
    PlannedVisitToday, // the employee has a visit to the citizen today
    FixedPerson,       // the employee is the citizen's fixed visitator or contact person
    OwnTeam,           // the citizen is helped by the employee's own team
    BrokenGlass,       // another team's citizen, opened under a break-the-glass grant
};

/// Keys and names of the contexts.
class AccessContexts final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AccessContexts)

public:
    static QList<AccessContext> all();
    static QString key(AccessContext context);
    static std::optional<AccessContext> fromKey(const QString &key);
    static QString displayName(AccessContext context);
    /// The name of a stored key; the key itself when this build does not know it.
    static QString displayNameOfKey(const QString &key);
};

} // namespace Kvarter
