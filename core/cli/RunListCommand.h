// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `runlist --date YYYY-MM-DD [--employee ID|INITIALS] [--pdf FILE] [--as EMPLOYEE]`: the day's run
/// list for one employee or the team, as a PDF to print or copy to a USB stick before an outage.
class RunListCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::RunListCommand)

public:
    QString name() const override { return QStringLiteral("runlist"); }
    QString summary() const override { return tr("Write the day's run list as PDF (one employee or the team)."); }
    bool needsGraphics() const override { return true; }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
