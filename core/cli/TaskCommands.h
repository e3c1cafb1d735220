// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace Kvarter {

/// `tasks [--employee E] [--overdue] [--all]`: an employee's follow-up tasks (their own and their
/// role's), by due time; the --as employee's by default.
class TasksCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TasksCommand)

public:
    QString name() const override { return QStringLiteral("tasks"); }
    QString summary() const override { return tr("Follow-up tasks of an employee (--overdue: only those past due)."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `task-done ID [--note T]`: completes a task, overdue or not.
class TaskDoneCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::TaskDoneCommand)

public:
    QString name() const override { return QStringLiteral("task-done"); }
    QString summary() const override { return tr("Mark a follow-up task done."); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(CliContext &context) override;
};

/// `board --pdf FILE [--colour C] [--nurse E]`: the triage board printed for the board meeting.
class BoardCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::BoardCommand)

public:
    QString name() const override { return QStringLiteral("board"); }
    QString summary() const override { return tr("Print the triage board to a PDF for the board meeting."); }
    void addOptions(QCommandLineParser &parser) const override;
    bool needsGraphics() const override { return true; }
    int run(CliContext &context) override;
};

} // namespace Kvarter
