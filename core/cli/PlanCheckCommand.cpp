// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PlanCheckCommand.h"

#include "CliContext.h"
#include "JsonViews.h"
#include "plan/PlanCheck.h"
#include "session/Session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kvarter {

void PlanCheckCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("date"), tr("The day (default: today)."), tr("YYYY-MM-DD") });
    CliContext::addActorOption(parser);
}

int PlanCheckCommand::run(CliContext &context)
{
    const QString dateText = context.parser().value(QStringLiteral("date"));
    const QDate day = dateText.isEmpty() ? context.clock().today() : QDate::fromString(dateText, Qt::ISODate);
    if (!day.isValid())
        return context.fail(tr("'%1' is not a date; write it as YYYY-MM-DD.").arg(dateText), 2);
    Session &session = context.session();
    const QList<Overlap> overlaps = session.planCheck().overlaps(session.teamId(), day);
    QJsonArray array;
    QStringList lines;
    for (const Overlap &o : overlaps) {
        array << QJsonObject { { QStringLiteral("employee_id"), o.first.employeeId },
                               { QStringLiteral("employee"), o.first.employeeName },
                               { QStringLiteral("first"), JsonViews::visit(o.first) },
                               { QStringLiteral("second"), JsonViews::visit(o.second) } };
        lines << tr("%1: %2 %3–%4 overlaps %5 %6–%7")
                     .arg(o.first.employeeName, o.first.citizenName, o.first.start.toString(QStringLiteral("HH:mm")),
                          o.first.end().toString(QStringLiteral("HH:mm")), o.second.citizenName,
                          o.second.start.toString(QStringLiteral("HH:mm")), o.second.end().toString(QStringLiteral("HH:mm")));
    }
    context.emitResult(array, lines.isEmpty() ? tr("No double bookings.") : lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace Kvarter
