// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Kvarter {

class Session;

/// The planner's view of the team's laptops: create the sync team, invite a laptop (an invitation
/// file plus a passphrase given separately), and remove a lost one after asking first.
class TeamDevicesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDevicesDialog)

public:
    explicit TeamDevicesDialog(Session &session, QWidget *parent = nullptr);

    /// Writes an invitation for `deviceName` to `file`; false (with the reason shown) on failure.
    bool invite(const QString &deviceName, const QString &passphrase, const QString &file);
    /// Removes the selected device; `confirmed` skips the question (tests, keyboard users who already answered).
    void removeSelected(bool confirmed = false);

private:
    void reload();
    void createTeam();
    void showError(const QString &message);

    Session &m_session;
    QTreeWidget *m_devices;
    QLineEdit *m_name;
    QLineEdit *m_passphrase;
    QLabel *m_status;
};

} // namespace Kvarter
