// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace Kvarter {

class Session;
class SyncController;

/// Where this laptop syncs (a shared folder), and joining the team with an invitation file.
class SyncSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSettingsDialog)

public:
    SyncSettingsDialog(Session &session, SyncController &controller, QWidget *parent = nullptr);
    void accept() override;

private:
    void join();
    void updateTeam();

    Session &m_session;
    SyncController &m_controller;
    QLineEdit *m_folder;
    QLineEdit *m_server;
    QLineEdit *m_enrolment;
    QLineEdit *m_invitation;
    QLineEdit *m_passphrase;
    QLabel *m_team;
    QLabel *m_error;
};

} // namespace Kvarter
