// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Actor.h"

#include <QCoreApplication>

namespace Kvarter {

class Store;

/// The one way to become an Actor: an active employee of the roster in the store, with the role
/// the roster gives them, who proves it with their PIN on this laptop (PinVault).
class SignIn final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::SignIn)

public:
    /// The login of a person at the keyboard (desktop and CLI). Throws PinRefused for a wrong,
    /// locked or not yet chosen PIN, Error when the employee is unknown or no longer active.
    static Actor withPin(Store &store, const QString &employeeId, const QString &pin);
    /// Without a PIN, for work nobody signs in to at a keyboard: the demo generator, the benchmarks
    /// and tests. Never reached from ui/ or from the CLI's --as.
    static Actor unattended(Store &store, const QString &employeeId);
};

} // namespace Kvarter
