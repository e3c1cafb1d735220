// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TeamService.h"

#include "citizen/PhoneNumber.h"
#include "common/Id.h"
#include "store/Store.h"

namespace Kvarter {

namespace {
Employee employeeFrom(const Statement &q)
{
    Employee e;
    e.id = q.text(0);
    e.teamId = q.text(1);
    e.name = q.text(2);
    e.initials = q.text(3);
    e.role = Roles::fromKey(q.text(4)).value_or(Role::SosuHelper);
    e.phone = q.text(5);
    e.active = q.int64(6) != 0;
    e.birthDate = QDate::fromString(q.text(7), Qt::ISODate);
    return e;
}
// A file being brought up to date (or made at an older version by a test) has no birth_date yet.
QByteArray employeeColumns(Database &db)
{
    return db.columns("employee").contains("birth_date")
        ? QByteArrayLiteral("SELECT id, team_id, name, initials, role, phone, active, birth_date FROM employee ")
        : QByteArrayLiteral("SELECT id, team_id, name, initials, role, phone, active, '' FROM employee ");
}
} // namespace

FieldErrors TeamService::validate(const Employee &employee)
{
    FieldErrors errors;
    if (employee.name.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("name"), tr("Enter the employee's name.") };
    if (employee.initials.trimmed().isEmpty() || employee.initials.trimmed().size() > 6)
        errors << FieldError { QStringLiteral("initials"), tr("Initials must be 1 to 6 characters.") };
    if (employee.teamId.isEmpty())
        errors << FieldError { QStringLiteral("team"), tr("Choose the employee's team.") };
    if (const QString problem = PhoneNumber::problem(employee.phone); !problem.isEmpty())
        errors << FieldError { QStringLiteral("phone"), problem };
    return errors;
}

QString TeamService::createTeam(const Team &team)
{
    if (team.name.trimmed().isEmpty())
        throw ValidationError({ { QStringLiteral("name"), tr("Enter the team's name.") } });
    const QString id = team.id.isEmpty() ? Id::create() : team.id;
    m_store.write([&] {
        m_store.insert("team", id, { { "name", team.name.trimmed() }, { "municipality", team.municipality } });
    });
    return id;
}

QString TeamService::addEmployee(const Employee &employee)
{
    if (const FieldErrors errors = validate(employee); !errors.isEmpty())
        throw ValidationError(errors);
    const QString id = employee.id.isEmpty() ? Id::create() : employee.id;
    Fields fields { { "team_id", employee.teamId },
                    { "name", employee.name.trimmed() },
                    { "initials", employee.initials.trimmed().toUpper() },
                    { "role", Roles::key(employee.role) },
                    { "phone", PhoneNumber::normalized(employee.phone) },
                    { "active", employee.active } };
    // Only when known: a colleague added on a laptop of an older schema has no such column.
    if (employee.birthDate.isValid())
        fields.append({ "birth_date", employee.birthDate.toString(Qt::ISODate) });
    m_store.write([&] { m_store.insert("employee", id, fields); });
    return id;
}

QList<Team> TeamService::teams()
{
    QList<Team> result;
    auto q = m_store.db().query("SELECT id, name, municipality FROM team ORDER BY name");
    while (q->next())
        result << Team { q->text(0), q->text(1), q->text(2) };
    return result;
}

QList<Employee> TeamService::employees(const QString &teamId)
{
    QList<Employee> result;
    auto q = m_store.db().query(employeeColumns(m_store.db())
                                % (teamId.isEmpty() ? "WHERE ?1 IS NULL OR 1 " : "WHERE team_id = ?1 ") % "ORDER BY name");
    q->bindOptional(1, teamId);
    while (q->next())
        result << employeeFrom(*q);
    return result;
}

std::optional<Employee> TeamService::employee(const QString &id)
{
    auto q = m_store.db().query(employeeColumns(m_store.db()) + "WHERE id = ?");
    q->bind(1, id);
    if (!q->next())
        return std::nullopt;
    return employeeFrom(*q);
}

} // namespace Kvarter
