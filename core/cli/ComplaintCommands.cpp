// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ComplaintCommands.h"

#include "CliContext.h"
#include "JsonViews.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Kvarter {

void ComplaintCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("decision"), tr("The decision complained about (none: list the register)."));
    parser.addOption({ QStringLiteral("received"), tr("The day the complaint was received."), tr("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("channel"), tr("How it came in: letter, email, phone or in-person."), tr("channel") });
    parser.addOption({ QStringLiteral("corrects"), tr("A complaint registered wrongly, which this one corrects."), tr("id") });
    CliContext::addActorOption(parser);
}

int ComplaintCommand::run(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QStringList args = parser.positionalArguments();
    ComplaintService complaints = context.session().complaints();
    if (args.size() < 2) {
        QJsonArray items;
        QStringList lines;
        const QDate today = context.clock().today();
        for (const Complaint &c : complaints.complaints()) {
            items << JsonViews::complaint(c);
            lines << tr("  %1  decision %2  received %3 (%4)  reassess by %5  %6%7")
                         .arg(c.id.left(8), c.decisionId.left(8), c.receivedOn.toString(Qt::ISODate),
                              ComplaintService::channelName(c.channel), c.reassessBy.toString(Qt::ISODate),
                              Complaint::outcomeKey(c.outcome), c.isOverdue(today) ? tr("  OVERDUE") : QString());
        }
        if (lines.isEmpty())
            lines << tr("No complaints registered.");
        context.emitResult(items, lines.join(QLatin1Char('\n')));
        return 0;
    }
    const QDate received = QDate::fromString(parser.value(QStringLiteral("received")), Qt::ISODate);
    if (!received.isValid())
        return context.fail(tr("give the day it was received with --received YYYY-MM-DD."), 2);
    if (!context.session().decisions().decision(args.at(1)))
        return context.fail(tr("no decision with id '%1'.").arg(args.at(1)), 4);
    const Complaint c = complaints.registerComplaint(args.at(1), received, parser.value(QStringLiteral("channel")),
                                                     parser.value(QStringLiteral("corrects")));
    QString text = tr("Complaint %1 registered; reassess the decision by %2, then uphold it (send it on to Ankestyrelsen) "
                      "or change it.")
                       .arg(c.id, c.reassessBy.toString(Qt::ISODate));
    if (c.possiblyLate)
        text += QLatin1Char('\n')
            + tr("Note: received more than 4 weeks after the decision; check when the citizen received the letter.");
    context.emitResult(JsonViews::complaint(c), text);
    return 0;
}

void ComplaintOutcomeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("complaint"), tr("The complaint's id."));
    parser.addOption({ QStringLiteral("upheld"), tr("The decision is upheld and the complaint sent on to Ankestyrelsen.") });
    parser.addOption({ QStringLiteral("changed"), tr("The decision was changed by this new decision."), tr("decision") });
    parser.addOption({ QStringLiteral("note"), tr("A note for the register."), tr("text") });
    CliContext::addActorOption(parser);
}

int ComplaintOutcomeCommand::run(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the complaint's id."), 2);
    if (parser.isSet(QStringLiteral("upheld")) == parser.isSet(QStringLiteral("changed")))
        return context.fail(tr("give either --upheld or --changed DECISION-ID."), 2);
    const bool upheld = parser.isSet(QStringLiteral("upheld"));
    const Complaint c = context.session().complaints().recordOutcome(
        args.at(1), upheld ? Complaint::Outcome::Upheld : Complaint::Outcome::Changed, parser.value(QStringLiteral("changed")),
        parser.value(QStringLiteral("note")));
    context.emitResult(JsonViews::complaint(c),
                       upheld ? tr("Upheld: send the complaint and the case on to Ankestyrelsen.")
                              : tr("Changed by decision %1.").arg(c.newDecisionId));
    return 0;
}

} // namespace Kvarter
