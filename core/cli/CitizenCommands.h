// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `citizens [--search TEXT]`: the citizen list.
class CitizensCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CitizensCommand)

public:
    QString name() const override { return QStringLiteral("citizens"); }
    QString summary() const override { return tr("List citizens (optionally searched)."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `citizen CPR|ID`: one citizen with network and grants.
class CitizenCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CitizenCommand)

public:
    QString name() const override { return QStringLiteral("citizen"); }
    QString summary() const override { return tr("Show one citizen with network and grants."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
