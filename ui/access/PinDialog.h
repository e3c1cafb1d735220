// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Kvarter {

class Session;

/// A new PIN: one's own, or, for a planner or team leader (Right::ResetPin), a colleague's who
/// forgot it or typed it wrong too often. Core checks the right and refuses trivial PINs; the
/// reason shows under the field.
class PinDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinDialog)

public:
    explicit PinDialog(Session &session, QWidget *parent = nullptr);
    void setEmployee(const QString &employeeId);

    void accept() override;

private:
    void showStatus();

    Session &m_session;
    QComboBox *m_employee;
    QLabel *m_status;
    QLineEdit *m_pin;
    QLineEdit *m_repeat;
    QLabel *m_problem;
};

} // namespace Kvarter
