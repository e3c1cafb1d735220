// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `visits --employee ID|INITIALS --date YYYY-MM-DD`: one person's day.
class VisitsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::VisitsCommand)

public:
    QString name() const override { return QStringLiteral("visits"); }
    QString summary() const override { return tr("List an employee's visits on a day."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `visit-done ID [--as EMPLOYEE]`: marks a visit done.
class VisitDoneCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::VisitDoneCommand)

public:
    QString name() const override { return QStringLiteral("visit-done"); }
    QString summary() const override { return tr("Mark a visit as done."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
