// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `visit-add CITIZEN --start T --minutes M [--employee E] [--services CODES]`: plans a visit.
class VisitAddCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::VisitAddCommand)

public:
    QString name() const override { return QStringLiteral("visit-add"); }
    QString summary() const override { return tr("Plan a visit to a citizen."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `visit-move ID [--employee E] [--start T]`: gives a visit to another person and/or another time,
/// through PlanService, so the planner's right and its refusals apply.
class VisitMoveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::VisitMoveCommand)

public:
    QString name() const override { return QStringLiteral("visit-move"); }
    QString summary() const override { return tr("Move a visit to another employee or time."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `visit-status ID --status planned|done|not-home|cancelled`.
class VisitStatusCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::VisitStatusCommand)

public:
    QString name() const override { return QStringLiteral("visit-status"); }
    QString summary() const override { return tr("Set a visit's status."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
