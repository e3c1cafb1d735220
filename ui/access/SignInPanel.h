// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QTimer>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Kvarter {

class Session;

/// Who is at the laptop: a name from the team and that person's PIN, or, at an employee's first
/// login here, the PIN they choose (twice). Used at start, on the lock screen and to switch user.
/// What went wrong is said under the PIN: a wrong PIN with the tries left, the wait after several
/// wrong tries (the button counts it down), a locked PIN and who can give a new one.
class SignInPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPanel)

public:
    explicit SignInPanel(Session &session, QWidget *parent = nullptr);

    /// The lock screen: the PIN unlocks for `employeeId`, who carries on where they were; someone
    /// else may still sign in by choosing another name.
    void setLockedTo(const QString &employeeId);
    /// Starts with this employee chosen (the last one on this laptop).
    void preselect(const QString &employeeId);
    QString employeeId() const;
    /// Empties the PIN fields and puts the cursor in the first one.
    void reset();
    /// Puts the cursor on the name, for someone else to sign in.
    void focusName();
    /// A button of the caller's (Quit) on the left of the sign-in button's row.
    void addButton(QPushButton *button);

Q_SIGNALS:
    /// Somebody signed in (or unlocked): the session has its actor.
    void signedIn();

private:
    void fillEmployees();
    void employeeChosen();
    void submit();
    void setChoosing(bool choosing);
    void showProblem(const QString &text);
    void startWaitIfAny();
    void tick();

    Session &m_session;
    QComboBox *m_employee;
    QLabel *m_intro;
    QLineEdit *m_pin;
    QLabel *m_repeatLabel;
    QLineEdit *m_repeat;
    QLabel *m_problem;
    QPushButton *m_submit;
    QHBoxLayout *m_buttons;
    QTimer m_waitTimer;
    QString m_lockedTo;
    bool m_choosing = false;
};

} // namespace Kvarter
