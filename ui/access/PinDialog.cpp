// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PinDialog.h"

#include "access/PinPolicy.h"
#include "access/PinVault.h"
#include "session/Session.h"
#include "team/Role.h"
#include "team/TeamService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace Kvarter {

PinDialog::PinDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_employee(new QComboBox(this)), m_status(new QLabel(this)),
      m_pin(new QLineEdit(this)), m_repeat(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("pinDialog"));
    const bool forOthers = m_session.may(Right::ResetPin);
    setWindowTitle(forOthers ? tr("New PIN") : tr("Change my PIN"));
    m_employee->setObjectName(QStringLiteral("pinEmployeeComboBox"));
    if (forOthers) {
        for (const Employee &e : m_session.team().employees(m_session.teamId()))
            if (e.active)
                m_employee->addItem(QStringLiteral("%1 (%2)").arg(e.name, Roles::displayName(e.role)), e.id);
    } else {
        const Employee &me = m_session.employee();
        m_employee->addItem(QStringLiteral("%1 (%2)").arg(me.name, Roles::displayName(me.role)), me.id);
        m_employee->setEnabled(false);
    }
    m_status->setObjectName(QStringLiteral("pinStatusLabel"));
    m_status->setWordWrap(true);
    for (QLineEdit *field : { m_pin, m_repeat }) {
        field->setEchoMode(QLineEdit::Password);
        field->setMaxLength(PinPolicy::MaximumLength);
        field->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), field));
    }
    m_pin->setObjectName(QStringLiteral("newPinLineEdit"));
    m_repeat->setObjectName(QStringLiteral("repeatNewPinLineEdit"));
    m_problem->setObjectName(QStringLiteral("newPinProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b52a2a;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePinButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save PIN"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_employee, &QComboBox::currentIndexChanged, this, &PinDialog::showStatus);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Employee"), m_employee);
    form->addRow(QString(), m_status);
    form->addRow(tr("&New PIN"), m_pin);
    form->addRow(tr("&Repeat"), m_repeat);
    form->addRow(QString(), m_problem);
    form->addRow(buttons);
    showStatus();
    m_pin->setFocus();
    resize(480, sizeHint().height());
}

void PinDialog::setEmployee(const QString &employeeId)
{
    const int index = m_employee->findData(employeeId);
    if (index >= 0)
        m_employee->setCurrentIndex(index);
}

void PinDialog::showStatus()
{
    const QString id = m_employee->currentData().toString();
    if (id.isEmpty())
        return;
    const PinStatus status = m_session.pinStatus(id);
    if (!status.chosen)
        m_status->setText(tr("No PIN on this laptop yet: they can also choose it themselves at their first sign-in."));
    else if (status.lockedOut)
        m_status->setText(
            tr("<b>Locked</b> after %1 wrong tries. Give a new PIN and tell it to them in person.").arg(status.failedTries));
    else if (status.failedTries > 0)
        m_status->setText(tr("%n wrong try(s) since the last sign-in.", nullptr, status.failedTries));
    else
        m_status->setText(tr("Has a PIN on this laptop."));
}

void PinDialog::accept()
{
    const QString id = m_employee->currentData().toString();
    if (m_pin->text() != m_repeat->text()) {
        m_problem->setText(tr("The two PINs are not the same. Type the same PIN twice."));
        m_problem->show();
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    try {
        m_session.setPin(id, m_pin->text());
    } catch (const Error &e) {
        m_problem->setText(e.message());
        m_problem->show();
        m_pin->clear();
        m_repeat->clear();
        m_pin->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Kvarter
