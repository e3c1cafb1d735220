// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "team/Role.h"

#include <QString>

namespace Kvarter {

/// Who is acting: the signed-in employee and the role the team roster gives them. Every core
/// service checks its rights against one (Access::require). Only SignIn makes an Actor, from the
/// roster in the store, so nobody can claim a role by filling in a struct.
class Actor final
{
public:
    const QString &employeeId() const { return m_employeeId; }
    Role role() const { return m_role; }

private:
    friend class SignIn;
    Actor(QString employeeId, Role role) : m_employeeId(std::move(employeeId)), m_role(role) {}

    QString m_employeeId;
    Role m_role;
};

} // namespace Kvarter
