// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "EmployeePickerDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kvarter {

EmployeePickerDialog::EmployeePickerDialog(const QList<Employee> &employees, const QString &preselectedId, QWidget *parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("employeePickerDialog"));
    setWindowTitle(tr("Who are you?"));
    m_list->setObjectName(QStringLiteral("employeeListWidget"));
    for (const Employee &e : employees) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(e.name, Roles::displayName(e.role)), m_list);
        item->setData(Qt::UserRole, e.id);
        if (e.id == preselectedId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Choose your name to see your day."), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(420, 460);
}

QString EmployeePickerDialog::employeeId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

} // namespace Kvarter
