// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "team/Employee.h"
#include "visit/Visit.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTimeEdit;

namespace Kvarter {

/// Chooses who takes a visit, or nobody (back to the unassigned list), and when it starts. The
/// keyboard way to do what dragging does on the timeline. Each person says whether they are free
/// at the chosen time (core's overlap rule over the day's visits), so the planner sees it first.
class ReassignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReassignDialog)

public:
    ReassignDialog(const Visit &visit, const QList<Employee> &staff, const QList<Visit> &dayVisits, QWidget *parent = nullptr);
    QString visitId() const { return m_visit.id; }
    /// The chosen employee's id; empty means "not assigned".
    QString employeeId() const;
    void choose(const QString &employeeId);
    /// The chosen start; the visit's own when the time was not changed.
    QDateTime start() const;
    void setStartTime(const QTime &time);
    /// Whether `employeeId` is free at the chosen time, as the list shows it.
    bool isFree(const QString &employeeId) const;

private:
    void showWhoIsFree();

    Visit m_visit;
    QList<Employee> m_staff;
    QList<Visit> m_dayVisits;
    QComboBox *m_employee;
    QTimeEdit *m_start;
    QLabel *m_free;
};

} // namespace Kvarter
