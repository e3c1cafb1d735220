// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `sync --folder PATH | --server URL`: ship this laptop's changes and merge the team's.
class SyncCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::SyncCommand)

public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override { return tr("Sync with the team through a shared folder or a server."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `state-hash`: a hash of the logical state; equal on replicas that saw the same changes.
class StateHashCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::StateHashCommand)

public:
    QString name() const override { return QStringLiteral("state-hash"); }
    QString summary() const override { return tr("Print a hash of the synced state."); }
    int run(CliContext &context) override;
};

/// `conflicts`: values that lost a merge and wait for a person.
class ConflictsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::ConflictsCommand)

public:
    QString name() const override { return QStringLiteral("conflicts"); }
    QString summary() const override { return tr("List the open sync conflicts."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `conflict-resolve ROW FIELD LOSER-VERSION --keep current|other`: settles one open conflict. A
/// conflict is named by the row, the field and the losing write's version, as `conflicts --json`
/// prints them (`row_id`, `field`, `losing_version`); the version is the same on every laptop, so a
/// script can settle the conflict it saw on any of them.
class ConflictResolveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::ConflictResolveCommand)

public:
    QString name() const override { return QStringLiteral("conflict-resolve"); }
    QString summary() const override { return tr("Settle a sync conflict."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
