// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `plan-check [--date YYYY-MM-DD] --as EMPLOYEE [--json]`: the team's double bookings on a day,
/// so a planner (or a script before the morning) sees what the desktop would warn about.
class PlanCheckCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::PlanCheckCommand)

public:
    QString name() const override { return QStringLiteral("plan-check"); }
    QString summary() const override { return tr("List the day's double bookings in the team."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
