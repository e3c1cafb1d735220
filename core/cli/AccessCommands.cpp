// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AccessCommands.h"

#include "CliContext.h"
#include "access/Access.h"
#include "citizen/Cpr.h"
#include "pdf/AccessReportPdf.h"
#include "privacy/AccessLog.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Kvarter {

namespace {

QString reasonKey(UnusualReason reason)
{
    switch (reason) {
    case UnusualReason::NoVisitPlanned: return QStringLiteral("no-visit-planned");
    case UnusualReason::OutsideOwnTeam: return QStringLiteral("outside-own-team");
    case UnusualReason::BrokeTheGlass: return QStringLiteral("broke-the-glass");
    case UnusualReason::AtNight: return QStringLiteral("at-night");
    }
    return {};
}

QJsonObject entryJson(const AccessEntry &e)
{
    return { { QStringLiteral("id"), e.id },
             { QStringLiteral("citizen_id"), e.citizenId },
             { QStringLiteral("citizen"), e.citizenName },
             { QStringLiteral("employee_id"), e.employeeId },
             { QStringLiteral("employee"), e.employeeName },
             { QStringLiteral("role"), e.role ? Roles::key(*e.role) : QString() },
             { QStringLiteral("team_id"), e.teamId },
             { QStringLiteral("opened_at"), e.openedAt.toString(Qt::ISODate) },
             { QStringLiteral("part"), e.partKey },
             { QStringLiteral("context"), e.contextKey },
             { QStringLiteral("grant_id"), e.grantId },
             { QStringLiteral("reason"), e.grantReason } };
}

QString whenText(const AccessEntry &e) { return e.openedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

QString whoText(const AccessEntry &e)
{
    const QString who = e.employeeName.isEmpty() ? e.employeeId : e.employeeName;
    return e.roleName().isEmpty() ? who : QStringLiteral("%1 (%2)").arg(who, e.roleName().toLower());
}

// --from/--to as dates; an empty option leaves `date` as it is. False (and `code` set) on a bad one.
bool readDate(CliContext &context, const QString &option, QDate &date, int &code)
{
    const QString text = context.parser().value(option);
    if (text.isEmpty())
        return true;
    date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return true;
    code = context.fail(AccessLogCommand::tr("--%1 '%2' is not a date; write it as YYYY-MM-DD.").arg(option, text), 2);
    return false;
}

void addPeriodOptions(QCommandLineParser &parser, const QString &fromHelp, const QString &toHelp)
{
    parser.addOption({ QStringLiteral("from"), fromHelp, AccessLogCommand::tr("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("to"), toHelp, AccessLogCommand::tr("YYYY-MM-DD") });
}

} // namespace

void AccessLogCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    addPeriodOptions(parser, tr("Openings from this day (default: the first)."), tr("Openings up to this day (default: today)."));
    parser.addOption({ QStringLiteral("pdf"), tr("Write the report to this PDF file."), tr("file") });
    CliContext::addActorOption(parser);
    CliContext::addReasonOption(parser);
}

int AccessLogCommand::run(CliContext &context)
{
    QDate from, to;
    int code = 0;
    if (!readDate(context, QStringLiteral("from"), from, code) || !readDate(context, QStringLiteral("to"), to, code))
        return code;
    const std::optional<Citizen> citizen = context.citizenArgument(code);
    if (!citizen)
        return code;
    // Refused before anything is logged: only the team leader reviews who has looked.
    Access::require(context.actor(), Right::ReviewAccess);
    const QString pdf = context.parser().value(QStringLiteral("pdf"));
    // The report shows who has looked at the citizen: reading it is an opening too, and in it. On
    // paper or on the terminal it is the same report printed, as `letter` logs a printed letter.
    context.recordOpening(citizen->id, AccessPart::ReportPrinted);
    const QList<AccessEntry> entries = context.session().accessLog().whoLooked(citizen->id, from, to);
    if (!pdf.isEmpty())
        AccessReportPdf::document(*citizen, entries, from, to, context.clock().now()).writePdf(pdf);

    QJsonArray array;
    QStringList lines { tr("Who has opened the record of %1 (%2):").arg(citizen->name, Cpr::formatted(citizen->cpr)) };
    for (const AccessEntry &e : entries) {
        array << entryJson(e);
        lines << QStringLiteral("  %1  %2  %3  %4%5")
                     .arg(whenText(e), whoText(e), e.partName(), e.contextName(),
                          e.grantReason.isEmpty() ? QString() : tr(" — reason: %1").arg(e.grantReason));
    }
    if (!pdf.isEmpty())
        lines << tr("Report with %n opening(s) written to %1.", nullptr, int(entries.size())).arg(pdf);
    const QJsonObject result { { QStringLiteral("citizen_id"), citizen->id },
                               { QStringLiteral("citizen"), citizen->name },
                               { QStringLiteral("from"), from.toString(Qt::ISODate) },
                               { QStringLiteral("to"), to.toString(Qt::ISODate) },
                               { QStringLiteral("pdf"), pdf },
                               { QStringLiteral("openings"), array } };
    context.emitResult(result, lines.join(QLatin1Char('\n')));
    return 0;
}

void AccessReviewCommand::addOptions(QCommandLineParser &parser) const
{
    addPeriodOptions(parser, tr("Openings from this day (default: 13 days before --to)."),
                     tr("Openings up to this day (default: today)."));
    CliContext::addActorOption(parser);
}

int AccessReviewCommand::run(CliContext &context)
{
    QDate to = context.clock().today();
    int code = 0;
    if (!readDate(context, QStringLiteral("to"), to, code))
        return code;
    QDate from = to.addDays(-13); // two weeks: the review a team leader does every other week
    if (!readDate(context, QStringLiteral("from"), from, code))
        return code;
    if (from > to)
        return context.fail(tr("--from %1 is after --to %2.").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)), 2);
    const QList<UnusualOpening> unusual = context.session().accessLog().unusual(from, to);

    QJsonArray array;
    QStringList lines { tr("Unusual openings %1 – %2:").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)) };
    for (const UnusualOpening &u : unusual) {
        QJsonObject o = entryJson(u.entry);
        QJsonArray keys;
        QStringList why;
        for (UnusualReason reason : u.reasons) {
            keys << reasonKey(reason);
            why << AccessLog::describe(reason, u.entry);
        }
        o.insert(QStringLiteral("reasons"), keys);
        o.insert(QStringLiteral("why"), why.join(QStringLiteral("; ")));
        array << o;
        lines << QStringLiteral("  %1  %2  %3  %4 — %5")
                     .arg(whenText(u.entry), whoText(u.entry),
                          u.entry.citizenName.isEmpty() ? u.entry.citizenId : u.entry.citizenName, u.entry.partName(),
                          why.join(QStringLiteral("; ")));
    }
    if (unusual.isEmpty())
        lines << tr("  None.");
    context.emitResult(array, lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace Kvarter
