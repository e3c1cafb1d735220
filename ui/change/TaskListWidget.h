// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Kvarter {

class Session;

/// The signed-in employee's open follow-up tasks (their own and their role's), soonest first,
/// overdue ones in red with how overdue; "Done" completes the selected one. Shown in My day.
class TaskListWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListWidget)

public:
    explicit TaskListWidget(Session &session, QWidget *parent = nullptr);
    void reload();
    int count() const;
    QString taskIdAt(int row) const;
    void completeSelected();

private:
    Session &m_session;
    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_done;
};

} // namespace Kvarter
