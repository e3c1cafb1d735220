// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TaskCommands.h"

#include "CliContext.h"
#include "TriageJson.h"
#include "pdf/TriageBoardPdf.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Kvarter {

namespace {
QString shortTime(const QDateTime &t) { return t.toTimeZone(Clock::teamZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")); }
} // namespace

void TasksCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("employee"), tr("Whose tasks (id or initials; default: yours)."), tr("employee") });
    parser.addOption({ QStringLiteral("overdue"), tr("Only tasks past their due time.") });
    parser.addOption({ QStringLiteral("all"), tr("Done tasks too.") });
    CliContext::addActorOption(parser);
}

int TasksCommand::run(CliContext &context)
{
    Session &session = context.session();
    QString employeeId = session.actor().employeeId();
    if (const QString who = context.parser().value(QStringLiteral("employee")); !who.isEmpty()) {
        const std::optional<Employee> e = context.employee(who);
        if (!e)
            return context.fail(tr("no employee with id or initials '%1'.").arg(who), 4);
        employeeId = e->id;
    }
    TaskQuery query;
    query.overdueOnly = context.parser().isSet(QStringLiteral("overdue"));
    query.includeDone = context.parser().isSet(QStringLiteral("all"));
    const QList<Task> tasks = session.tasks().forEmployee(employeeId, query);
    QStringList citizens;
    for (const Task &t : tasks)
        if (!t.citizenId.isEmpty())
            citizens << t.citizenId;
    context.recordOpenings(citizens, AccessPart::Triage);

    const QDateTime now = context.clock().now();
    QJsonArray array;
    QStringList lines;
    for (const Task &t : tasks) {
        array << TriageJson::task(t, now);
        QString state =
            t.done() ? tr("done %1 by %2").arg(shortTime(t.doneAt), t.doneByName) : TriageRules::countdown(t.dueAt, now);
        lines << QStringLiteral("%1  %2  %3 — %4 (%5) [%6]")
                     .arg(shortTime(t.dueAt), t.citizenName, t.displayTitle(), t.assigneeText(), state, t.id);
    }
    context.emitResult(array, lines.isEmpty() ? tr("No tasks.") : lines.join(QLatin1Char('\n')));
    return 0;
}

void TaskDoneCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("task"), tr("The task's id."));
    parser.addOption({ QStringLiteral("note"), tr("What was done."), tr("text") });
    CliContext::addActorOption(parser);
}

int TaskDoneCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the id of the task."), 2);
    TaskService tasks = context.session().tasks();
    if (!tasks.task(args.at(1)))
        return context.fail(tr("no task with id '%1'.").arg(args.at(1)), 4);
    tasks.complete(args.at(1), context.parser().value(QStringLiteral("note")));
    const Task done = *tasks.task(args.at(1));
    const qint64 late = done.dueAt.secsTo(done.doneAt);
    context.emitResult(TriageJson::task(done, context.clock().now()),
                       late > 0 ? tr("Task done, %1 after it was due.").arg(TriageRules::duration(late)) : tr("Task done."));
    return 0;
}

void BoardCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("pdf"), tr("Write the board to this PDF file."), tr("file") });
    parser.addOption({ QStringLiteral("colour"), tr("Only citizens of this colour."), tr("colour") });
    parser.addOption({ QStringLiteral("nurse"), tr("Only this nurse's citizens and tasks (id or initials)."), tr("employee") });
    CliContext::addActorOption(parser);
}

int BoardCommand::run(CliContext &context)
{
    const QString pdf = context.parser().value(QStringLiteral("pdf"));
    if (pdf.isEmpty())
        return context.fail(tr("give the file to write with --pdf FILE."), 2);
    BoardFilter filter;
    QStringList filterText;
    if (const QString colour = context.parser().value(QStringLiteral("colour")); !colour.isEmpty()) {
        filter.colour = TriageColours::fromKey(colour);
        if (!filter.colour)
            return context.fail(tr("--colour '%1' is not green, yellow or red.").arg(colour), 2);
        filterText << tr("only %1").arg(TriageColours::displayName(*filter.colour).toLower());
    }
    if (const QString nurse = context.parser().value(QStringLiteral("nurse")); !nurse.isEmpty()) {
        const std::optional<Employee> e = context.employee(nurse);
        if (!e)
            return context.fail(tr("no employee with id or initials '%1'.").arg(nurse), 4);
        filter.nurseId = e->id;
        filterText << tr("citizens of %1").arg(e->name);
    }
    Session &session = context.session();
    const Board board = session.triage().board(filter);
    QStringList shown;
    for (const BoardEntry &e : board.entries)
        shown << e.citizenId;
    // Printed, the board carries every citizen on it: each is an opening, as a printed run list is.
    context.recordOpenings(shown, AccessPart::BoardPrinted);
    QString teamName = session.teamId();
    for (const Team &t : session.team().teams())
        if (t.id == session.teamId())
            teamName = t.name;
    TriageBoardPdf::document(board, teamName, filterText.join(QStringLiteral(", "))).writePdf(pdf);
    context.emitResult(QJsonObject { { QStringLiteral("pdf"), pdf },
                                     { QStringLiteral("citizens"), int(board.entries.size()) },
                                     { QStringLiteral("overdue"), board.overdueCount() } },
                       tr("Triage board with %n citizen(s) written to %1.", nullptr, int(board.entries.size())).arg(pdf));
    return 0;
}

} // namespace Kvarter
