// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "NoteCommands.h"

#include "session/Session.h"

#include "CliContext.h"
#include "JsonViews.h"
#include "visit/NoteService.h"
#include "visit/VisitService.h"

#include <QCommandLineParser>

namespace Kvarter {

void NoteAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("citizen"), tr("The citizen's CPR number or id."));
    parser.addOption({ QStringLiteral("text"), tr("What to write."), tr("text") });
    parser.addOption({ QStringLiteral("visit"), tr("The visit the note is about."), tr("id") });
    CliContext::addActorOption(parser);
}

int NoteAddCommand::run(CliContext &context)
{
    int failed = 0;
    const std::optional<Citizen> citizen = context.citizenArgument(failed);
    if (!citizen)
        return failed;
    VisitNote note;
    note.citizenId = citizen->id;
    note.text = context.parser().value(QStringLiteral("text"));
    if (const QString visitId = context.parser().value(QStringLiteral("visit")); !visitId.isEmpty()) {
        const std::optional<Visit> visit = context.session().visits().visit(visitId);
        // A note on one citizen's record must not point at a visit to someone else.
        if (!visit || visit->citizenId != citizen->id)
            return context.fail(tr("no visit with id '%1' to %2.").arg(visitId, citizen->name), 4);
        note.visitId = visitId;
    }
    NoteService notes = context.session().notes();
    const VisitNote written = *notes.note(notes.add(note));
    context.emitResult(JsonViews::note(written), tr("Note %1 written about %2.").arg(written.id, citizen->name));
    return 0;
}

void NoteCorrectCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("note"), tr("The id of the note to correct."));
    parser.addOption({ QStringLiteral("text"), tr("The corrected text."), tr("text") });
    CliContext::addActorOption(parser);
}

int NoteCorrectCommand::run(CliContext &context)
{
    const QStringList args = context.parser().positionalArguments();
    if (args.size() < 2)
        return context.fail(tr("give the id of the note to correct."), 2);
    context.session(); // who acts is settled first: a missing or unknown --as is said before anything else
    NoteService notes = context.session().notes();
    const VisitNote written = *notes.note(notes.correct(args.at(1), context.parser().value(QStringLiteral("text"))));
    context.emitResult(JsonViews::note(written), tr("Note %1 corrected by note %2.").arg(args.at(1), written.id));
    return 0;
}

} // namespace Kvarter
