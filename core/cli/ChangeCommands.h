// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `change-report CPR --item ITEM … [--colour C] [--note T]`: a change in need (ændringsskema), with
/// the observer's colour suggestion, which sets the colour when it changes it.
class ChangeReportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::ChangeReportCommand)

public:
    QString name() const override { return QStringLiteral("change-report"); }
    QString summary() const override { return tr("Report a change in a citizen's state (the change form)."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `triage [--colour C] [--nurse E]`: the triage board as text or JSON. Showing it opens the records
/// of the citizens on it, which is logged.
class TriageCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TriageCommand)

public:
    QString name() const override { return QStringLiteral("triage"); }
    QString summary() const override { return tr("The triage board: yellow and red citizens, new changes, deadlines."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `triage-set CPR --colour C --reason T`: a colour decision (lowering red takes a nurse or SOSU assistant).
class TriageSetCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TriageSetCommand)

public:
    QString name() const override { return QStringLiteral("triage-set"); }
    QString summary() const override { return tr("Set a citizen's triage colour, saying why."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `follow-up CPR [--note T]`: today's follow-up of a yellow citizen.
class FollowUpCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::FollowUpCommand)

public:
    QString name() const override { return QStringLiteral("follow-up"); }
    QString summary() const override { return tr("Tick today's follow-up of a yellow citizen."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
