// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "LetterCommand.h"

#include "CliContext.h"
#include "pdf/DecisionLetterPdf.h"
#include "session/Session.h"

#include <QCommandLineParser>

namespace Kvarter {

void LetterCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("decision"), tr("The decision's id."));
    parser.addOption(
        { QStringLiteral("pdf"), tr("Write the letter to this PDF file (else it is printed as text)."), tr("file") });
    CliContext::addActorOption(parser);
    CliContext::addReasonOption(parser);
}

int LetterCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the decision's id."), 2);
    DecisionService decisions = context.session().decisions();
    const std::optional<Decision> decision = decisions.decision(args.at(1));
    if (!decision)
        return context.fail(tr("no decision with id '%1'.").arg(args.at(1)), 4);
    context.recordOpening(decision->citizenId, AccessPart::LetterPrinted);
    const DecisionLetter letter = decisions.letter(decision->id);
    // A different hash means the letter's words changed since (another language or a newer
    // wording of the legal texts): say so, never pass it off as the letter that was sent.
    const bool same = letter.hash() == decision->letterHash;
    const QString pdf = context.parser().value(QStringLiteral("pdf"));
    if (!pdf.isEmpty())
        DecisionLetterPdf::document(letter).writePdf(pdf);
    const QJsonObject result { { QStringLiteral("decision_id"), decision->id },
                               { QStringLiteral("case_number"), decision->caseNumber },
                               { QStringLiteral("pdf"), pdf },
                               { QStringLiteral("letter_hash"), letter.hash() },
                               { QStringLiteral("recorded_hash"), decision->letterHash },
                               { QStringLiteral("matches_record"), same } };
    const QString check = same ? tr("The letter is the one recorded with the decision (hash %1).").arg(letter.hash().left(16))
                               : tr("The letter's words differ from those recorded with the decision (made in another "
                                    "language or with newer legal texts).");
    const QString text = pdf.isEmpty()
        ? QString(letter.text() + QStringLiteral("\n\n") + check)
        : QString(tr("Letter for case %1 written to %2.").arg(decision->caseNumber, pdf) + QLatin1Char('\n') + check);
    context.emitResult(result, text);
    return 0;
}

} // namespace Kvarter
