// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TriageDecisionDialog.h"

#include "TriageColourStyle.h"
#include "change/TriageService.h"
#include "common/FieldErrorLabels.h"
#include "session/Session.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kvarter {

TriageDecisionDialog::TriageDecisionDialog(Session &session, const QString &citizenId, const QString &citizenName,
                                           TriageColour current, QWidget *parent)
    : QDialog(parent), m_session(session), m_citizenId(citizenId), m_current(current), m_colour(new QButtonGroup(this)),
      m_reason(new QPlainTextEdit(this)), m_errors(std::make_unique<FieldErrorLabels>(this))
{
    setObjectName(QStringLiteral("triageDecisionDialog"));
    setWindowTitle(tr("Colour of %1").arg(citizenName));
    auto *colours = new QWidget(this);
    auto *row = new QHBoxLayout(colours);
    row->setContentsMargins(0, 0, 0, 0);
    const TriageService triage = m_session.triage();
    for (TriageColour colour : TriageColours::all()) {
        QPushButton *button = TriageColourStyle::makeButton(colour, QStringLiteral("ColourButton"), colours);
        // Left out rather than refused: lowering red is for a nurse or a SOSU assistant.
        button->setEnabled(colour == current || triage.maySet(current, colour));
        m_colour->addButton(button, int(colour));
        row->addWidget(button);
    }
    row->addStretch(1);
    m_colour->button(int(current))->setChecked(true);
    m_reason->setObjectName(QStringLiteral("triageReasonEdit"));
    m_reason->setPlaceholderText(tr("Why: what the team saw and agreed"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set colour"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("setColourButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TriageDecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_errors->fieldWithError(colours, QStringLiteral("colour"), QStringLiteral("colourErrorLabel")));
    layout->addWidget(m_errors->fieldWithError(m_reason, QStringLiteral("reason"), QStringLiteral("reasonErrorLabel")));
    layout->addWidget(m_errors->summary());
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

TriageDecisionDialog::~TriageDecisionDialog() = default;

void TriageDecisionDialog::setColour(TriageColour colour) { m_colour->button(int(colour))->setChecked(true); }

void TriageDecisionDialog::setReason(const QString &reason) { m_reason->setPlainText(reason); }

void TriageDecisionDialog::accept()
{
    TriageRequest request;
    request.citizenId = m_citizenId;
    request.colour = TriageColour(m_colour->checkedId());
    request.reason = m_reason->toPlainText().trimmed();
    try {
        m_session.triage().decide(request);
    } catch (const ValidationError &e) {
        m_errors->show(e.errors());
        return;
    } catch (const Error &e) {
        m_errors->show({ { QString(), e.message() } });
        return;
    }
    QDialog::accept();
}

} // namespace Kvarter
