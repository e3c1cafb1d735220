// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "team/Employee.h"
#include "visit/Visit.h"

#include <QDialog>

class QComboBox;

namespace Kvarter {

/// Chooses who takes a visit, or nobody (back to the unassigned list). The keyboard way to
/// do what dragging does on the timeline.
class ReassignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReassignDialog)

public:
    ReassignDialog(const Visit &visit, const QList<Employee> &staff, QWidget *parent = nullptr);
    QString visitId() const { return m_visitId; }
    /// The chosen employee's id; empty means "not assigned".
    QString employeeId() const;
    void choose(const QString &employeeId);

private:
    QString m_visitId;
    QComboBox *m_employee;
};

} // namespace Kvarter
