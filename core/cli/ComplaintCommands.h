// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `complaint DECISION-ID --received DATE --channel C`: registers a complaint and its 4-week
/// reassessment deadline; without a decision id, lists the register.
class ComplaintCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::ComplaintCommand)

public:
    QString name() const override { return QStringLiteral("complaint"); }
    QString summary() const override { return tr("Register a complaint about a decision, or list complaints."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `complaint-outcome COMPLAINT-ID --upheld | --changed DECISION-ID`: the reassessment's result.
class ComplaintOutcomeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::ComplaintOutcomeCommand)

public:
    QString name() const override { return QStringLiteral("complaint-outcome"); }
    QString summary() const override { return tr("Record a complaint's outcome: upheld (sent on) or changed."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
