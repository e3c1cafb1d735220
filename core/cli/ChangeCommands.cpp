// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ChangeCommands.h"

#include "CliContext.h"
#include "TriageJson.h"
#include "citizen/Cpr.h"
#include "pdf/TriageBoardPdf.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Kvarter {

namespace {

// Repeated options and comma-separated lists alike: --item appetite --item fall, --item appetite,fall.
QStringList listValues(CliContext &context, const QString &option)
{
    QStringList result;
    for (const QString &value : context.parser().values(option))
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            result << part.trimmed();
    return result;
}

// --colour: empty when not given; false (and `code` set) for a word that is no colour.
bool readColour(CliContext &context, std::optional<TriageColour> &colour, int &code)
{
    const QString text = context.parser().value(QStringLiteral("colour"));
    if (text.isEmpty())
        return true;
    colour = TriageColours::fromKey(text);
    if (colour)
        return true;
    code = context.fail(TriageCommand::tr("--colour '%1' is not green, yellow or red.").arg(text), 2);
    return false;
}

QString shortTime(const QDateTime &t) { return t.toTimeZone(Clock::teamZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

QString decisionLine(const TriageDecision &d)
{
    QString line = TriageCommand::tr("%1, set by %2 at %3: %4")
                       .arg(TriageColours::displayName(d.colour), d.decidedByName, shortTime(d.decidedAt), d.reason);
    if (d.meetingAt.isValid())
        line += TriageCommand::tr("; board meeting %1").arg(shortTime(d.meetingAt));
    if (d.dueAt.isValid())
        line += TriageCommand::tr("; due %1").arg(shortTime(d.dueAt));
    return line;
}

} // namespace

void ChangeReportCommand::addOptions(QCommandLineParser &parser) const
{
    QStringList keys;
    for (ChangeItem item : ChangeItems::all())
        keys << ChangeItems::key(item);
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption({ QStringLiteral("item"),
                       tr("What changed (repeat or separate by commas): %1.").arg(keys.join(QStringLiteral(", "))), tr("item") });
    parser.addOption({ QStringLiteral("colour"), tr("Your colour suggestion: green, yellow or red."), tr("colour") });
    parser.addOption({ QStringLiteral("note"), tr("What you saw, in your own words."), tr("text") });
    parser.addOption({ QStringLiteral("fall-comment"), tr("What happened at a fall (required with --item fall)."), tr("text") });
    parser.addOption({ QStringLiteral("look-by"), tr("Who should look: nurse, visitator, therapist."), tr("roles") });
    parser.addOption({ QStringLiteral("visit"), tr("The visit it was noticed on."), tr("id") });
    CliContext::addActorOption(parser);
}

int ChangeReportCommand::run(CliContext &context)
{
    int code = 0;
    std::optional<TriageColour> colour;
    if (!readColour(context, colour, code))
        return code;
    const std::optional<Citizen> citizen = context.citizenArgument(code);
    if (!citizen)
        return code;
    ChangeReport report;
    report.citizenId = citizen->id;
    report.items = listValues(context, QStringLiteral("item"));
    report.note = context.parser().value(QStringLiteral("note"));
    report.fallComment = context.parser().value(QStringLiteral("fall-comment"));
    report.visitId = context.parser().value(QStringLiteral("visit"));
    report.suggestedColour = colour;
    for (const QString &key : listValues(context, QStringLiteral("look-by"))) {
        const std::optional<Role> role = Roles::fromKey(key);
        if (!role)
            return context.fail(tr("--look-by '%1' is not a role; use nurse, visitator or therapist.").arg(key), 2);
        report.lookBy << *role;
    }
    const ChangeReportResult result = context.session().changes().report(report);
    QJsonObject json { { QStringLiteral("report"), TriageJson::report(*context.session().changes().report(result.reportId)) },
                       { QStringLiteral("suggestion_waits"), result.suggestionWaits } };
    QStringList lines { tr("Change in need %1 reported for %2.").arg(result.reportId, citizen->name) };
    if (result.decision) {
        json.insert(QStringLiteral("decision"), TriageJson::decision(*result.decision));
        lines << decisionLine(*result.decision);
    } else if (result.suggestionWaits) {
        lines << tr("Your suggestion waits on the board: moving a citizen down from red takes a nurse or a SOSU assistant.");
    }
    context.emitResult(json, lines.join(QLatin1Char('\n')));
    return 0;
}

void TriageCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("colour"), tr("Only citizens of this colour."), tr("colour") });
    parser.addOption({ QStringLiteral("nurse"), tr("Only this nurse's citizens and tasks (id or initials)."), tr("employee") });
    CliContext::addActorOption(parser);
}

