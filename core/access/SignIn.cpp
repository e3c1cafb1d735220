// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SignIn.h"

#include "PinVault.h"
#include "common/Error.h"
#include "team/TeamService.h"

namespace Kvarter {

Actor SignIn::withPin(Store &store, const QString &employeeId, const QString &pin)
{
    // The roster first: a former employee is told so, and their PIN is not even checked.
    const Actor actor = unattended(store, employeeId);
    PinVault(store).verify(employeeId, pin);
    return actor;
}

Actor SignIn::unattended(Store &store, const QString &employeeId)
{
    const std::optional<Employee> employee = TeamService(store).employee(employeeId);
    if (!employee)
        throw Error(tr("There is no employee %1 in this team.").arg(employeeId));
    if (!employee->active)
        throw Error(tr("%1 no longer works in the team and cannot sign in.").arg(employee->name));
    return Actor(employee->id, employee->role);
}

} // namespace Kvarter
