// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Actor.h"

#include <QCoreApplication>

namespace Kvarter {

class Store;

/// The one way to become an Actor: an active employee of the roster in the store, with the role
/// the roster gives them. (The PIN check of the privacy work will sit here too.)
class SignIn final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::SignIn)

public:
    /// Throws Error when the employee is unknown or no longer active.
    static Actor asEmployee(Store &store, const QString &employeeId);
};

} // namespace Kvarter
