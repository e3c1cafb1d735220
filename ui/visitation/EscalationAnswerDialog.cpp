// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "EscalationAnswerDialog.h"

#include "common/Clock.h"
#include "decision/LegalTexts.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kvarter {

EscalationAnswerDialog::EscalationAnswerDialog(Session &session, const Decision &escalation, EscalationAnswer::Kind kind,
                                               QWidget *parent)
    : QDialog(parent), m_session(session), m_escalation(escalation), m_kind(kind), m_justification(new QPlainTextEdit(this)),
      m_reason(new QPlainTextEdit(this)), m_heardAt(new QDateTimeEdit(this)), m_heardHow(new QComboBox(this)), m_fieldErrors(this)
{
    setObjectName(QStringLiteral("escalationAnswerDialog"));
    const bool refuse = kind == EscalationAnswer::Kind::Refused;
    setWindowTitle(refuse ? tr("Refuse the proposal") : tr("Grant another amount"));
    auto *form = new QFormLayout;
    if (!refuse) {
        m_amount = new QSpinBox(this);
        m_amount->setObjectName(QStringLiteral("amountSpinBox"));
        if (escalation.kind == Grant::Kind::Course) {
            m_amount->setRange(1, 4);
            m_amount->setPrefix(tr("level "));
        } else {
            m_amount->setRange(1, 7 * 24 * 60);
            m_amount->setSuffix(tr(" min/week"));
        }
        m_amount->setValue(escalation.amount);
        auto *label = new QLabel(tr("&Amount:"), this);
        label->setBuddy(m_amount);
        form->addRow(label, m_fieldErrors.fieldWithError(m_amount, QStringLiteral("amount"), QStringLiteral("amountErrorLabel")));
    }
    m_justification->setObjectName(QStringLiteral("justificationEdit"));
    m_justification->setTabChangesFocus(true);
    m_justification->setPlaceholderText(tr("The facts and main considerations the decision rests on"));
    m_justification->setPlainText(escalation.justification);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("The concrete, individual reason (for a refusal or a reduction)"));
    m_reason->setPlainText(escalation.reason);
    for (QPlainTextEdit *edit : { m_justification, m_reason })
        edit->setFixedHeight(80);
    m_heardAt->setObjectName(QStringLiteral("heardAtEdit"));
    m_heardAt->setCalendarPopup(true);
    m_heardAt->setDateTime(escalation.heardAt.isValid() ? escalation.heardAt : session.clock().now());
    m_heardHow->setObjectName(QStringLiteral("heardHowComboBox"));
    m_heardHow->addItem(tr("(not heard)"), QString());
    for (const QString &key : LegalTexts::heardHowKeys())
        m_heardHow->addItem(LegalTexts::heardHowName(key), key);
    m_heardHow->setCurrentIndex(std::max(0, m_heardHow->findData(escalation.heardHow)));
    // Without a hearing there is no time of it: the field waits until a way is chosen.
    const auto hearingChosen = [this] { m_heardAt->setEnabled(!m_heardHow->currentData().toString().isEmpty()); };
    connect(m_heardHow, &QComboBox::currentIndexChanged, this, hearingChosen);
    hearingChosen();

    const auto add = [this, form](const QString &text, QWidget *field, const QString &key, const char *name) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, m_fieldErrors.fieldWithError(field, key, QString::fromLatin1(name)));
    };
    add(tr("&Justification:"), m_justification, QStringLiteral("justification"), "justificationErrorLabel");
    add(tr("&Reason:"), m_reason, QStringLiteral("reason"), "reasonErrorLabel");
    add(tr("Heard &how:"), m_heardHow, QStringLiteral("heardHow"), "heardHowErrorLabel");
    add(tr("&Heard on:"), m_heardAt, QStringLiteral("heardAt"), "heardAtErrorLabel");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ok = buttons->addButton(refuse ? tr("Re&fuse") : tr("&Grant"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("answerOkButton"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EscalationAnswerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EscalationAnswerDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(refuse ? tr("A refusal goes against the citizen's wish: say why, and record when and how "
                                         "the citizen was heard before the decision.")
                                    : tr("Grant another amount than proposed. If it is less than the citizen asked "
                                         "for, say why and record the hearing."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_fieldErrors.summary());
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    (m_amount ? static_cast<QWidget *>(m_amount) : m_justification)->setFocus();
}

EscalationAnswer EscalationAnswerDialog::answer() const
{
    EscalationAnswer a;
    a.kind = m_kind;
    if (m_amount)
        a.amount = m_amount->value();
    a.justification = m_justification->toPlainText();
    a.reason = m_reason->toPlainText();
    a.heardHow = m_heardHow->currentData().toString();
    if (!a.heardHow.isEmpty())
        a.heardAt = m_heardAt->dateTime();
    return a;
}

bool EscalationAnswerDialog::hasInput() const
{
    return m_justification->toPlainText() != m_escalation.justification || m_reason->toPlainText() != m_escalation.reason
        || (m_amount && m_amount->value() != m_escalation.amount);
}

void EscalationAnswerDialog::accept()
{
    try {
        m_decision = m_session.decisions().decideEscalation(m_escalation.id, answer());
    } catch (const ValidationError &e) {
        m_fieldErrors.show(e.errors());
        return;
    } catch (const Error &e) {
        m_fieldErrors.show({ FieldError { QString(), e.message() } });
        return;
    }
    QDialog::accept();
}

void EscalationAnswerDialog::reject()
{
    if (hasInput()
        && QMessageBox::question(this, tr("Discard the answer?"), tr("What you wrote is not saved. Close the form anyway?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace Kvarter
