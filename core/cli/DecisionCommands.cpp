// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DecisionCommands.h"

#include "CliContext.h"
#include "JsonViews.h"
#include "catalogue/ServiceCatalogue.h"
#include "decision/DecisionLetter.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Kvarter {

namespace {

// The options a decision's words take, shared by decide and escalation-decide.
void addWordingOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("justification"),
                       QCoreApplication::translate("Kvarter::DecideCommand",
                                                   "Why (facts and main considerations); needed when "
                                                   "the citizen does not get everything asked for."),
                       QCoreApplication::translate("Kvarter::DecideCommand", "text") });
    parser.addOption(
        { QStringLiteral("reason"),
          QCoreApplication::translate("Kvarter::DecideCommand", "The concrete, individual reason for a reduction or an end."),
          QCoreApplication::translate("Kvarter::DecideCommand", "text") });
    parser.addOption({ QStringLiteral("heard"),
                       QCoreApplication::translate("Kvarter::DecideCommand", "When the citizen was heard (ISO time)."),
                       QCoreApplication::translate("Kvarter::DecideCommand", "time") });
    parser.addOption({ QStringLiteral("heard-how"),
                       QCoreApplication::translate("Kvarter::DecideCommand", "How: in-person, phone, letter or email."),
                       QCoreApplication::translate("Kvarter::DecideCommand", "how") });
    parser.addOption(
        { QStringLiteral("follow-up"),
          QCoreApplication::translate("Kvarter::DecideCommand", "The next follow-up (default: as late as the frame allows)."),
          QCoreApplication::translate("Kvarter::DecideCommand", "YYYY-MM-DD") });
}

// Reads an optional date option; false (after reporting) when it does not parse.
bool readDate(CliContext &context, const QString &option, QDate &out, int &code)
{
    const QString text = context.parser().value(option);
    if (text.isEmpty())
        return true;
    out = QDate::fromString(text, Qt::ISODate);
    if (!out.isValid()) {
        code = context.fail(DecideCommand::tr("'%1' is not a date; write it as YYYY-MM-DD.").arg(text), 2);
        return false;
    }
    return true;
}

bool readHeard(CliContext &context, QDateTime &out, int &code)
{
    const QString text = context.parser().value(QStringLiteral("heard"));
    if (text.isEmpty())
        return true;
    const std::optional<QDateTime> at = CliContext::parseTime(text);
    if (!at) {
        code = context.fail(DecideCommand::tr("'%1' is not a time; write it as YYYY-MM-DDTHH:MM.").arg(text), 2);
        return false;
    }
    out = *at;
    return true;
}

QString amountOf(const Decision &d) { return DecisionLetter::amountText(d.kind, d.amount); }

QString nameOf(Session &session, const QString &employeeId)
{
    const std::optional<Employee> e = session.team().employee(employeeId);
    return e ? e->name : employeeId;
}

} // namespace

void DecideCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption(
        { QStringLiteral("service"), tr("The FSIII service code (e.g. H1.1, Personlig_hjaelp_og_pleje)."), tr("code") });
    parser.addOption({ QStringLiteral("minutes"), tr("Minutes per week (SEL § 83 and other minute-based services)."), tr("n") });
    parser.addOption({ QStringLiteral("course"), tr("The course level (Ældrelov helhedspleje), 1–4."), tr("level") });
    parser.addOption({ QStringLiteral("end"), tr("End the citizen's grant of the service.") });
    parser.addOption({ QStringLiteral("requested"), tr("What the citizen asked for, if more than is proposed."), tr("n") });
    parser.addOption({ QStringLiteral("citizen-agrees"), tr("The citizen wants the reduction or end too.") });
    parser.addOption({ QStringLiteral("assessment"), tr("The FSIII assessment the proposal is made from."), tr("id") });
    parser.addOption(
        { QStringLiteral("grant"), tr("The grant to change (default: the citizen's grant of the service)."), tr("id") });
    parser.addOption({ QStringLiteral("from"), tr("When the change starts; with --end the last day with help (default: today)."),
                       tr("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("application"), tr("What was applied for, or why the case was opened."), tr("text") });
    parser.addOption({ QStringLiteral("preview"), tr("Only show the frame check and the economic effect; write nothing.") });
    addWordingOptions(parser);
    CliContext::addActorOption(parser);
}

int DecideCommand::run(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the citizen's CPR number or id."), 2);
    if (parser.value(QStringLiteral("service")).isEmpty())
        return context.fail(tr("give the service with --service CODE."), 2);
    const bool end = parser.isSet(QStringLiteral("end"));
    if (!end && parser.isSet(QStringLiteral("minutes")) == parser.isSet(QStringLiteral("course")))
        return context.fail(tr("give either --minutes N or --course LEVEL (or --end)."), 2);
    Session &session = context.session();
    const std::optional<Citizen> citizen = context.citizen(args.at(1));
    if (!citizen)
        return context.fail(tr("no citizen with CPR number or id '%1'.").arg(args.at(1)), 4);

    Proposal p;
    p.citizenId = citizen->id;
    p.serviceCode = parser.value(QStringLiteral("service"));
    p.end = end;
    p.minutesPerWeek = parser.value(QStringLiteral("minutes")).toInt();
    p.courseLevel = parser.value(QStringLiteral("course")).toInt();
    if (parser.isSet(QStringLiteral("requested")))
        p.requestedAmount = parser.value(QStringLiteral("requested")).toInt();
    p.citizenAgrees = parser.isSet(QStringLiteral("citizen-agrees"));
    p.assessmentId = parser.value(QStringLiteral("assessment"));
    p.grantId = parser.value(QStringLiteral("grant"));
    p.application = parser.value(QStringLiteral("application"));
    p.justification = parser.value(QStringLiteral("justification"));
    p.reason = parser.value(QStringLiteral("reason"));
    p.heardHow = parser.value(QStringLiteral("heard-how"));
    int code = 0;
    if (!readDate(context, QStringLiteral("from"), p.validFrom, code)
        || !readDate(context, QStringLiteral("follow-up"), p.followUp, code) || !readHeard(context, p.heardAt, code))
        return code;

    DecisionService decisions = session.decisions();
    const DecisionPreview preview = decisions.preview(p);
    const EconomicFrame team = session.economicFrame().figure(citizen->teamId, context.clock().today());
    QJsonObject economy { { QStringLiteral("frame_hours_per_week"), team.frameHoursPerWeek },
                          { QStringLiteral("used_hours_per_week"), team.usedHoursPerWeek },
                          { QStringLiteral("effect_hours_per_week"), preview.effectHoursPerWeek } };
    const QString effect = tr("Team frame: %1 of %2 hours per week used; this changes it by %3.")
                               .arg(team.usedHoursPerWeek, 0, 'f', 1)
                               .arg(team.frameHoursPerWeek, 0, 'f', 1)
                               .arg(preview.effectHoursPerWeek, 0, 'f', 2);
    if (parser.isSet(QStringLiteral("preview"))) {
        QJsonObject result = JsonViews::decision(preview.decision);
        result.insert(QStringLiteral("inside_frame"), preview.verdict.inside);
        result.insert(QStringLiteral("economic_frame"), economy);
        const QString verdict = preview.verdict.inside
            ? preview.verdict.explanation
            : tr("Outside the frame, would be escalated: %1").arg(preview.verdict.explanation);
        context.emitResult(result, verdict + QLatin1Char('\n') + effect);
        return 0;
    }

    const Decision d = decisions.propose(p);
    QJsonObject result = JsonViews::decision(d);
    result.insert(QStringLiteral("economic_frame"), economy);
    const QString service = ServiceCatalogue::standard().nameOf(d.serviceCode);
    QString text;
    if (d.outcome == Decision::Outcome::Escalated)
        text = tr("Escalated to %1 (the citizen's visitator): %2\nDecision %3, case %4.")
                   .arg(nameOf(session, d.escalatedTo), d.frameNote, d.id, d.caseNumber);
    else if (d.action == FrameAction::End)
        text = tr("Decided: %1 for %2 ends (last day %3).\nDecision %4, case %5.")
                   .arg(service, citizen->name, d.validFrom.toString(Qt::ISODate), d.id, d.caseNumber);
    else
        text = tr("Decided: %1 for %2, %3 from %4.\nDecision %5, case %6.")
                   .arg(service, citizen->name, amountOf(d), d.validFrom.toString(Qt::ISODate), d.id, d.caseNumber);
    context.emitResult(result, text + QLatin1Char('\n') + effect);
    return 0;
}

void EscalationsCommand::addOptions(QCommandLineParser &parser) const { CliContext::addActorOption(parser); }

int EscalationsCommand::run(CliContext &context)
{
    Session &session = context.session();
    const QList<EscalationItem> queue = session.decisions().escalationQueue();
    QJsonArray items;
    QStringList lines;
    QString team;
    const QDate today = context.clock().today();
    for (const EscalationItem &item : queue) {
        const Decision &d = item.escalation;
        QJsonObject o = JsonViews::decision(d);
        o.insert(QStringLiteral("team"), item.teamName);
        o.insert(QStringLiteral("citizen"), item.citizenName);
        o.insert(QStringLiteral("proposed_by"), item.proposedByName);
        items << o;
        if (item.teamName != team) {
            team = item.teamName;
            lines << team;
        }
        lines << tr("  %1  %2: %3 %4 (proposed by %5, %n day(s) ago)", nullptr, int(d.decidedAt.date().daysTo(today)))
                     .arg(d.id.left(8), item.citizenName, ServiceCatalogue::standard().nameOf(d.serviceCode), amountOf(d),
                          item.proposedByName)
              << QStringLiteral("      ") + d.frameNote;
    }
    if (lines.isEmpty())
        lines << tr("No escalations are waiting.");
    context.emitResult(items, lines.join(QLatin1Char('\n')));
    return 0;
}

void EscalationDecideCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("escalation"), tr("The escalated decision's id."));
    parser.addOption(
        { QStringLiteral("minutes"), tr("Grant this many minutes per week instead of what was proposed."), tr("n") });
    parser.addOption({ QStringLiteral("course"), tr("Grant this course level instead of what was proposed."), tr("level") });
    parser.addOption({ QStringLiteral("refuse"), tr("Refuse the proposal (a justification and a hearing are needed).") });
    addWordingOptions(parser);
    CliContext::addActorOption(parser);
}

