// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDialog>

namespace Kvarter {

class Session;
class SignInPanel;

/// The first thing Kvarter shows: who you are and your PIN (or, the first time, the PIN you
/// choose). No citizen data is read before it is accepted.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(Session &session, const QString &preselectedId, QWidget *parent = nullptr);
    SignInPanel *panel() const { return m_panel; }

private:
    SignInPanel *m_panel;
};

} // namespace Kvarter
