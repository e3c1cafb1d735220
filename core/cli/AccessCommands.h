// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `access-log CPR`: who has opened the citizen's record (the team leader's report), as text,
/// JSON or PDF. Reading it is itself an opening of the record, and logged.
class AccessLogCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AccessLogCommand)

public:
    QString name() const override { return QStringLiteral("access-log"); }
    QString summary() const override { return tr("Who has opened a citizen's record (team leader; --pdf for a report)."); }
    void addOptions(QCommandLineParser &parser) const override;
    bool needsGraphics() const override { return true; }
    int run(CliContext &context) override;
};

/// `access-review`: the team leader's list of unusual openings and why each is unusual.
class AccessReviewCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AccessReviewCommand)

public:
    QString name() const override { return QStringLiteral("access-review"); }
    QString summary() const override { return tr("Unusual openings of citizens' records, for the team leader."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
