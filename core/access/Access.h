// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Right.h"
#include "common/Error.h"
#include "team/Employee.h"

#include <QCoreApplication>

namespace Kvarter {

/// A refusal for want of a right, with a message for a person. Not final: BreakGlassNeeded
/// (core/privacy) is the refusal that a reason can lift.
class AccessDenied : public Error
{
public:
    using Error::Error;
};

/// The role × right table, as data in one place (Access.cpp), and the one check every service
/// makes before it touches citizen data.
class Access final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Access)

public:
    static bool allows(Role role, Right right);
    /// Throws AccessDenied, saying which role may not do what, unless `actor` has `right`.
    static void require(const Actor &actor, Right right);
    /// What the right lets one do, in words ("plan the team's visits").
    static QString describe(Right right);
};

} // namespace Kvarter
