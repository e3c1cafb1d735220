// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TaskListWidget.h"

#include "change/TriageRules.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "session/Session.h"
#include "task/TaskService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kvarter {

TaskListWidget::TaskListWidget(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_list(new QListWidget(this)),
      m_done(new QPushButton(tr("Task &done"), this))
{
    setObjectName(QStringLiteral("taskListWidget"));
    m_list->setObjectName(QStringLiteral("myTasksList"));
    m_list->setMaximumHeight(110);
    m_done->setObjectName(QStringLiteral("taskDoneButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_title, 1);
    row->addWidget(m_done);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_list);
    connect(m_done, &QPushButton::clicked, this, &TaskListWidget::completeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int r) { m_done->setEnabled(r >= 0); });
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("task")) || entities.contains(QLatin1String("task_done")))
            reload();
    });
    connect(&m_session, &Session::actorChanged, this, &TaskListWidget::reload);
    connect(&m_session, &Session::locked, this, &TaskListWidget::reload);
    connect(&m_session, &Session::unlocked, this, &TaskListWidget::reload);
    reload();
}

void TaskListWidget::reload()
{
    m_list->clear();
    QList<Task> tasks;
    if (m_session.signedIn() && m_session.may(Right::ReadCitizen))
        tasks = m_session.tasks().forEmployee(m_session.employee().id);
    const QDateTime now = m_session.clock().now();
    for (const Task &t : tasks) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 · due %3 (%4)")
                .arg(t.citizenName, t.displayTitle(), DisplayTime::dateTime(t.dueAt), TriageRules::countdown(t.dueAt, now)),
            m_list);
        item->setData(Qt::UserRole, t.id);
        item->setToolTip(tr("For %1; from %2").arg(t.assigneeText(), Tasks::sourceName(t.source)));
        if (t.overdue(now))
            item->setForeground(QColor(0x9c, 0x1c, 0x1c));
    }
    m_title->setText(tasks.isEmpty() ? tr("<b>Tasks</b>: none open") : tr("<b>Tasks</b> (%1)").arg(tasks.size()));
    m_list->setVisible(!tasks.isEmpty());
    m_done->setVisible(!tasks.isEmpty());
    m_done->setEnabled(false);
}

int TaskListWidget::count() const { return m_list->count(); }

QString TaskListWidget::taskIdAt(int row) const { return m_list->item(row)->data(Qt::UserRole).toString(); }

void TaskListWidget::completeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    try {
        m_session.tasks().complete(item->data(Qt::UserRole).toString());
    } catch (const Error &e) {
        item->setToolTip(e.message());
    }
}

} // namespace Kvarter
