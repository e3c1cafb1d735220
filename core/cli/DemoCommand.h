// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `demo --seed N --scale team|section`: fills an empty database with a realistic demo.
class DemoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Create a demo team (or section) in an empty database."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
