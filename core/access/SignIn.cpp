// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SignIn.h"

#include "common/Error.h"
#include "team/TeamService.h"

namespace Kvarter {

Actor SignIn::asEmployee(Store &store, const QString &employeeId)
{
    const std::optional<Employee> employee = TeamService(store).employee(employeeId);
    if (!employee)
        throw Error(tr("There is no employee %1 in this team.").arg(employeeId));
    if (!employee->active)
        throw Error(tr("%1 no longer works in the team and cannot sign in.").arg(employee->name));
    return Actor(employee->id, employee->role);
}

} // namespace Kvarter
