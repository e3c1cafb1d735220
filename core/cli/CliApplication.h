// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

namespace Kvarter {

/// kvarter-cli: finds the subcommand, parses the shared options (--db, --json, --lang) and its own,
/// and turns any Error into a message on stderr with a non-zero exit code.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CliApplication)

public:
    CliApplication();
    ~CliApplication();
    int run(const QStringList &arguments);
    /// Whether the command named in `arguments` paints, so main() must make a QGuiApplication.
    bool needsGraphics(const QStringList &arguments) const;

private:
    QString usage() const;
    void addGlobalOptions(QCommandLineParser &parser) const;
    CliCommand *command(const QString &name) const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Kvarter
