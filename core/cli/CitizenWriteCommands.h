// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `citizen-add --cpr C --name N [--address A --postcode P --city C --phone T --contact-person E
/// --visitator E]`: registers a citizen in the acting employee's team.
class CitizenAddCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CitizenAddCommand)

public:
    QString name() const override { return QStringLiteral("citizen-add"); }
    QString summary() const override { return tr("Register a citizen."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `citizen-edit ID [the options of citizen-add]`: changes only the values given.
class CitizenEditCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CitizenEditCommand)

public:
    QString name() const override { return QStringLiteral("citizen-edit"); }
    QString summary() const override { return tr("Change a citizen's details."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `relative-add CITIZEN --name N [--relation R --phone T --primary --may-inform]`.
class RelativeAddCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::RelativeAddCommand)

public:
    QString name() const override { return QStringLiteral("relative-add"); }
    QString summary() const override { return tr("Add a relative to a citizen's network."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `grant-add CITIZEN --service CODE (--minutes-per-week M | --course) --from DATE [--to DATE]`.
class GrantAddCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::GrantAddCommand)

public:
    QString name() const override { return QStringLiteral("grant-add"); }
    QString summary() const override { return tr("Grant a citizen a service."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
