// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CliApplication.h"

#include "AccessCommands.h"
#include "AssessCommands.h"
#include "BenchCommand.h"
#include "ChangeCommands.h"
#include "CheckCommand.h"
#include "CitizenCommands.h"
#include "CitizenWriteCommands.h"
#include "CliContext.h"
#include "ComplaintCommands.h"
#include "DecisionCommands.h"
#include "DemoCommand.h"
#include "DepartureCommands.h"
#include "EmployeesCommand.h"
#include "FrameCommand.h"
#include "LetterCommand.h"
#include "MeetingCommands.h"
#include "NoteCommands.h"
#include "PinCommand.h"
#include "PlanCheckCommand.h"
#include "RunListCommand.h"
#include "SyncCommands.h"
#include "TaskCommands.h"
#include "TeamCommand.h"
#include "VisitCommands.h"
#include "VisitWriteCommands.h"
#include "common/Error.h"

#include "access/PinVault.h"
#include "privacy/BreakGlassNeeded.h"

#include <QCommandLineParser>

namespace Kvarter {

CliApplication::CliApplication()
{
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CitizensCommand>());
    m_commands.push_back(std::make_unique<CitizenCommand>());
    m_commands.push_back(std::make_unique<CitizenAddCommand>());
    m_commands.push_back(std::make_unique<CitizenEditCommand>());
    m_commands.push_back(std::make_unique<CitizenLeaveCommand>());
    m_commands.push_back(std::make_unique<PurgeCommand>());
    m_commands.push_back(std::make_unique<RelativeAddCommand>());
    m_commands.push_back(std::make_unique<GrantAddCommand>());
    m_commands.push_back(std::make_unique<EmployeesCommand>());
    m_commands.push_back(std::make_unique<PinCommand>());
    m_commands.push_back(std::make_unique<VisitsCommand>());
    m_commands.push_back(std::make_unique<PlanCheckCommand>());
    m_commands.push_back(std::make_unique<VisitDoneCommand>());
    m_commands.push_back(std::make_unique<VisitAddCommand>());
    m_commands.push_back(std::make_unique<VisitMoveCommand>());
    m_commands.push_back(std::make_unique<VisitStatusCommand>());
    m_commands.push_back(std::make_unique<NoteAddCommand>());
    m_commands.push_back(std::make_unique<NoteCorrectCommand>());
    m_commands.push_back(std::make_unique<AssessCommand>());
    m_commands.push_back(std::make_unique<AssessmentsCommand>());
    m_commands.push_back(std::make_unique<RunListCommand>());
    m_commands.push_back(std::make_unique<DecideCommand>());
    m_commands.push_back(std::make_unique<DecisionsCommand>());
    m_commands.push_back(std::make_unique<DecisionCorrectCommand>());
    m_commands.push_back(std::make_unique<EscalationsCommand>());
    m_commands.push_back(std::make_unique<EscalationDecideCommand>());
    m_commands.push_back(std::make_unique<LetterCommand>());
    m_commands.push_back(std::make_unique<FrameCommand>());
    m_commands.push_back(std::make_unique<ComplaintCommand>());
    m_commands.push_back(std::make_unique<ComplaintOutcomeCommand>());
    m_commands.push_back(std::make_unique<ChangeReportCommand>());
    m_commands.push_back(std::make_unique<TriageCommand>());
    m_commands.push_back(std::make_unique<TriageSetCommand>());
    m_commands.push_back(std::make_unique<FollowUpCommand>());
    m_commands.push_back(std::make_unique<TasksCommand>());
    m_commands.push_back(std::make_unique<TaskDoneCommand>());
    m_commands.push_back(std::make_unique<BoardCommand>());
    m_commands.push_back(std::make_unique<AgendaCommand>());
    m_commands.push_back(std::make_unique<MinutesCommand>());
    m_commands.push_back(std::make_unique<AccessLogCommand>());
    m_commands.push_back(std::make_unique<AccessReviewCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BenchCommand>());
    m_commands.push_back(std::make_unique<TeamCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<StateHashCommand>());
    m_commands.push_back(std::make_unique<ConflictsCommand>());
    m_commands.push_back(std::make_unique<ConflictResolveCommand>());
}

CliApplication::~CliApplication() = default;

QString CliApplication::usage() const
{
    QString text = tr("Usage: kvarter-cli [--db PATH] [--json] [--now ISO-TIME] COMMAND [options]\n\nCommands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -16).arg(command->summary());
    text += tr("\nRun 'kvarter-cli COMMAND --help' for a command's options.");
    text += tr("\nEvery command takes --now ISO-TIME (or the environment variable KVARTER_NOW) to run as of that "
               "time, e.g. 2026-03-02T09:30 (Copenhagen time unless an offset is given).");
    return text;
}

void CliApplication::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(tr("Kvarter command line: scripting, administration and benchmarks."));
    parser.addOption({ QStringLiteral("db"), tr("Database file (default: the user's profile)."), tr("path") });
    parser.addOption({ QStringLiteral("json"), tr("Print results as JSON.") });
    parser.addOption({ QStringLiteral("lang"), tr("Language of messages: da or en."), tr("lang") });
    parser.addOption({ QStringLiteral("now"),
                       tr("Run as if it were this time (ISO 8601, e.g. 2026-03-02T09:30, Copenhagen time unless an "
                          "offset is given); the environment variable KVARTER_NOW does the same. Default: the "
                          "system clock."),
                       tr("ISO-TIME") });
    parser.addOption({ { QStringLiteral("h"), QStringLiteral("help") }, tr("Show help.") });
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
}

CliCommand *CliApplication::command(const QString &name) const
{
    for (const auto &candidate : m_commands)
        if (candidate->name() == name)
            return candidate.get();
    return nullptr;
}

bool CliApplication::needsGraphics(const QStringList &arguments) const
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.parse(arguments); // the command's own options are unknown here; only its name matters
    const CliCommand *named = command(parser.positionalArguments().value(0));
    return named && named->needsGraphicsFor(parser.positionalArguments());
}

int CliApplication::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addGlobalOptions(parser);
    parser.parse(arguments);

    CliContext context(parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        if (parser.isSet(QStringLiteral("version"))) {
            context.print(QStringLiteral("kvarter-cli " KVARTER_VERSION));
            return 0;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            context.print(usage());
            return 0;
        }
        return context.fail(usage(), 2);
    }
    CliCommand *command = this->command(positional.first());
    if (!command)
        return context.fail(tr("unknown command '%1'.\n%2").arg(positional.first(), usage()), 2);

    command->addOptions(parser);
    if (!parser.parse(arguments))
        return context.fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        context.print(parser.helpText());
        return 0;
    }
    if (const QString error = context.setUpClock(); !error.isEmpty())
        return context.fail(error, 2);
    try {
        return command->run(context);
    } catch (const ValidationError &e) {
        // One line per field, named by the service's field key, so a script can tell which value to fix.
        QStringList lines;
        for (const FieldError &f : e.errors())
            lines << QStringLiteral("%1: %2").arg(f.field, f.message);
        return context.fail(lines.join(QLatin1Char('\n')), 3);
    } catch (const BreakGlassNeeded &e) {
        // Its own code, so a script can tell "give a reason" from a refusal no reason can lift.
        return context.fail(tr("%1\nGive the reason with --reason TEXT.").arg(e.message()), 6);
    } catch (const PinRefused &e) {
        // Its own code, so a script can tell a wrong or locked PIN from a failed command.
        return context.fail(e.message(), 5);
    } catch (const Error &e) {
        return context.fail(e.message(), 1);
    }
}

} // namespace Kvarter
