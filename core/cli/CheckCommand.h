// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `check`: integrity, schema version and row counts. Exit code 5 when the file has problems.
class CheckCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("Check the database's integrity and migration status."); }
    int run(CliContext &context) override;
};

} // namespace Kvarter
