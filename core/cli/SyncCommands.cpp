// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncCommands.h"

#include "session/Session.h"

#include "CliContext.h"
#include "privacy/LocalPurge.h"
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
    QJsonObject json { { QStringLiteral("bundles_written"), r.bundlesWritten },
                       { QStringLiteral("bundles_read"), r.bundlesRead },
                       { QStringLiteral("changes_sent"), r.changesSent },
                       { QStringLiteral("changes_applied"), r.changesApplied },
                       { QStringLiteral("conflicts"), r.conflicts },
                       { QStringLiteral("waiting"), r.waiting },
                       { QStringLiteral("quarantined"), QJsonArray::fromStringList(r.quarantined) } };
    QString text = tr("Sent %1 changes in %2 bundles; applied %3 changes from %4 bundles; %5 new conflicts.")
                       .arg(r.changesSent)
                       .arg(r.bundlesWritten)
                       .arg(r.changesApplied)
                       .arg(r.bundlesRead)
                       .arg(r.conflicts);
    for (const QString &q : r.quarantined)
        text += QLatin1Char('\n') + tr("Set aside: %1").arg(q);
    // What has now been synced may leave: citizens past their retention, or all, on a revoked laptop.
    const PurgeReport purged = LocalPurge(context.store()).run();
    json.insert(QStringLiteral("citizens_removed"), purged.citizensRemoved);
    if (purged.citizensRemoved > 0)
        text += QLatin1Char('\n')
            + tr("Removed %n citizen(s) who left the team from this computer (their record is kept by the team).", nullptr,
                 purged.citizensRemoved);
    context.emitResult(json, text);
    return 0;
}

int StateHashCommand::run(CliContext &context)
{
    const QString hash = QString::fromLatin1(Sync::StateHash::of(context.store()));
    context.emitResult(QJsonObject { { QStringLiteral("state_hash"), hash } }, hash);
    return 0;
}

void ConflictsCommand::addOptions(QCommandLineParser &parser) const { CliContext::addActorOption(parser); }

int ConflictsCommand::run(CliContext &context)
{
    QJsonArray array;
    QStringList lines;
    for (const Sync::Conflict &c : context.session().conflicts().open()) {
        array << QJsonObject { { QStringLiteral("entity"), c.entity },
                               { QStringLiteral("row_id"), c.rowId },
                               { QStringLiteral("field"), c.field },
                               { QStringLiteral("current_value"), c.currentValue },
                               { QStringLiteral("losing_value"), c.loserValue },
                               { QStringLiteral("losing_device"), c.loser.device },
                               { QStringLiteral("losing_version"), c.loser.toString() },
                               { QStringLiteral("losing_author"), c.loser.author },
                               { QStringLiteral("losing_author_name"), c.loserAuthorName },
                               { QStringLiteral("losing_written_at"), c.loserWrittenAt.toString(Qt::ISODate) },
                               { QStringLiteral("current_author_name"), c.currentAuthorName },
                               { QStringLiteral("current_written_at"), c.currentWrittenAt.toString(Qt::ISODate) } };
        lines << QStringLiteral("%1 %2 %3: %4 ≠ %5")
                     .arg(c.entity, c.rowId, c.field, c.currentValue.toVariant().toString(), c.loserValue.toVariant().toString());
    }
    context.emitResult(array, lines.isEmpty() ? tr("No open conflicts.") : lines.join(QLatin1Char('\n')));
    return 0;
}

void ConflictResolveCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("row"), tr("The record's id (row_id in 'conflicts --json')."));
    parser.addPositionalArgument(QStringLiteral("field"), tr("The field (field in 'conflicts --json')."));
    parser.addPositionalArgument(QStringLiteral("loser-version"), tr("The losing write (losing_version in 'conflicts --json')."));
    parser.addOption({ QStringLiteral("keep"), tr("current keeps the value in the record, other brings the losing one back."),
                       tr("current|other") });
    CliContext::addActorOption(parser);
}

int ConflictResolveCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() < 4)
        return context.fail(tr("give the row id, the field and the losing version, as 'conflicts --json' prints them."), 2);
    const QString keep = context.parser().value(QStringLiteral("keep"));
    if (keep != QLatin1String("current") && keep != QLatin1String("other"))
        return context.fail(tr("--keep '%1' is neither current nor other.").arg(keep), 2);
    context.session(); // who acts is settled first: a missing or unknown --as is said before anything else
    const Version loser = Version::fromString(args.at(3));
    Sync::ConflictService conflicts = context.session().conflicts();
    for (const Sync::Conflict &c : conflicts.open()) {
        if (c.rowId != args.at(1) || c.field != args.at(2) || c.loser != loser)
            continue;
        const bool keepOther = keep == QLatin1String("other");
        conflicts.resolve(c, keepOther);
        const QJsonValue kept = keepOther ? c.loserValue : c.currentValue;
        context.emitResult(QJsonObject { { QStringLiteral("entity"), c.entity },
                                         { QStringLiteral("row_id"), c.rowId },
                                         { QStringLiteral("field"), c.field },
                                         { QStringLiteral("value"), kept } },
                           tr("%1, %2: kept %3.").arg(c.recordLabel, c.fieldLabel, kept.toVariant().toString()));
        return 0;
    }
    return context.fail(tr("no open conflict on %1 %2 with losing version %3; see 'kvarter-cli conflicts --json'.")
                            .arg(args.at(1), args.at(2), args.at(3)),
                        4);
}

} // namespace Kvarter
