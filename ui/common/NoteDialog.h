// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "visit/VisitNote.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace Kvarter {

class Session;

/// Writes a new note, or a correction of an earlier one (shown above, unchanged). Saving goes
/// through NoteService, whose validation message appears under the text field.
class NoteDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)

public:
    NoteDialog(Session &session, VisitNote draft, QWidget *parent = nullptr);
    /// Opens the dialog as a correction of `original`.
    static NoteDialog *correction(Session &session, const VisitNote &original, QWidget *parent = nullptr);

    void accept() override;
    QString savedId() const { return m_savedId; }

private:
    Session &m_session;
    VisitNote m_draft;
    QPlainTextEdit *m_text;
    QLabel *m_error;
    QLabel *m_original;
    QString m_savedId;
};

} // namespace Kvarter
