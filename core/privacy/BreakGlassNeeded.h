// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "access/Access.h"

namespace Kvarter {

/// Opening another team's citizen needs a reason first (BreakGlass::grant). An AccessDenied, so
/// code that only knows refusals still refuses; the desktop catches this one to ask for the reason.
class BreakGlassNeeded final : public AccessDenied
{
public:
    BreakGlassNeeded(QString message, QString citizenId) : AccessDenied(std::move(message)), m_citizenId(std::move(citizenId)) {}
    /// The citizen whose record it is, to grant access to once the reason is given.
    const QString &citizenId() const { return m_citizenId; }

private:
    QString m_citizenId;
};

} // namespace Kvarter
