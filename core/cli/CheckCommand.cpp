// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CheckCommand.h"

#include "CliContext.h"
#include "store/Migrations.h"
#include "store/Store.h"

#include <QJsonArray>

namespace Kvarter {

int CheckCommand::run(CliContext &context)
{
    Store &store = context.store();
    Database &db = store.db();
    const QStringList problems = db.integrityProblems();
    QJsonObject counts;
    for (const char *table : { "team", "employee", "citizen", "relative", "care_grant", "visit", "visit_note", "change_log" })
        counts.insert(QLatin1String(table), db.scalar(QByteArray("SELECT count(*) FROM ") + table));
    const QJsonObject json { { QStringLiteral("schema_version"), db.userVersion() },
                             { QStringLiteral("latest_schema_version"), Migrations::latestVersion() },
                             { QStringLiteral("device_id"), store.deviceId() },
                             { QStringLiteral("integrity"),
                               problems.isEmpty() ? QStringLiteral("ok") : QStringLiteral("problems") },
                             { QStringLiteral("problems"), QJsonArray::fromStringList(problems) },
                             { QStringLiteral("rows"), counts } };
    QStringList lines { tr("Database: %1").arg(context.databasePath()),
                        tr("Schema version %1 of %2").arg(db.userVersion()).arg(Migrations::latestVersion()),
                        problems.isEmpty() ? tr("Integrity: ok")
                                           : tr("Integrity problems:\n  %1").arg(problems.join(QStringLiteral("\n  "))) };
    for (auto it = counts.begin(); it != counts.end(); ++it)
        lines << QStringLiteral("  %1: %2").arg(it.key()).arg(it.value().toInteger());
    context.emitResult(json, lines.join(QLatin1Char('\n')));
    return problems.isEmpty() ? 0 : 5;
}

} // namespace Kvarter
