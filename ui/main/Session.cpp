// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Session.h"

namespace Kvarter {

Session::Session(Store &store, const Clock &clock, QObject *parent) : QObject(parent), m_store(store), m_clock(clock) {}

void Session::setEmployee(const Employee &employee)
{
    m_employee = employee;
    Q_EMIT actorChanged();
}

} // namespace Kvarter
