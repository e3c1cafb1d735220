// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "visit/Visit.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Kvarter {

class MessageBar;
class MyDayModel;
class TaskListWidget;
class Session;

/// "My day": the signed-in employee's visits of today in time order. A visit is finished with one
/// click on its card (or Ctrl+D / Ctrl+N on the selected one); a note and the citizen are one click away.
class MyDayPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyDayPage)

public:
    explicit MyDayPage(Session &session, QWidget *parent = nullptr);

    MyDayModel *model() const { return m_model; }
    QDate day() const { return m_day; }
    void setDay(const QDate &day);
    TaskListWidget *tasks() const { return m_tasks; }

Q_SIGNALS:
    void citizenRequested(const QString &citizenId);

private:
    void reload();
    void updateSummary();
    void setStatus(const QModelIndex &index, VisitStatus status);
    void addNote();
    void reportChange();
    QModelIndex current() const;
    QString relativesPhone(const QString &citizenId) const;

    Session &m_session;
    MyDayModel *m_model;
    QDate m_day;
    QLabel *m_title;
    QLabel *m_summary;
    MessageBar *m_messages;
    QListView *m_list;
    QPushButton *m_done;
    QPushButton *m_notHome;
    QPushButton *m_note;
    QPushButton *m_open;
    QPushButton *m_change = nullptr;
    TaskListWidget *m_tasks = nullptr;
};

} // namespace Kvarter
