// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CitizenCommands.h"

#include "session/Session.h"

#include "CliContext.h"
#include "JsonViews.h"
#include "catalogue/ServiceCatalogue.h"
#include "citizen/CitizenService.h"
#include "citizen/Cpr.h"
#include "grant/GrantService.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Kvarter {

void CitizensCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("search"), tr("Words to find in name, CPR or address."), tr("text") });
    parser.addOption({ QStringLiteral("limit"), tr("At most this many citizens."), tr("N"), QStringLiteral("100000") });
    CliContext::addActorOption(parser);
}

int CitizensCommand::run(CliContext &context)
{
    CitizenQuery query;
    query.text = context.parser().value(QStringLiteral("search"));
    query.limit = context.parser().value(QStringLiteral("limit")).toInt();
    const QList<Citizen> citizens = context.session().citizens().search(query);
    QJsonArray array;
    QStringList lines;
    for (const Citizen &c : citizens) {
        array << JsonViews::citizen(c);
        lines << QStringLiteral("%1  %2  %3, %4 %5").arg(Cpr::formatted(c.cpr), c.name, c.address, c.postcode, c.city);
    }
    context.emitResult(array, lines.isEmpty() ? tr("No citizens found.") : lines.join(QLatin1Char('\n')));
    return 0;
}

void CitizenCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    CliContext::addActorOption(parser);
    CliContext::addReasonOption(parser);
}

int CitizenCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the citizen's CPR number or id."), 2);
    CitizenService citizens = context.session().citizens();
    std::optional<Citizen> citizen = citizens.byCpr(args.at(1));
    if (!citizen)
        citizen = citizens.citizen(args.at(1));
    if (!citizen)
        return context.fail(tr("no citizen with CPR number or id '%1'.").arg(args.at(1)), 4);
    context.recordOpening(citizen->id, AccessPart::Record);

    const QList<Relative> relatives = citizens.relatives(citizen->id);
    const QList<Grant> grants = context.session().grants().grantsFor(citizen->id);
    QJsonObject json = JsonViews::citizen(*citizen);
    QJsonArray network, grantArray;
    QStringList lines {
        QStringLiteral("%1  %2").arg(Cpr::formatted(citizen->cpr), citizen->name),
        QStringLiteral("%1, %2 %3  tlf. %4").arg(citizen->address, citizen->postcode, citizen->city, citizen->phone),
        tr("Contact person: %1").arg(citizen->contactPersonName), tr("Visitator: %1").arg(citizen->visitatorName), tr("Network:")
    };
    for (const Relative &r : relatives) {
        network << JsonViews::relative(r);
        lines << QStringLiteral("  %1 (%2) %3%4")
                     .arg(r.name, r.relation, r.phone, r.isPrimary ? tr(" — primary contact") : QString());
    }
    lines << tr("Grants:");
    for (const Grant &g : grants) {
        grantArray << JsonViews::grant(g);
        lines << QStringLiteral("  %1 %2 %3")
                     .arg(g.serviceCode, ServiceCatalogue::standard().nameOf(g.serviceCode),
                          g.kind == Grant::Kind::Course ? tr("(course of care)") : tr("%1 min/week").arg(g.minutesPerWeek));
    }
    json.insert(QStringLiteral("network"), network);
    json.insert(QStringLiteral("grants"), grantArray);
    context.emitResult(json, lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace Kvarter
