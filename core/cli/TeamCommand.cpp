// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TeamCommand.h"

#include "session/Session.h"

#include "CliContext.h"
#include "common/Error.h"
#include "common/PrivateFiles.h"
#include "store/Store.h"
#include "sync/SyncSettings.h"
#include "sync/TeamMembership.h"
#include "team/TeamService.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

namespace Kvarter {

using Sync::TeamMembership;

void TeamCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("create, invite, join, enrol, revoke or devices."));
    parser.addOption({ QStringLiteral("as"), tr("The planner who acts (id or initials)."), tr("employee") });
    parser.addOption({ QStringLiteral("device"), tr("Name of the laptop (create, invite)."), tr("name") });
    parser.addOption({ QStringLiteral("out"), tr("Where to write the invitation file."), tr("file") });
    parser.addOption({ QStringLiteral("passphrase"),
                       tr("Passphrase of the invitation (else KVARTER_PASSPHRASE or "
                          "the first line on standard input)."),
                       tr("text") });
}

QString TeamCommand::passphrase(CliContext &context)
{
    QString text = context.parser().value(QStringLiteral("passphrase"));
    if (text.isEmpty())
        text = qEnvironmentVariable("KVARTER_PASSPHRASE");
    if (text.isEmpty())
        text = QTextStream(stdin).readLine();
    return text;
}

int TeamCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString action = args.value(1);
    Store &store = context.store();
    TeamMembership team(store);
    const QString deviceName = context.parser().value(QStringLiteral("device"));

    if (action == QLatin1String("create")) {
        const QList<Team> teams = TeamService(store).teams();
        if (teams.isEmpty())
            return context.fail(tr("the database has no team to sync."), 2);
        team.create(teams.first().id, deviceName.isEmpty() ? tr("Planner's laptop") : deviceName, context.actor());
        context.emitResult(
            QJsonObject { { QStringLiteral("team_id"), team.teamId() }, { QStringLiteral("device_id"), store.deviceId() } },
            tr("Sync team created for %1. This laptop is device %2.").arg(teams.first().name, store.deviceId()));
        return 0;
    }
    if (action == QLatin1String("invite")) {
        const QString out = context.parser().value(QStringLiteral("out"));
        if (out.isEmpty() || deviceName.isEmpty())
            return context.fail(tr("give --device NAME and --out FILE."), 2);
        const Actor &actor = context.actor();
        const QByteArray invitation = team.invite(deviceName, passphrase(context), actor);
        if (!PrivateFiles::write(out, invitation))
            return context.fail(tr("cannot write %1.").arg(out));
        context.emitResult(QJsonObject { { QStringLiteral("invitation"), out } },
                           tr("Invitation for %1 written to %2. Give the passphrase separately.").arg(deviceName, out));
        return 0;
    }
    if (action == QLatin1String("join")) {
        QFile file(args.value(2));
        if (args.size() < 3 || !file.open(QIODevice::ReadOnly))
            return context.fail(tr("give the invitation file: team join FILE."), 2);
        team.join(file.readAll(), passphrase(context));
        context.emitResult(
            QJsonObject { { QStringLiteral("team_id"), team.teamId() }, { QStringLiteral("device_id"), store.deviceId() } },
            tr("This laptop has joined the team. Sync to fetch the team's data."));
        return 0;
    }
    if (action == QLatin1String("revoke")) {
        if (args.size() < 3)
            return context.fail(tr("give the device id: team revoke DEVICE."), 2);
        team.revoke(args.at(2), context.actor());
        context.emitResult(QJsonObject { { QStringLiteral("revoked"), args.at(2) } },
                           tr("Device %1 is removed; its later bundles will be refused.").arg(args.at(2)));
        return 0;
    }
    if (action == QLatin1String("enrol")) {
        // The sync server's operator allows the team (kvarter-server team allow NAME); its first sync uses the token.
        if (args.size() < 3)
            return context.fail(tr("give the enrolment token: team enrol TOKEN."), 2);
        Sync::SyncSettings(store).setEnrolmentToken(args.at(2));
        context.emitResult(QJsonObject { { QStringLiteral("enrolment"), true } },
                           tr("The enrolment token is kept; the next sync with the server registers the team there."));
        return 0;
    }
    if (action == QLatin1String("devices")) {
        QJsonArray array;
        QStringList lines;
        for (const Sync::TeamDevice &d : team.devices()) {
            array << QJsonObject { { QStringLiteral("id"), d.id },
                                   { QStringLiteral("name"), d.name },
                                   { QStringLiteral("role"), d.role },
                                   { QStringLiteral("revoked"), d.removed } };
            lines << QStringLiteral("%1  %2 (%3)%4").arg(d.id, d.name, d.role, d.removed ? tr(" — removed") : QString());
        }
        context.emitResult(array, lines.join(QLatin1Char('\n')));
        return 0;
    }
    return context.fail(tr("unknown team action '%1'; use create, invite, join, enrol, revoke or devices.").arg(action), 2);
}

} // namespace Kvarter
