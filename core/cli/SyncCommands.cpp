// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncCommands.h"

#include "CliContext.h"
#include "store/Store.h"
#include "sync/ConflictService.h"
#include "sync/StateHash.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Kvarter {

void SyncCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("folder"), tr("The team's shared folder."), tr("path") });
    parser.addOption({ QStringLiteral("server"), tr("A Kvarter sync server, e.g. https://sync.example.dk."), tr("url") });
}

int SyncCommand::run(CliContext &context)
{
    const QString folder = context.parser().value(QStringLiteral("folder"));
    const QString server = context.parser().value(QStringLiteral("server"));
    if (folder.isEmpty() == server.isEmpty())
        return context.fail(tr("give either --folder PATH or --server URL."), 2);
    const Sync::SyncReport r = folder.isEmpty() ? Sync::SyncEngine::syncServer(context.store(), QUrl(server))
                                                : Sync::SyncEngine::syncFolder(context.store(), folder);
    QJsonObject json { { QStringLiteral("bundles_written"), r.bundlesWritten }, { QStringLiteral("bundles_read"), r.bundlesRead },
                       { QStringLiteral("changes_sent"), r.changesSent },     { QStringLiteral("changes_applied"), r.changesApplied },
                       { QStringLiteral("conflicts"), r.conflicts },          { QStringLiteral("waiting"), r.waiting },
                       { QStringLiteral("quarantined"), QJsonArray::fromStringList(r.quarantined) } };
    QString text = tr("Sent %1 changes in %2 bundles; applied %3 changes from %4 bundles; %5 new conflicts.")
                       .arg(r.changesSent)
                       .arg(r.bundlesWritten)
                       .arg(r.changesApplied)
                       .arg(r.bundlesRead)
                       .arg(r.conflicts);
    for (const QString &q : r.quarantined)
        text += QLatin1Char('\n') + tr("Set aside: %1").arg(q);
    context.emitResult(json, text);
    return 0;
}

int StateHashCommand::run(CliContext &context)
{
    const QString hash = QString::fromLatin1(Sync::StateHash::of(context.store()));
    context.emitResult(QJsonObject { { QStringLiteral("state_hash"), hash } }, hash);
    return 0;
}

int ConflictsCommand::run(CliContext &context)
{
    QJsonArray array;
    QStringList lines;
    for (const Sync::Conflict &c : Sync::ConflictService(context.store()).open()) {
        array << QJsonObject { { QStringLiteral("entity"), c.entity },
                               { QStringLiteral("row_id"), c.rowId },
                               { QStringLiteral("field"), c.field },
                               { QStringLiteral("current_value"), c.currentValue },
                               { QStringLiteral("losing_value"), c.loserValue },
                               { QStringLiteral("losing_device"), c.loser.device },
                               { QStringLiteral("losing_author"), c.loser.author },
                               { QStringLiteral("losing_author_name"), c.loserAuthorName },
                               { QStringLiteral("losing_written_at"), c.loserWrittenAt.toString(Qt::ISODate) },
                               { QStringLiteral("current_author_name"), c.currentAuthorName },
                               { QStringLiteral("current_written_at"), c.currentWrittenAt.toString(Qt::ISODate) } };
        lines << QStringLiteral("%1 %2 %3: %4 ≠ %5").arg(c.entity, c.rowId, c.field, c.currentValue.toVariant().toString(),
                                                        c.loserValue.toVariant().toString());
    }
    context.emitResult(array, lines.isEmpty() ? tr("No open conflicts.") : lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace Kvarter
