// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `decide CPR --service CODE --minutes N | --course LEVEL [--end] [--justification T] …`: a
/// near-visitation decision as the --as employee. Inside their frame it is decided at once;
/// outside it is escalated to the citizen's fixed visitator. Prints which, and the decision id.
class DecideCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::DecideCommand)

public:
    QString name() const override { return QStringLiteral("decide"); }
    QString summary() const override { return tr("Decide a grant change within your frame, or escalate it."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `escalations`: the visitator's queue, grouped by team, oldest first.
class EscalationsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::EscalationsCommand)

public:
    QString name() const override { return QStringLiteral("escalations"); }
    QString summary() const override { return tr("List proposals waiting for the visitator, by team."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `escalation-decide ID [--minutes N | --course LEVEL | --refuse] …`: the visitator's decision.
class EscalationDecideCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::EscalationDecideCommand)

public:
    QString name() const override { return QStringLiteral("escalation-decide"); }
    QString summary() const override { return tr("Decide an escalated proposal (as the visitator)."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `decision-correct ID --justification T [--reason T]`: a correction as a new record; the old stays.
class DecisionCorrectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::DecisionCorrectCommand)

public:
    QString name() const override { return QStringLiteral("decision-correct"); }
    QString summary() const override { return tr("Correct a decision's justification or reason."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `decisions [CPR] [--review]`: a citizen's decisions, corrections and escalations included (the
/// record is append-only); with --review, the decisions made apart on one grant, for review.
class DecisionsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::DecisionsCommand)

public:
    QString name() const override { return QStringLiteral("decisions"); }
    QString summary() const override { return tr("List a citizen's decisions, or those made apart for review."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