int EscalationDecideCommand::run(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the id of the escalation."), 2);
    EscalationAnswer answer;
    if (parser.isSet(QStringLiteral("refuse")))
        answer.kind = EscalationAnswer::Kind::Refused;
    else if (parser.isSet(QStringLiteral("minutes")) || parser.isSet(QStringLiteral("course"))) {
        answer.kind = EscalationAnswer::Kind::Changed;
        answer.amount =
            parser.value(parser.isSet(QStringLiteral("minutes")) ? QStringLiteral("minutes") : QStringLiteral("course")).toInt();
    }
    answer.justification = parser.value(QStringLiteral("justification"));
    answer.reason = parser.value(QStringLiteral("reason"));
    answer.heardHow = parser.value(QStringLiteral("heard-how"));
    int code = 0;
    if (!readDate(context, QStringLiteral("follow-up"), answer.followUp, code) || !readHeard(context, answer.heardAt, code))
        return code;
    Session &session = context.session();
    if (!session.decisions().decision(args.at(1)))
        return context.fail(tr("no decision with id '%1'.").arg(args.at(1)), 4);
    const Decision d = session.decisions().decideEscalation(args.at(1), answer);
    context.emitResult(JsonViews::decision(d),
                       d.outcome == Decision::Outcome::Refused
                           ? tr("Refused. Decision %1, case %2.").arg(d.id, d.caseNumber)
                           : tr("Decided: %1. Decision %2, case %3.").arg(amountOf(d), d.id, d.caseNumber));
    return 0;
}

void DecisionsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption(
        { QStringLiteral("review"), tr("List decisions made apart on the same grant (the later one is in force).") });
    CliContext::addActorOption(parser);
    CliContext::addReasonOption(parser);
}

int DecisionsCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    Session &session = context.session();
    DecisionService decisions = session.decisions();
    const auto line = [&](const Decision &d) {
        QString state;
        if (!d.correctedById.isEmpty())
            state = tr(" (corrected by %1)").arg(d.correctedById.left(8));
        else if (!d.answeredById.isEmpty())
            state = tr(" (decided by the visitator: %1)").arg(d.answeredById.left(8));
        return QStringLiteral("  %1  %2  %3  %4 %5  %6%7")
            .arg(d.id.left(8), d.decidedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), Decision::outcomeKey(d.outcome),
                 ServiceCatalogue::standard().nameOf(d.serviceCode), amountOf(d), d.decidedByName, state);
    };
    QJsonArray items;
    QStringList lines;
    if (context.parser().isSet(QStringLiteral("review"))) {
        for (const QList<Decision> &group : decisions.concurrentDecisions()) {
            QJsonArray members;
            lines << tr("Grant %1: %n decision(s) made apart; the last is in force.", nullptr, int(group.size()))
                         .arg(group.first().grantId.left(8));
            for (const Decision &d : group) {
                members << JsonViews::decision(d);
                lines << line(d);
            }
            items << members;
        }
        if (lines.isEmpty())
            lines << tr("No decisions made apart wait for review.");
        context.emitResult(items, lines.join(QLatin1Char('\n')));
        return 0;
    }
    if (args.size() < 2)
        return context.fail(tr("give the citizen's CPR number or id, or --review."), 2);
    const std::optional<Citizen> citizen = context.citizen(args.at(1));
    if (!citizen)
        return context.fail(tr("no citizen with CPR number or id '%1'.").arg(args.at(1)), 4);
    context.recordOpening(citizen->id, AccessPart::Decisions);
    for (const Decision &d : decisions.decisionsFor(citizen->id)) {
        items << JsonViews::decision(d);
        lines << line(d);
    }
    if (lines.isEmpty())
        lines << tr("No decisions about %1.").arg(citizen->name);
    context.emitResult(items, lines.join(QLatin1Char('\n')));
    return 0;
}

void DecisionCorrectCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("decision"), tr("The id of the decision to correct."));
    parser.addOption({ QStringLiteral("justification"), tr("The corrected justification."), tr("text") });
    parser.addOption({ QStringLiteral("reason"), tr("The corrected reason for a reduction or an end."), tr("text") });
    CliContext::addActorOption(parser);
}

int DecisionCorrectCommand::run(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the id of the decision to correct."), 2);
    if (parser.value(QStringLiteral("justification")).isEmpty() && parser.value(QStringLiteral("reason")).isEmpty())
        return context.fail(tr("give the corrected --justification or --reason."), 2);
    DecisionService decisions = context.session().decisions();
    if (!decisions.decision(args.at(1)))
        return context.fail(tr("no decision with id '%1'.").arg(args.at(1)), 4);
    const Decision d =
        decisions.correct(args.at(1), parser.value(QStringLiteral("justification")), parser.value(QStringLiteral("reason")));
    context.emitResult(JsonViews::decision(d),
                       tr("Decision %1 corrected by decision %2; the old record stays readable.").arg(args.at(1), d.id));
    return 0;
}

} // namespace Kvarter
