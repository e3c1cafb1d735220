// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "team/Employee.h"

#include <QObject>

namespace Kvarter {

class Clock;
class Store;

/// What every page needs: the local store, the clock, and who is using the app right now.
/// Changing the user emits actorChanged so pages reload ("My day" is somebody's day).
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(Store &store, const Clock &clock, QObject *parent = nullptr);

    Store &store() const { return m_store; }
    const Clock &clock() const { return m_clock; }
    const Employee &employee() const { return m_employee; }
    Actor actor() const { return { m_employee.id, m_employee.role }; }
    QString teamId() const { return m_employee.teamId; }

    void setEmployee(const Employee &employee);

Q_SIGNALS:
    void actorChanged();

private:
    Store &m_store;
    const Clock &m_clock;
    Employee m_employee;
};

} // namespace Kvarter
