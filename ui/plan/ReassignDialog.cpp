// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ReassignDialog.h"

#include "common/VisitRoles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>

namespace Kvarter {

ReassignDialog::ReassignDialog(const Visit &visit, const QList<Employee> &staff, QWidget *parent)
    : QDialog(parent), m_visitId(visit.id), m_employee(new QComboBox(this))
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Who takes the visit?"));
    m_employee->setObjectName(QStringLiteral("employeeComboBox"));
    m_employee->addItem(tr("Nobody yet (unassigned)"), QString());
    for (const Employee &e : staff)
        m_employee->addItem(QStringLiteral("%1 (%2)").arg(e.name, Roles::displayName(e.role)), e.id);
    choose(visit.employeeId);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Visit:"),
                 new QLabel(QStringLiteral("<b>%1</b>, %2<br>%3 %4")
                                .arg(visit.citizenName.toHtmlEscaped(), visit.citizenAddress.toHtmlEscaped(),
                                     QLocale().toString(visit.start.date(), QLocale::ShortFormat), VisitRoles::timeRange(visit)),
                            this));
    form->addRow(tr("&Employee:"), m_employee);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString ReassignDialog::employeeId() const { return m_employee->currentData().toString(); }

void ReassignDialog::choose(const QString &employeeId)
{
    const int index = m_employee->findData(employeeId);
    m_employee->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace Kvarter
