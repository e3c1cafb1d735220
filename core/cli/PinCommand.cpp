// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PinCommand.h"

#include "CliContext.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace Kvarter {

void PinCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("set, reset or status"));
    parser.addPositionalArgument(QStringLiteral("employee"), tr("The employee (id or initials)."));
    CliContext::addActorOption(parser);
}

int PinCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    const QString action = args.value(1);
    if (args.size() < 3
        || !QStringList { QStringLiteral("set"), QStringLiteral("reset"), QStringLiteral("status") }.contains(action))
        return context.fail(tr("write: pin set|reset|status EMPLOYEE"), 2);
    const std::optional<Employee> employee = context.employee(args.at(2));
    if (!employee)
        return context.fail(tr("no employee with id or initials '%1'.").arg(args.at(2)), 4);

    Session probe(context.store(), context.clock());
    const PinStatus status = probe.pinStatus(employee->id);
    if (action == QLatin1String("status")) {
        const QString state = !status.chosen ? tr("no PIN yet")
            : status.lockedOut               ? tr("locked after %n wrong tries", nullptr, status.failedTries)
                                             : tr("%n wrong try(s) since the last sign-in", nullptr, status.failedTries);
        context.emitResult(QJsonObject { { QStringLiteral("employee"), employee->id },
                                         { QStringLiteral("chosen"), status.chosen },
                                         { QStringLiteral("failedTries"), status.failedTries },
                                         { QStringLiteral("lockedOut"), status.lockedOut } },
                           QStringLiteral("%1: %2").arg(employee->name, state));
        return 0;
    }

    if (action == QLatin1String("set") && !status.chosen) {
        // The first PIN: whoever is at the keyboard as this employee chooses it (the first login).
        probe.choosePinAndSignIn(employee->id, context.secret("KVARTER_NEW_PIN", tr("New PIN for %1").arg(employee->name)));
    } else {
        const bool own = action == QLatin1String("set");
        if (!own && context.parser().value(QStringLiteral("as")).isEmpty())
            return context.fail(tr("say who gives the new PIN with --as (a planner or team leader)."), 2);
        Session &session = own ? context.sessionAs(employee->id) : context.session();
        session.setPin(employee->id, context.secret("KVARTER_NEW_PIN", tr("New PIN for %1").arg(employee->name)));
    }
    context.emitResult(QJsonObject { { QStringLiteral("employee"), employee->id }, { QStringLiteral("set"), true } },
                       tr("%1 has a new PIN on this computer.").arg(employee->name));
    return 0;
}

} // namespace Kvarter
