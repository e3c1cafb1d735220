// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Employee.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class Store;

/// Teams and their employees.
class TeamService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TeamService)

public:
    explicit TeamService(Store &store) : m_store(store) {}

    static FieldErrors validate(const Employee &employee);

    QString createTeam(const Team &team);
    /// Adds an employee (a new id is made when `employee.id` is empty); throws ValidationError.
    QString addEmployee(const Employee &employee);

    QList<Team> teams();
    QList<Employee> employees(const QString &teamId = {});
    std::optional<Employee> employee(const QString &id);

private:
    Store &m_store;
};

} // namespace Kvarter
