// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace Kvarter {

class CliContext;

/// One kvarter-cli subcommand. Returns the process exit code; errors go to stderr via the context.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    /// Adds the subcommand's own options and positional arguments.
    virtual void addOptions(QCommandLineParser &) const {}
    /// Paints (a PDF): needs a QGuiApplication, which kvarter-cli then makes on the offscreen platform.
    virtual bool needsGraphics() const { return false; }
    /// The same, knowing the command line's positional arguments (the command's name first), for a
    /// command that paints in one form only (`bench` makes a letter PDF, `bench sync` does not).
    virtual bool needsGraphicsFor(const QStringList &positional) const
    {
        Q_UNUSED(positional)
        return needsGraphics();
    }
    virtual int run(CliContext &context) = 0;
};

} // namespace Kvarter
