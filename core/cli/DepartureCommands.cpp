// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DepartureCommands.h"

#include "CliContext.h"
#include "privacy/LocalPurge.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace Kvarter {

void CitizenLeaveCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption({ QStringLiteral("date"), tr("The day the citizen left (YYYY-MM-DD; default today)."), tr("day") });
    parser.addOption({ QStringLiteral("reason"), tr("moved, died or ended."), tr("reason") });
    parser.addOption({ QStringLiteral("undo"), tr("The citizen did not leave after all.") });
    CliContext::addActorOption(parser);
}

int CitizenLeaveCommand::run(CliContext &context)
{
    int failed = 0;
    const std::optional<Citizen> citizen = context.citizenArgument(failed);
    if (!citizen)
        return failed;
    CitizenDepartures departures = context.session().departures();
    if (context.parser().isSet(QStringLiteral("undo"))) {
        departures.cancel(citizen->id);
        context.emitResult(QJsonObject { { QStringLiteral("citizen"), citizen->id }, { QStringLiteral("left"), false } },
                           tr("%1 is the team's citizen again.").arg(citizen->name));
        return 0;
    }
    const std::optional<DepartureReason> reason = CitizenDepartures::fromKey(context.parser().value(QStringLiteral("reason")));
    if (!reason)
        return context.fail(tr("give --reason moved, died or ended."), 2);
    const QString dateText = context.parser().value(QStringLiteral("date"));
    const QDate date = dateText.isEmpty() ? context.clock().today() : QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid())
        return context.fail(tr("--date '%1' is not a day; write it as 2026-03-02.").arg(dateText), 2);
    departures.record(citizen->id, date, *reason);
    context.emitResult(
        QJsonObject { { QStringLiteral("citizen"), citizen->id },
                      { QStringLiteral("left_on"), date.toString(Qt::ISODate) },
                      { QStringLiteral("reason"), CitizenDepartures::key(*reason) },
                      { QStringLiteral("removable_from"), date.addDays(LocalPurge::RetentionDays).toString(Qt::ISODate) } },
        tr("%1 left the team (%2) on %3; laptops remove their copy from %4.")
            .arg(citizen->name, CitizenDepartures::displayName(*reason), date.toString(Qt::ISODate),
                 date.addDays(LocalPurge::RetentionDays).toString(Qt::ISODate)));
    return 0;
}

void PurgeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("dry-run"), tr("Only say what would be removed and what stays, and why.") });
}

int PurgeCommand::run(CliContext &context)
{
    LocalPurge purge(context.store());
    const QList<PurgeCandidate> candidates = purge.candidates();
    QJsonArray array;
    QStringList lines;
    for (const PurgeCandidate &c : candidates) {
        array << QJsonObject { { QStringLiteral("citizen"), c.citizenId },
                               { QStringLiteral("left_on"), c.leftOn.toString(Qt::ISODate) },
                               { QStringLiteral("removable_from"), c.removableFrom.toString(Qt::ISODate) },
                               { QStringLiteral("kept_because"), c.keptBecause } };
        lines << QStringLiteral("%1  %2").arg(c.citizenId, c.keptBecause.isEmpty() ? tr("may be removed") : c.keptBecause);
    }
    QJsonObject json { { QStringLiteral("candidates"), array }, { QStringLiteral("laptop_revoked"), purge.laptopRevoked() } };
    if (!context.parser().isSet(QStringLiteral("dry-run"))) {
        const PurgeReport report = purge.run();
        json.insert(QStringLiteral("citizens_removed"), report.citizensRemoved);
        json.insert(QStringLiteral("rows_removed"), double(report.rowsRemoved));
        lines << tr("Removed %n citizen(s) from this computer.", nullptr, report.citizensRemoved);
    }
    context.emitResult(json, lines.isEmpty() ? tr("No citizen has left the team.") : lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace Kvarter
