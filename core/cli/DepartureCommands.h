// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `citizen-leave CPR --date DAY --reason moved|died|ended --as EMPLOYEE` (or `--undo`): the citizen
/// is no longer the team's; after the retention period laptops remove their copy.
class CitizenLeaveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CitizenLeaveCommand)

public:
    QString name() const override { return QStringLiteral("citizen-leave"); }
    QString summary() const override { return tr("Record that a citizen left the team (moved, died, help ended)."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `purge [--dry-run]`: removes from this computer the citizens who may go (see LocalPurge) and
/// says, for the others, why they stay.
class PurgeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::PurgeCommand)

public:
    QString name() const override { return QStringLiteral("purge"); }
    QString summary() const override { return tr("Remove citizens who left the team from this computer, once allowed."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
