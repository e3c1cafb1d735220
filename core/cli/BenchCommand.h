// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `bench`: prints one JSON line per performance figure for the database given with --db.
class BenchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::BenchCommand)

public:
    QString name() const override { return QStringLiteral("bench"); }
    QString summary() const override { return tr("Measure performance; one JSON line per figure."); }
    void addOptions(QCommandLineParser &parser) const override;
    /// Plain `bench` renders a decision letter; `bench sync` and `bench server` paint nothing and
    /// must not carry QtGui's memory into the peak RSS they report.
    bool needsGraphicsFor(const QStringList &positional) const override
    {
        // Not positional.value(1).isEmpty(): an option this early parse does not know (--only x) leaves its value there.
        return positional.value(1) != QLatin1String("sync") && positional.value(1) != QLatin1String("server");
    }
    int run(CliContext &context) override;
};

} // namespace Kvarter
