// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Kvarter {

class Session;

/// What a brand-new laptop shows instead of an empty window: join the team with the invitation
/// file and passphrase from the planner, and fetch the team's data from the shared folder or the
/// sync server, with progress. Accepted once the team's people are here.
class JoinTeamDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JoinTeamDialog)

public:
    explicit JoinTeamDialog(Session &session, QWidget *parent = nullptr);

private:
    void join();
    bool firstSync(const QString &place);
    QLabel *errorLabel(const char *name);
    void clearErrors();

    Session &m_session;
    QLineEdit *m_invitation;
    QLineEdit *m_passphrase;
    QLineEdit *m_place;
    QLabel *m_invitationError;
    QLabel *m_passphraseError;
    QLabel *m_placeError;
    QPushButton *m_join;
};

} // namespace Kvarter
