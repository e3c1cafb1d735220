// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DemoCommand.h"

#include "CliContext.h"
#include "access/PinPolicy.h"
#include "catalogue/ServiceCatalogue.h"
#include "demo/DemoGenerator.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <cstdio>

namespace Kvarter {

void DemoCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        { QStringLiteral("seed"), tr("Seed of the generator (same seed, same team)."), tr("N"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("scale"),
                       tr("team (12 staff, 50 citizens, 90 days) or section (60 staff, "
                          "300 citizens, 3 years)."),
                       tr("scale"), QStringLiteral("team") });
    parser.addOption({ QStringLiteral("pin"), tr("The PIN every demo employee signs in with."), tr("PIN"),
                       QString::fromLatin1(DemoGenerator::DefaultPin) });
}

int DemoCommand::run(CliContext &context)
{
    const QString scaleName = context.parser().value(QStringLiteral("scale"));
    const std::optional<DemoGenerator::Scale> scale = DemoGenerator::scaleFromName(scaleName);
    if (!scale)
        return context.fail(tr("unknown scale '%1'; use team or section.").arg(scaleName), 2);
    bool ok = false;
    const quint32 seed = context.parser().value(QStringLiteral("seed")).toUInt(&ok);
    if (!ok)
        return context.fail(tr("the seed must be a whole number."), 2);

    const QString pin = context.parser().value(QStringLiteral("pin"));
    if (const QString problem = PinPolicy::problem(pin); !problem.isEmpty())
        return context.fail(tr("--pin: %1").arg(problem), 2);

    Store &store = context.store();
    // Demo data only goes into an empty database: never mix invented citizens with real ones.
    if (const qint64 existing = store.db().scalar("SELECT count(*) FROM citizen"); existing > 0)
        return context.fail(tr("the database %1 already holds %2 citizens; demo data only goes into an empty "
                               "database.")
                                .arg(context.databasePath())
                                .arg(existing));
    QElapsedTimer timer;
    timer.start();
    const bool interactive = !context.json();
    DemoGenerator generator(store, ServiceCatalogue::standard(), seed);
    generator.setPin(pin);
    const DemoSummary summary = generator.generate(*scale, [interactive](int percent) {
        if (interactive)
            std::fprintf(stderr, "\r%3d %%", percent);
        return true;
    });
    if (interactive)
        std::fputc('\n', stderr);
    context.emitResult(QJsonObject { { QStringLiteral("teams"), summary.teams },
                                     { QStringLiteral("employees"), summary.employees },
                                     { QStringLiteral("citizens"), summary.citizens },
                                     { QStringLiteral("visits"), summary.visits },
                                     { QStringLiteral("notes"), summary.notes },
                                     { QStringLiteral("assessments"), summary.assessments },
                                     { QStringLiteral("change_reports"), summary.changeReports },
                                     { QStringLiteral("triage_decisions"), summary.triageDecisions },
                                     { QStringLiteral("pin"), pin },
                                     { QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0 } },
                       tr("Created %1 team(s), %2 employees, %3 citizens, %4 visits and %5 notes in %6 s. Every "
                          "employee signs in with the PIN %7.")
                           .arg(summary.teams)
                           .arg(summary.employees)
                           .arg(summary.citizens)
                           .arg(summary.visits)
                           .arg(summary.notes)
                           .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                           .arg(pin));
    return 0;
}

} // namespace Kvarter
