// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `assess CITIZEN --condition CODE=LEVEL … [--nursing CODE=problem|potential] [--followup CODE|SERVICE=OUTCOME]
/// [--wishes T] [--overall T] [--corrects ID] --as E`: saves an FSIII assessment and prints its id.
class AssessCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AssessCommand)

public:
    QString name() const override { return QStringLiteral("assess"); }
    QString summary() const override { return tr("Save an FSIII assessment of a citizen."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `assessments CITIZEN [--area CODE] --as E`: a citizen's assessments, newest first, or one area's
/// history (each condition's level over time).
class AssessmentsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AssessmentsCommand)

public:
    QString name() const override { return QStringLiteral("assessments"); }
    QString summary() const override { return tr("List a citizen's FSIII assessments."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
