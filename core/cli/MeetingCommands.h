// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `agenda --date D [--pdf FILE]`: the team meeting's agenda, each citizen with why. Showing it opens
/// the records of the citizens on it (logged like `triage`); printing it logs a printout.
class AgendaCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AgendaCommand)

public:
    QString name() const override { return QStringLiteral("agenda"); }
    QString summary() const override { return tr("The team meeting's agenda for a date, or its PDF."); }
    bool needsGraphics() const override { return true; } // --pdf paints; the parser is not run yet
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `minutes --date D [--item CPR --decision T [--task T (--assignee E | --role R) --due ISO]] [--with E,…]`:
/// writes one item of the meeting's minutes (its action becomes a follow-up task), or, with no
/// --item, shows the minutes of the date.
class MinutesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::MinutesCommand)

public:
    QString name() const override { return QStringLiteral("minutes"); }
    QString summary() const override { return tr("Write or show the minutes of a team meeting."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
