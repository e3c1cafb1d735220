// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Kvarter {

class Session;

/// On the citizen page: whether the citizen has left the team (and when this laptop removes its
/// copy), with "Leaves the team…" or "Undo the leaving" for those who may edit citizens.
class DepartureBox final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartureBox)

public:
    explicit DepartureBox(Session &session, QWidget *parent = nullptr);

    /// Shows the state of this citizen (empty: nothing, as when locked).
    void setCitizen(const QString &citizenId, const QString &name);
    void refresh();

private:
    void act();

    Session &m_session;
    QString m_citizenId;
    QString m_name;
    QLabel *m_state;
    QPushButton *m_action;
};

} // namespace Kvarter
