// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "NoteService.h"

#include "access/Access.h"

#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"

namespace Kvarter {

namespace {
constexpr int MaxNoteLength = 20000;
}

QString NoteService::add(const VisitNote &note)
{
    Access::require(m_actor, Right::RecordVisit);
    FieldErrors errors;
    if (note.text.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("text"), tr("Write the note before saving it.") };
    else if (note.text.size() > MaxNoteLength)
        errors << FieldError { QStringLiteral("text"), tr("A note can be at most %1 characters.").arg(MaxNoteLength) };
    if (note.citizenId.isEmpty())
        errors << FieldError { QStringLiteral("citizen"), tr("Choose the citizen the note is about.") };
    if (m_actor.employeeId().isEmpty())
        errors << FieldError { QStringLiteral("author"), tr("Choose who you are before writing notes.") };
    if (!errors.isEmpty())
        throw ValidationError(errors);

    const QString id = Id::create();
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("visit_note", id,
                       { { "citizen_id", note.citizenId },
                         { "visit_id", note.visitId.isEmpty() ? QVariant() : QVariant(note.visitId) },
                         { "author_id", m_actor.employeeId() },
                         { "written_at", m_store.clock().now().toSecsSinceEpoch() },
                         { "text", note.text.trimmed() },
                         { "corrects_id", note.correctsId.isEmpty() ? QVariant() : QVariant(note.correctsId) } });
    });
    return id;
}

std::optional<VisitNote> NoteService::note(const QString &id)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QList<VisitNote> found = read("WHERE n.id = ?", id, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QString NoteService::correct(const QString &correctsId, const QString &text)
{
    const QList<VisitNote> original = read("WHERE n.id = ?", correctsId, 1);
    if (original.isEmpty())
        throw Error(tr("The note to correct does not exist."));
    VisitNote correction = original.first();
    correction.text = text;
    correction.correctsId = correctsId;
    return add(correction);
}

QList<VisitNote> NoteService::notesFor(const QString &citizenId, int limit)
{
    Access::require(m_actor, Right::ReadCitizen);
    return read("WHERE n.citizen_id = ?", citizenId, limit);
}

QList<VisitNote> NoteService::notesForVisit(const QString &visitId)
{
    Access::require(m_actor, Right::ReadCitizen);
    return read("WHERE n.visit_id = ?", visitId, 500);
}

QList<VisitNote> NoteService::read(const QByteArray &where, const QString &key, int limit)
{
    auto q = m_store.db().query("SELECT n.id, n.citizen_id, coalesce(n.visit_id, ''), n.author_id, n.written_at, n.text, "
                                "coalesce(n.corrects_id, ''), coalesce(e.name, ''), "
                                "coalesce((SELECT later.id FROM visit_note later WHERE later.corrects_id = n.id "
                                "          ORDER BY later.written_at DESC LIMIT 1), '') "
                                "FROM visit_note n LEFT JOIN employee e ON e.id = n.author_id "
                                + where + " ORDER BY n.written_at DESC, n.rowid DESC LIMIT ?");
    q->bind(1, key).bind(2, limit);
    QList<VisitNote> result;
    const QTimeZone zone = Clock::teamZone();
    while (q->next()) {
        VisitNote n;
        n.id = q->text(0);
        n.citizenId = q->text(1);
        n.visitId = q->text(2);
        n.authorId = q->text(3);
        n.writtenAt = QDateTime::fromSecsSinceEpoch(q->int64(4), zone);
        n.text = q->text(5);
        n.correctsId = q->text(6);
        n.authorName = q->text(7);
        n.correctedById = q->text(8);
        result << n;
    }
    return result;
}

} // namespace Kvarter
