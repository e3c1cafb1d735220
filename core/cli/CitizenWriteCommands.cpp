// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CitizenWriteCommands.h"

#include "session/Session.h"

#include "CliContext.h"
#include "JsonViews.h"
#include "catalogue/ServiceCatalogue.h"
#include "citizen/CitizenService.h"
#include "citizen/Cpr.h"
#include "common/Error.h"
#include "grant/GrantService.h"
#include "team/TeamService.h"

#include <QCommandLineParser>

namespace Kvarter {

namespace {

void addCitizenOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("cpr"),
                       QCoreApplication::translate("Kvarter::CitizenAddCommand", "CPR number (DDMMYY-XXXX)."),
                       QCoreApplication::translate("Kvarter::CitizenAddCommand", "cpr") });
    parser.addOption({ QStringLiteral("name"), QCoreApplication::translate("Kvarter::CitizenAddCommand", "Full name."),
                       QCoreApplication::translate("Kvarter::CitizenAddCommand", "name") });
    parser.addOption({ QStringLiteral("address"),
                       QCoreApplication::translate("Kvarter::CitizenAddCommand", "Street address where the team visits."),
                       QCoreApplication::translate("Kvarter::CitizenAddCommand", "address") });
    parser.addOption({ QStringLiteral("postcode"),
                       QCoreApplication::translate("Kvarter::CitizenAddCommand", "Four-digit postcode."),
                       QCoreApplication::translate("Kvarter::CitizenAddCommand", "postcode") });
    parser.addOption({ QStringLiteral("city"), QCoreApplication::translate("Kvarter::CitizenAddCommand", "Town."),
                       QCoreApplication::translate("Kvarter::CitizenAddCommand", "town") });
    parser.addOption({ QStringLiteral("phone"), QCoreApplication::translate("Kvarter::CitizenAddCommand", "The citizen's phone."),
                       QCoreApplication::translate("Kvarter::CitizenAddCommand", "phone") });
    parser.addOption(
        { QStringLiteral("contact-person"),
          QCoreApplication::translate("Kvarter::CitizenAddCommand", "The fixed contact person (employee id or initials)."),
          QCoreApplication::translate("Kvarter::CitizenAddCommand", "id") });
    parser.addOption(
        { QStringLiteral("visitator"),
          QCoreApplication::translate("Kvarter::CitizenAddCommand", "The fixed visitator (employee id or initials)."),
          QCoreApplication::translate("Kvarter::CitizenAddCommand", "id") });
    CliContext::addActorOption(parser);
}

/// Copies the options given onto `citizen`; returns an error message for an unknown employee.
QString applyCitizenOptions(CliContext &context, Citizen &citizen)
{
    const QCommandLineParser &p = context.parser();
    const auto take = [&](const char *option, QString &field) {
        if (p.isSet(QLatin1String(option)))
            field = p.value(QLatin1String(option));
    };
    take("cpr", citizen.cpr);
    take("name", citizen.name);
    take("address", citizen.address);
    take("postcode", citizen.postcode);
    take("city", citizen.city);
    take("phone", citizen.phone);
    const auto person = [&](const char *option, QString &field) -> QString {
        if (!p.isSet(QLatin1String(option)))
            return {};
        const QString key = p.value(QLatin1String(option));
        if (key.isEmpty()) {
            field.clear();
            return {};
        }
        const std::optional<Employee> e = context.employee(key);
        if (!e)
            return QCoreApplication::translate("Kvarter::CitizenAddCommand", "no employee with id or initials '%1'.").arg(key);
        field = e->id;
        return {};
    };
    if (QString error = person("contact-person", citizen.contactPersonId); !error.isEmpty())
        return error;
    return person("visitator", citizen.visitatorId);
}

QString citizenLine(const Citizen &c)
{
    return QStringLiteral("%1  %2  %3, %4 %5").arg(Cpr::formatted(c.cpr), c.name, c.address, c.postcode, c.city);
}

} // namespace

void CitizenAddCommand::addOptions(QCommandLineParser &parser) const { addCitizenOptions(parser); }

int CitizenAddCommand::run(CliContext &context)
{
    context.session(); // who acts is settled first: a missing or unknown --as is said before anything else
    Citizen citizen;
    // A citizen belongs to the team of whoever registers them, as in the desktop's form.
    citizen.teamId = context.session().teamId();
    if (const QString error = applyCitizenOptions(context, citizen); !error.isEmpty())
        return context.fail(error, 4);
    CitizenService citizens = context.session().citizens();
    const Citizen added = *citizens.citizen(citizens.add(citizen));
    context.emitResult(JsonViews::citizen(added), tr("Citizen registered: %1").arg(citizenLine(added)));
    return 0;
}

void CitizenEditCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    addCitizenOptions(parser);
}

int CitizenEditCommand::run(CliContext &context)
{
    int failed = 0;
    std::optional<Citizen> citizen = context.citizenArgument(failed);
    if (!citizen)
        return failed;
    if (const QString error = applyCitizenOptions(context, *citizen); !error.isEmpty())
        return context.fail(error, 4);
    CitizenService citizens = context.session().citizens();
    citizens.update(*citizen);
    const Citizen changed = *citizens.citizen(citizen->id);
    context.emitResult(JsonViews::citizen(changed), tr("Citizen changed: %1").arg(citizenLine(changed)));
    return 0;
}

void RelativeAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption({ QStringLiteral("name"), tr("The relative's name."), tr("name") });
    parser.addOption({ QStringLiteral("relation"), tr("How they are related, e.g. daughter or neighbour."), tr("relation") });
    parser.addOption({ QStringLiteral("phone"), tr("The relative's phone."), tr("phone") });
    parser.addOption({ QStringLiteral("primary"), tr("Make this the primary contact (the others stop being it).") });
    parser.addOption({ QStringLiteral("may-inform"), tr("The citizen agrees that this person may be informed.") });
    CliContext::addActorOption(parser);
}

int RelativeAddCommand::run(CliContext &context)
{
    int failed = 0;
    const std::optional<Citizen> citizen = context.citizenArgument(failed);
    if (!citizen)
        return failed;
    Relative relative;
    relative.citizenId = citizen->id;
    relative.name = context.parser().value(QStringLiteral("name"));
    relative.relation = context.parser().value(QStringLiteral("relation"));
    relative.phone = context.parser().value(QStringLiteral("phone"));
    relative.isPrimary = context.parser().isSet(QStringLiteral("primary"));
    relative.mayInform = context.parser().isSet(QStringLiteral("may-inform"));
    CitizenService citizens = context.session().citizens();
    const QString id = citizens.addRelative(relative);
    for (const Relative &r : citizens.relatives(citizen->id))
        if (r.id == id) {
            context.emitResult(JsonViews::relative(r), tr("%1 added to %2's network.").arg(r.name, citizen->name));
            return 0;
        }
    return context.fail(tr("the relative was saved but cannot be read back."), 1);
}

void GrantAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption({ QStringLiteral("service"), tr("The FSIII service code, e.g. H1.1."), tr("code") });
    parser.addOption({ QStringLiteral("minutes-per-week"), tr("Minutes granted per week."), tr("M") });
    parser.addOption({ QStringLiteral("course"), tr("Grant a holistic course of care (Ældreloven) instead of minutes.") });
    parser.addOption({ QStringLiteral("from"), tr("The first day of the grant."), tr("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("to"), tr("The last day of the grant (default: open-ended)."), tr("YYYY-MM-DD") });
    CliContext::addActorOption(parser);
}

int GrantAddCommand::run(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const QStringList args = p.positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the citizen's CPR number or id."), 2);
    if (p.isSet(QStringLiteral("course")) == p.isSet(QStringLiteral("minutes-per-week")))
        return context.fail(tr("give either --minutes-per-week M or --course."), 2);
    context.session(); // who acts is settled first: a missing or unknown --as is said before anything else
    const std::optional<Citizen> citizen = context.citizen(args.at(1));
    if (!citizen)
        return context.fail(tr("no citizen with CPR number or id '%1'.").arg(args.at(1)), 4);
    Grant grant;
    grant.citizenId = citizen->id;
    grant.serviceCode = p.value(QStringLiteral("service"));
    grant.kind = p.isSet(QStringLiteral("course")) ? Grant::Kind::Course : Grant::Kind::MinutesPerWeek;
    grant.minutesPerWeek = p.value(QStringLiteral("minutes-per-week")).toInt();
    // An unparsable date stays invalid, and the service says what is missing.
    grant.validFrom = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    if (p.isSet(QStringLiteral("to"))) {
        grant.validTo = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
        if (!grant.validTo.isValid())
            return context.fail(tr("--to '%1' is not a date; write it as YYYY-MM-DD.").arg(p.value(QStringLiteral("to"))), 2);
    }
    GrantService grants = context.session().grants();
    const QString id = grants.add(grant);
    for (const Grant &g : grants.grantsFor(citizen->id))
        if (g.id == id) {
            context.emitResult(
                JsonViews::grant(g),
                tr("%1 granted %2 from %3.")
                    .arg(citizen->name, ServiceCatalogue::standard().nameOf(g.serviceCode), g.validFrom.toString(Qt::ISODate)));
            return 0;
        }
    return context.fail(tr("the grant was saved but cannot be read back."), 1);
}

} // namespace Kvarter
