// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "NoteDialog.h"

#include "common/DisplayTime.h"
#include "session/Session.h"
#include "visit/NoteService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kvarter {

NoteDialog::NoteDialog(Session &session, VisitNote draft, QWidget *parent)
    : QDialog(parent), m_session(session), m_draft(std::move(draft)), m_text(new QPlainTextEdit(this)), m_error(new QLabel(this)),
      m_original(new QLabel(this))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("New note"));
    m_text->setObjectName(QStringLiteral("noteTextEdit"));
    m_text->setPlaceholderText(tr("What did you see, do or agree with the citizen?"));
    m_text->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("noteErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b52a2a;"));
    m_error->hide();
    m_original->setWordWrap(true);
    m_original->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveNoteButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NoteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_original);
    auto *label = new QLabel(tr("&Note"), this);
    label->setBuddy(m_text);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 320);
    m_text->setFocus();
}

NoteDialog *NoteDialog::correction(Session &session, const VisitNote &original, QWidget *parent)
{
    VisitNote draft = original;
    draft.correctsId = original.id;
    auto *dialog = new NoteDialog(session, draft, parent);
    dialog->setWindowTitle(tr("Correct note"));
    dialog->m_original->setText(
        tr("<b>Original note</b> by %1, %2 (stays in the record):<br>%3")
            .arg(original.authorName.toHtmlEscaped(), DisplayTime::dateTime(original.writtenAt), original.text.toHtmlEscaped()));
    dialog->m_original->show();
    dialog->m_text->setPlainText(original.text);
    return dialog;
}

void NoteDialog::accept()
{
    VisitNote note = m_draft;
    note.text = m_text->toPlainText();
    try {
        m_savedId = m_session.notes().add(note);
    } catch (const ValidationError &e) {
        m_error->setText(e.message());
        m_error->show();
        m_text->setFocus();
        return;
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Kvarter
