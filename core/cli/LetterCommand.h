// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `letter DECISION-ID --pdf FILE`: the decision letter made again from the record, as PDF (or as
/// text without --pdf), with a check that its hash is the one stored when the decision was made.
class LetterCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::LetterCommand)

public:
    QString name() const override { return QStringLiteral("letter"); }
    QString summary() const override { return tr("Write a decision's letter (PDF)."); }
    void addOptions(QCommandLineParser &parser) const override;
    bool needsGraphics() const override { return true; }
    int run(CliContext &context) override;
};

} // namespace Kvarter
