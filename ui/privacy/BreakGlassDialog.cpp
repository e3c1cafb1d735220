// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "BreakGlassDialog.h"

#include "privacy/BreakGlass.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kvarter {

BreakGlassDialog::BreakGlassDialog(Session &session, const QString &citizenId, const QString &refusal, QWidget *parent)
    : QDialog(parent), m_session(session), m_citizenId(citizenId), m_reason(new QLineEdit(this)), m_fieldErrors(this)
{
    setObjectName(QStringLiteral("breakGlassDialog"));
    setWindowTitle(tr("Another team's citizen"));

    auto *refused = new QLabel(refusal, this);
    refused->setObjectName(QStringLiteral("breakGlassMessageLabel"));
    refused->setWordWrap(true);
    QFont bold = refused->font();
    bold.setBold(true);
    refused->setFont(bold);
    auto *logged = new QLabel(tr("Every opening of a citizen's record is logged. This one also shows in the team leader's "
                                 "review list, with your reason and your name."),
                              this);
    logged->setObjectName(QStringLiteral("breakGlassLoggedLabel"));
    logged->setWordWrap(true);

    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("e.g. covering the evening round for the other team"));
    m_reason->setMinimumWidth(360);
    auto *caption = new QLabel(tr("&Reason:"), this);
    caption->setBuddy(m_reason);
    auto *form = new QFormLayout;
    form->addRow(caption, m_fieldErrors.fieldWithError(m_reason, QStringLiteral("reason"), QStringLiteral("reasonErrorLabel")));
    // Once a reason was refused, the message follows the typing, so it goes away when it will do.
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_tried) {
            m_fieldErrors.show(BreakGlass::validateReason(text));
            fitHeight();
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->addButton(tr("&Open the record"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openRecordButton"));
    open->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BreakGlassDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BreakGlassDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(refused);
    layout->addWidget(logged);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_fieldErrors.summary());
    layout->addWidget(buttons);
    resize(520, height());
    fitHeight();
    m_reason->setFocus();
}

void BreakGlassDialog::fitHeight()
{
    // The wrapped texts need more lines than sizeHint() knows of; and an error shown under the
    // field must not push the message off the top.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

QString BreakGlassDialog::reasonError() const
{
    const auto *label = findChild<QLabel *>(QStringLiteral("reasonErrorLabel"));
    return label && !label->isHidden() ? label->text() : QString();
}

void BreakGlassDialog::accept()
{
    m_tried = true;
    const QString reason = m_reason->text();
    FieldErrors errors = BreakGlass::validateReason(reason);
    if (errors.isEmpty()) {
        try {
            m_session.breakGlass().grant(m_citizenId, reason);
        } catch (const ValidationError &e) {
            errors = e.errors();
        } catch (const Error &e) {
            errors = { { QString(), e.message() } }; // no field: shown in the summary
        }
    }
    m_fieldErrors.show(errors);
    fitHeight();
    if (!errors.isEmpty()) {
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Kvarter
