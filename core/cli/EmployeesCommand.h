// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `employees`: the team's people with id, initials and role (for --as and --employee).
class EmployeesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::EmployeesCommand)

public:
    QString name() const override { return QStringLiteral("employees"); }
    QString summary() const override { return tr("List the team's employees with their roles."); }
    int run(CliContext &context) override;
};

} // namespace Kvarter
