// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "VisitCommands.h"

#include "session/Session.h"

#include "CliContext.h"
#include "JsonViews.h"
#include "plan/PlanCheck.h"
#include "store/Store.h"
#include "team/TeamService.h"
#include "visit/VisitService.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Kvarter {

void VisitsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("employee"), tr("Employee id or initials."), tr("id") });
    parser.addOption({ QStringLiteral("date"), tr("The day (default: today)."), tr("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("as"), tr("Who reads it (default: the employee whose day it is)."), tr("id") });
    CliContext::addReasonOption(parser);
}

int VisitsCommand::run(CliContext &context)
{
    const QString key = context.parser().value(QStringLiteral("employee"));
    if (key.isEmpty())
        return context.fail(tr("give --employee ID."), 2);
    const QString dateText = context.parser().value(QStringLiteral("date"));
    const QDate day = dateText.isEmpty() ? context.clock().today() : QDate::fromString(dateText, Qt::ISODate);
    if (!day.isValid())
        return context.fail(tr("'%1' is not a date; write it as YYYY-MM-DD.").arg(dateText), 2);
    const std::optional<Employee> employee = context.employee(key);
    if (!employee)
        return context.fail(tr("no employee with id or initials '%1'.").arg(key), 4);

    // Without --as, the employee reads their own day.
    Session &session =
        context.parser().value(QStringLiteral("as")).isEmpty() ? context.sessionAs(employee->id) : context.session();
    const QList<Visit> visits = session.visits().myDay(employee->id, day);
    // The day plan shows each citizen's name and address, as a run list does: one entry each.
    QStringList citizens;
    for (const Visit &v : visits)
        citizens << v.citizenId;
    context.recordOpenings(citizens, AccessPart::CliRead);
    // A double booking shows in the person's own day too, so a nurse's script can warn the planner.
    QHash<QString, QStringList> overlapsWith;
    for (const Overlap &o : PlanCheck::overlapping(visits)) {
        overlapsWith[o.first.id] << o.second.id;
        overlapsWith[o.second.id] << o.first.id;
    }
    QJsonArray array;
    QStringList lines { tr("%1, %2:").arg(employee->name, QLocale().toString(day, QLocale::LongFormat)) };
    for (const Visit &v : visits) {
        QJsonObject json = JsonViews::visit(v);
        json.insert(QStringLiteral("overlaps"), QJsonArray::fromStringList(overlapsWith.value(v.id)));
        array << json;
        lines << QStringLiteral("  %1–%2  %3, %4  [%5]  %6")
                     .arg(v.start.toString(QStringLiteral("HH:mm")), v.end().toString(QStringLiteral("HH:mm")), v.citizenName,
                          v.citizenAddress, VisitStatuses::displayName(v.status), v.id)
                + (overlapsWith.contains(v.id) ? tr("  (double booked)") : QString());
    }
    if (visits.isEmpty())
        lines << tr("  No visits.");
    context.emitResult(array, lines.join(QLatin1Char('\n')));
    return 0;
}

void VisitDoneCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("visit"), tr("The visit's id."));
    parser.addOption({ QStringLiteral("as"), tr("Who marks it (default: the visit's employee)."), tr("id") });
}

int VisitDoneCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the visit's id."), 2);
    // Without --as, the visit's own employee marks it; the visit is looked up as that person.
    const QString actorKey = context.parser().value(QStringLiteral("as"));
    std::optional<Visit> visit;
    if (actorKey.isEmpty()) {
        const std::optional<QString> assignee = VisitService::assigneeOf(context.store(), args.at(1));
        if (!assignee)
            return context.fail(tr("no visit with id '%1'.").arg(args.at(1)), 4);
        if (assignee->isEmpty())
            return context.fail(tr("the visit is not assigned to anyone; say who did it with --as."), 2);
        context.sessionAs(*assignee);
    }
    VisitService visits = context.session().visits();
    visit = visits.visit(args.at(1));
    if (!visit)
        return context.fail(tr("no visit with id '%1'.").arg(args.at(1)), 4);
    visits.setStatus(visit->id, VisitStatus::Done);
    const Visit updated = *visits.visit(visit->id);
    context.emitResult(
        JsonViews::visit(updated),
        tr("Visit to %1 at %2 marked done.").arg(updated.citizenName, updated.start.toString(QStringLiteral("HH:mm"))));
    return 0;
}

} // namespace Kvarter
