// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `team create|invite|join|revoke|devices`: the sync team's devices.
class TeamCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TeamCommand)

public:
    QString name() const override { return QStringLiteral("team"); }
    QString summary() const override { return tr("Create the sync team, invite, join or remove devices."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;

private:
    static QString passphrase(CliContext &context);
};

} // namespace Kvarter
