// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `pin set EMPLOYEE` (one's own PIN: the first, or a new one after the current), `pin reset
/// EMPLOYEE --as PLANNER` (a colleague's, with Right::ResetPin) and `pin status EMPLOYEE`. The new
/// PIN comes from KVARTER_NEW_PIN or standard input, never from the command line, where any user
/// of the machine could read it in the process list.
class PinCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::PinCommand)

public:
    QString name() const override { return QStringLiteral("pin"); }
    QString summary() const override { return tr("Set, reset or show an employee's PIN on this computer."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
