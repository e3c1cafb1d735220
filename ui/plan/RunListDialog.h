// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "pdf/PdfDocument.h"
#include "team/Employee.h"

#include <QDate>
#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;

namespace Kvarter {

class Session;

/// "Print run list…": the shown day for one employee or the whole team, to the printer or to a
/// PDF (for the USB stick). Core decides who may have it; a refusal is shown in the dialog.
class RunListDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunListDialog)

public:
    RunListDialog(Session &session, const QDate &day, const QList<Employee> &staff, QWidget *parent = nullptr);

    /// Empty: the whole team.
    QString employeeId() const;
    void setEmployeeId(const QString &employeeId);
    /// Writes the run list to `path`; false (with the reason shown) when core refused or the file failed.
    bool saveTo(const QString &path);

private:
    void save();
    void print();
    /// The document for the current choice; nullopt when core refused (the reason is shown).
    /// `printing`: it goes on paper or into a file now, which opens every citizen on it and is
    /// logged (nullopt, with nothing logged, when a reason for another team's citizen was cancelled).
    std::optional<PdfDocument> document(QString *suggestedName = nullptr, bool printing = false);

    Session &m_session;
    QDate m_day;
    QComboBox *m_employee;
    QLabel *m_error;
};

} // namespace Kvarter
