// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "EmployeesCommand.h"

#include "CliContext.h"
#include "JsonViews.h"
#include "team/TeamService.h"

#include <QJsonArray>

namespace Kvarter {

int EmployeesCommand::run(CliContext &context)
{
    QJsonArray array;
    QStringList lines;
    for (const Employee &e : TeamService(context.store()).employees()) {
        array << JsonViews::employee(e);
        lines << QStringLiteral("%1  %2  %3 (%4)").arg(e.id, e.initials.leftJustified(4), e.name, Roles::displayName(e.role));
    }
    context.emitResult(array, lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace Kvarter
