// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `note-add CITIZEN --text T [--visit V]`: writes a note about a citizen, as the --as employee.
class NoteAddCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::NoteAddCommand)

public:
    QString name() const override { return QStringLiteral("note-add"); }
    QString summary() const override { return tr("Write a note about a citizen."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `note-correct NOTE --text T`: a new note that corrects an old one; the old one stays readable.
class NoteCorrectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::NoteCorrectCommand)

public:
    QString name() const override { return QStringLiteral("note-correct"); }
    QString summary() const override { return tr("Correct a note."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

} // namespace Kvarter