int TriageCommand::run(CliContext &context)
{
    int code = 0;
    BoardFilter filter;
    if (!readColour(context, filter.colour, code))
        return code;
    if (const QString nurse = context.parser().value(QStringLiteral("nurse")); !nurse.isEmpty()) {
        const std::optional<Employee> e = context.employee(nurse);
        if (!e)
            return context.fail(tr("no employee with id or initials '%1'.").arg(nurse), 4);
        filter.nurseId = e->id;
    }
    const Board board = context.session().triage().board(filter);
    QStringList shown;
    for (const BoardEntry &e : board.entries)
        shown << e.citizenId;
    context.recordOpenings(shown, AccessPart::Triage);

    const QDateTime now = context.clock().now();
    QJsonArray array;
    QStringList lines { tr("Triage board, %1 (next board meeting %2):")
                            .arg(shortTime(board.builtAt),
                                 board.nextMeeting.isValid() ? shortTime(board.nextMeeting) : tr("none")) };
    for (const BoardEntry &e : board.entries) {
        array << TriageJson::entry(e, now);
        const QString colour = e.decision ? TriageColours::displayName(e.colour).toUpper() : tr("NEW");
        lines << QStringLiteral("%1  %2  %3%4")
                     .arg(colour, -7)
                     .arg(e.citizenName, Cpr::formatted(e.cpr),
                          e.overdueSecs > 0 ? tr("  OVERDUE by %1").arg(TriageRules::duration(e.overdueSecs)) : QString());
        if (e.decision)
            lines << QStringLiteral("         ") + decisionLine(*e.decision);
        if (e.latestReport && (e.newReports > 0 || !e.decision))
            lines << QStringLiteral("         ")
                    + tr("New change %1 by %2: %3")
                          .arg(shortTime(e.latestReport->reportedAt), e.latestReport->reportedByName,
                               e.latestReport->itemNames());
        for (const QString &deadline : TriageBoardPdf::deadlineLines(e, now))
            lines << QStringLiteral("         ") + deadline;
    }
    if (board.entries.isEmpty())
        lines << tr("  No citizen is yellow or red, and there are no new changes in need.");
    context.emitResult(array, lines.join(QLatin1Char('\n')));
    return 0;
}

void TriageSetCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption({ QStringLiteral("colour"), tr("green, yellow or red."), tr("colour") });
    parser.addOption({ QStringLiteral("why"), tr("Why: every change of colour is documented."), tr("text") });
    parser.addOption(
        { QStringLiteral("assignee"), tr("Who gets the follow-up task (employee id or initials)."), tr("employee") });
    CliContext::addActorOption(parser);
}

int TriageSetCommand::run(CliContext &context)
{
    int code = 0;
    std::optional<TriageColour> colour;
    if (!readColour(context, colour, code))
        return code;
    if (!colour)
        return context.fail(tr("give the colour with --colour green, yellow or red."), 2);
    const std::optional<Citizen> citizen = context.citizenArgument(code);
    if (!citizen)
        return code;
    TriageRequest request;
    request.citizenId = citizen->id;
    request.colour = *colour;
    request.reason = context.parser().value(QStringLiteral("why"));
    if (const QString who = context.parser().value(QStringLiteral("assignee")); !who.isEmpty()) {
        const std::optional<Employee> e = context.employee(who);
        if (!e)
            return context.fail(tr("no employee with id or initials '%1'.").arg(who), 4);
        request.assigneeId = e->id;
    }
    const TriageDecision d = context.session().triage().decide(request);
    context.emitResult(TriageJson::decision(d), tr("%1: %2").arg(citizen->name, decisionLine(d)));
    return 0;
}

void FollowUpCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption({ QStringLiteral("note"), tr("How the citizen is today."), tr("text") });
    CliContext::addActorOption(parser);
}

int FollowUpCommand::run(CliContext &context)
{
    int code = 0;
    const std::optional<Citizen> citizen = context.citizenArgument(code);
    if (!citizen)
        return code;
    const QString id = context.session().triage().recordFollowUp(citizen->id, context.parser().value(QStringLiteral("note")));
    context.emitResult(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("citizen_id"), citizen->id } },
                       tr("Today's follow-up of %1 recorded.").arg(citizen->name));
    return 0;
}

} // namespace Kvarter
