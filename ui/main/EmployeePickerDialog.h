// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "team/Employee.h"

#include <QDialog>

class QListWidget;

namespace Kvarter {

/// "Who are you?" at start. Until PIN login arrives this only chooses whose day to show and
/// whose name goes on notes; rights are still checked in core by role.
class EmployeePickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmployeePickerDialog)

public:
    EmployeePickerDialog(const QList<Employee> &employees, const QString &preselectedId, QWidget *parent = nullptr);
    QString employeeId() const;

private:
    QListWidget *m_list;
};

} // namespace Kvarter
