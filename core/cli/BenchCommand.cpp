// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "BenchCommand.h"

#include "AccessBenchmarks.h"
#include "Benchmarks.h"
#include "ChangeBenchmarks.h"
#include "CliContext.h"
#include "ServerBenchmarks.h"
#include "SyncBenchmarks.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <algorithm>

namespace Kvarter {

void BenchCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("only"),
                       tr("Run only these figures (comma separated): open, queries, search, "
                          "insert, assessments, decisions, pin, access, changes, rss."),
                       tr("list") });
    parser.addPositionalArgument(QStringLiteral("sync"),
                                 tr("'bench sync' measures sync instead (figures: apply, bytes, full); "
                                    "'bench server' loads kvarter-server (figures: load, flood)."));
    parser.addOption({ QStringLiteral("cache-mib"),
                       tr("With 'bench sync': SQLite page cache sizes for the apply figure, "
                          "comma separated; 0 is the app's own setting."),
                       tr("list"), QStringLiteral("16,64,256") });
    parser.addOption({ QStringLiteral("postgres"), tr("With 'bench server': also load it on this PostgreSQL."), tr("conninfo") });
    parser.addOption({ QStringLiteral("app"), tr("Path of the desktop app for the memory figure."), tr("path") });
}

int BenchCommand::run(CliContext &context)
{
    const QString path = context.databasePath();
    if (context.parser().positionalArguments().value(1) != QLatin1String("server") && !QFileInfo::exists(path))
        return context.fail(tr("no database at %1; make one with 'kvarter-cli --db FILE demo --scale section'.").arg(path), 2);
    context.closeStore(); // every figure opens the file itself, as the app would
    const QStringList only = context.parser().value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&](const char *name) { return only.isEmpty() || only.contains(QLatin1String(name)); };
    const auto print = [&](const QJsonObject &figure) { context.printJson(figure); };
    if (context.parser().positionalArguments().value(1) == QLatin1String("server")) {
        ServerBenchmarks server(QCoreApplication::applicationDirPath() + QStringLiteral("/kvarter-server"), print);
        // 'load': throughput of 100 teams; 'flood': one device floods, another team's pulls are timed.
        QStringList storages { QString() };
        if (context.parser().isSet(QStringLiteral("postgres")))
            storages << context.parser().value(QStringLiteral("postgres"));
        for (const QString &postgres : storages) {
            if (wanted("load"))
                server.load(postgres);
            if (wanted("flood"))
                server.flood(postgres);
        }
        return 0;
    }
    if (context.parser().positionalArguments().value(1) == QLatin1String("sync")) {
        SyncBenchmarks sync(path, print);
        if (wanted("apply")) {
            // Smallest first: each round reports its own peak RSS, and memory a larger cache held is
            // not always given back to the system.
            QList<int> sizes;
            for (const QString &size :
                 context.parser().value(QStringLiteral("cache-mib")).split(QLatin1Char(','), Qt::SkipEmptyParts))
                sizes << size.toInt();
            std::sort(sizes.begin(), sizes.end());
            for (const int mib : sizes)
                sync.applyRate(mib);
        }
        if (wanted("bytes"))
            sync.bundleBytes();
        if (wanted("full"))
            sync.firstFullSync();
        return 0;
    }
    Benchmarks bench(path, context.clock(), print);
    if (wanted("open"))
        bench.coldOpenToMyDay();
    if (wanted("queries"))
        bench.queries();
    if (wanted("search"))
        bench.citizenSearch();
    if (wanted("insert"))
        bench.insertRate();
    if (wanted("assessments"))
        bench.assessmentAreaHistory();
    if (wanted("decisions"))
        bench.decisions();
    if (wanted("pin"))
        bench.pinCheck();
    if (wanted("access"))
        AccessBenchmarks(path, context.clock(), print).run();
    if (wanted("changes"))
        ChangeBenchmarks(path, context.clock(), print).run();
    if (wanted("rss")) {
        QString app = context.parser().value(QStringLiteral("app"));
        if (app.isEmpty())
            app = QCoreApplication::applicationDirPath() + QStringLiteral("/kvarter");
        bench.appPeakRss(app);
    }
    return 0;
}

} // namespace Kvarter
