// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "RunListCommand.h"

#include "CliContext.h"
#include "catalogue/ServiceCatalogue.h"
#include "pdf/RunListPdf.h"
#include "plan/RunListService.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Kvarter {

void RunListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("date"), tr("The day (default: today)."), tr("YYYY-MM-DD") });
    parser.addOption(
        { QStringLiteral("employee"), tr("Only this employee's visits (id or initials); default: the whole team."), tr("id") });
    parser.addOption(
        { QStringLiteral("pdf"), tr("Write the run list to this PDF file (else it is printed as text)."), tr("file") });
    parser.addOption({ QStringLiteral("as"), tr("Who asks for it (default: the --employee)."), tr("id") });
    CliContext::addReasonOption(parser);
}

int RunListCommand::run(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QString dateText = parser.value(QStringLiteral("date"));
    const QDate day = dateText.isEmpty() ? context.clock().today() : QDate::fromString(dateText, Qt::ISODate);
    if (!day.isValid())
        return context.fail(tr("'%1' is not a date; write it as YYYY-MM-DD.").arg(dateText), 2);
    const QString employeeKey = parser.value(QStringLiteral("employee"));
    QString employeeId;
    if (!employeeKey.isEmpty()) {
        const std::optional<Employee> employee = context.employee(employeeKey);
        if (!employee)
            return context.fail(tr("no employee with id or initials '%1'.").arg(employeeKey), 4);
        employeeId = employee->id;
    }
    if (parser.value(QStringLiteral("as")).isEmpty() && employeeKey.isEmpty())
        return context.fail(tr("say who asks for the team's run list with --as EMPLOYEE (id or initials)."), 2);
    // Without --as, the employee whose list it is asks for it.
    Session &session = parser.value(QStringLiteral("as")).isEmpty() ? context.sessionAs(employeeId) : context.session();
    const RunList list = session.runLists().runList(day, employeeId);
    // Printed or shown, the list opens every citizen on it: one entry each.
    QStringList citizens;
    for (const RunListStop &s : list.stops)
        citizens << s.citizenId;
    context.recordOpenings(citizens, AccessPart::RunListPrinted);
    const QString pdf = parser.value(QStringLiteral("pdf"));
    if (!pdf.isEmpty())
        RunListPdf::document(list, context.clock().now()).writePdf(pdf);

    QJsonArray stops;
    QStringList lines;
    for (const RunListStop &s : list.stops) {
        stops << QJsonObject { { QStringLiteral("visit_id"), s.visitId },
                               { QStringLiteral("start"), s.start.toString(Qt::ISODate) },
                               { QStringLiteral("minutes"), s.minutes },
                               { QStringLiteral("employee_id"), s.employeeId },
                               { QStringLiteral("citizen"), s.citizenName },
                               { QStringLiteral("address"), s.address },
                               { QStringLiteral("postcode"), s.postcode },
                               { QStringLiteral("city"), s.city },
                               { QStringLiteral("phone"), s.phone },
                               { QStringLiteral("primary_contact"), s.primaryRelativeName },
                               { QStringLiteral("primary_contact_phone"), s.primaryRelativePhone },
                               { QStringLiteral("services"), QJsonArray::fromStringList(s.services) } };
        lines << QStringLiteral("  %1  %2  %3, %4 %5  %6  [%7]")
                     .arg(s.start.toString(QStringLiteral("HH:mm")),
                          s.employeeInitials.isEmpty() ? QStringLiteral("--") : s.employeeInitials, s.citizenName, s.address,
                          s.city, s.phone, s.services.join(QStringLiteral(", ")));
    }
    QJsonObject result { { QStringLiteral("day"), day.toString(Qt::ISODate) },
                         { QStringLiteral("employee_id"), employeeId },
                         { QStringLiteral("stops"), stops } };
    if (!pdf.isEmpty()) {
        result.insert(QStringLiteral("pdf"), pdf);
        context.emitResult(result,
                           tr("Run list for %1 with %n visit(s) written to %2.", nullptr, int(list.stops.size()))
                               .arg(day.toString(Qt::ISODate), pdf));
    } else {
        if (list.stops.isEmpty())
            lines << tr("  No visits.");
        context.emitResult(
            result, tr("Run list for %1:").arg(day.toString(Qt::ISODate)) + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    }
    return 0;
}

} // namespace Kvarter
