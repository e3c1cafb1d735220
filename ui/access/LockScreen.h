// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QWidget>

class QLabel;

namespace Kvarter {

class Session;
class SignInPanel;

/// What the window shows while locked, in place of every page: whose session it is and the PIN
/// to go on; a colleague can sign in instead.
class LockScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockScreen)

public:
    explicit LockScreen(Session &session, QWidget *parent = nullptr);
    SignInPanel *panel() const { return m_panel; }
    /// Fills in who locked it, empties the PIN and takes the keyboard focus.
    void prepare();

private:
    Session &m_session;
    QLabel *m_title;
    SignInPanel *m_panel;
};

} // namespace Kvarter
