// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "VisitNote.h"
#include "common/Error.h"
#include "team/Employee.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class Store;

/// Notes about citizens. There is no edit and no delete: a correction is a new note pointing to the
/// note it corrects, so the record shows what was written, when and by whom (the database refuses
/// an UPDATE or DELETE of a note as well).
class NoteService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::NoteService)

public:
    NoteService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    QString add(const VisitNote &note);
    /// Writes `text` as a correction of note `correctsId`; returns the new note's id.
    QString correct(const QString &correctsId, const QString &text);
    /// All notes on a citizen, newest first, each marked with the note that corrects it if any.
    QList<VisitNote> notesFor(const QString &citizenId, int limit = 500);
    QList<VisitNote> notesForVisit(const QString &visitId);
    /// One note by id, e.g. to show what was just written.
    std::optional<VisitNote> note(const QString &id);

private:
    QList<VisitNote> read(const QByteArray &where, const QString &key, int limit);
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
