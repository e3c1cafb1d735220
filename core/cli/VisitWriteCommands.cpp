// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "VisitWriteCommands.h"

#include "session/Session.h"

#include "CliContext.h"
#include "JsonViews.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "plan/PlanService.h"
#include "visit/VisitService.h"

#include <QCommandLineParser>

namespace Kvarter {

namespace {

QString visitLine(const Visit &v)
{
    return QStringLiteral("%1  %2 %3–%4  %5  %6")
        .arg(v.id, v.start.toString(QStringLiteral("yyyy-MM-dd")), v.start.toString(QStringLiteral("HH:mm")),
             v.end().toString(QStringLiteral("HH:mm")), v.citizenName,
             v.employeeInitials.isEmpty() ? QStringLiteral("-") : v.employeeInitials);
}

} // namespace

void VisitAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption({ QStringLiteral("start"),
                       tr("When the visit starts (ISO 8601, Copenhagen time unless an offset is given)."), tr("ISO-TIME") });
    parser.addOption({ QStringLiteral("minutes"), tr("How long the visit lasts."), tr("M") });
    parser.addOption({ QStringLiteral("employee"), tr("Who makes the visit (default: nobody yet)."), tr("id") });
    parser.addOption(
        { QStringLiteral("services"), tr("FSIII service codes done on the visit, separated by commas."), tr("codes") });
    CliContext::addActorOption(parser);
}

int VisitAddCommand::run(CliContext &context)
{
    int failed = 0;
    const std::optional<Citizen> citizen = context.citizenArgument(failed);
    if (!citizen)
        return failed;
    Visit visit;
    visit.citizenId = citizen->id;
    const QString startText = context.parser().value(QStringLiteral("start"));
    if (!startText.isEmpty()) {
        const std::optional<QDateTime> start = CliContext::parseTime(startText);
        if (!start)
            return context.fail(tr("--start '%1' is not a time; write it as ISO 8601, e.g. 2026-03-02T09:30.").arg(startText), 2);
        visit.start = start->toTimeZone(Clock::teamZone());
    }
    visit.minutes = context.parser().value(QStringLiteral("minutes")).toInt();
    if (const QString key = context.parser().value(QStringLiteral("employee")); !key.isEmpty()) {
        const std::optional<Employee> employee = context.employee(key);
        if (!employee)
            return context.fail(tr("no employee with id or initials '%1'.").arg(key), 4);
        visit.employeeId = employee->id;
    }
    visit.services = context.parser().value(QStringLiteral("services")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &code : visit.services)
        code = code.trimmed();
    VisitService visits = context.session().visits();
    const Visit added = *visits.visit(visits.add(visit));
    context.emitResult(JsonViews::visit(added), tr("Visit planned: %1").arg(visitLine(added)));
    return 0;
}

void VisitMoveCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("visit"), tr("The visit's id."));
    parser.addOption(
        { QStringLiteral("employee"), tr("Give the visit to this employee; an empty value unassigns it."), tr("id") });
    parser.addOption({ QStringLiteral("start"),
                       tr("The visit's new start (ISO 8601, Copenhagen time unless an offset is given)."), tr("ISO-TIME") });
    CliContext::addActorOption(parser);
}

int VisitMoveCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the visit's id."), 2);
    if (!context.parser().isSet(QStringLiteral("employee")) && !context.parser().isSet(QStringLiteral("start")))
        return context.fail(tr("give --employee E, --start T or both."), 2);
    context.session(); // who acts is settled first: a missing or unknown --as is said before anything else
    std::optional<QString> employeeId;
    if (context.parser().isSet(QStringLiteral("employee"))) {
        const QString key = context.parser().value(QStringLiteral("employee"));
        employeeId = QString();
        if (!key.isEmpty()) {
            const std::optional<Employee> employee = context.employee(key);
            if (!employee)
                return context.fail(tr("no employee with id or initials '%1'.").arg(key), 4);
            employeeId = employee->id;
        }
    }
    QDateTime start;
    if (const QString text = context.parser().value(QStringLiteral("start")); !text.isEmpty()) {
        const std::optional<QDateTime> parsed = CliContext::parseTime(text);
        if (!parsed)
            return context.fail(tr("--start '%1' is not a time; write it as ISO 8601, e.g. 2026-03-02T09:30.").arg(text), 2);
        start = parsed->toTimeZone(Clock::teamZone());
    }
    VisitService visits = context.session().visits();
    if (!visits.visit(args.at(1)))
        return context.fail(tr("no visit with id '%1'.").arg(args.at(1)), 4);
    context.session().plan().move(args.at(1), employeeId, start);
    const Visit moved = *visits.visit(args.at(1));
    context.emitResult(JsonViews::visit(moved), tr("Visit moved: %1").arg(visitLine(moved)));
    return 0;
}

void VisitStatusCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("visit"), tr("The visit's id."));
    parser.addOption({ QStringLiteral("status"), tr("planned, done, not-home or cancelled."), tr("status") });
    CliContext::addActorOption(parser);
}

int VisitStatusCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the visit's id."), 2);
    const QString text = context.parser().value(QStringLiteral("status"));
    // The stored key is "nothome"; people and scripts write "not-home", so both are read.
    const std::optional<VisitStatus> status = VisitStatuses::fromKey(QString(text).remove(QLatin1Char('-')));
    if (text.isEmpty() || !status)
        return context.fail(tr("--status '%1' is not one of planned, done, not-home, cancelled.").arg(text), 2);
    context.session(); // who acts is settled first: a missing or unknown --as is said before anything else
    VisitService visits = context.session().visits();
    if (!visits.visit(args.at(1)))
        return context.fail(tr("no visit with id '%1'.").arg(args.at(1)), 4);
    visits.setStatus(args.at(1), *status);
    const Visit updated = *visits.visit(args.at(1));
    context.emitResult(JsonViews::visit(updated),
                       tr("Visit %1 is now %2.").arg(updated.id, VisitStatuses::displayName(updated.status).toLower()));
    return 0;
}

} // namespace Kvarter
