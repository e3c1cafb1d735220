// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Kvarter {

class ConflictListModel;
class MessageBar;
class Session;

/// "Konflikter": values two people changed while apart. The one that holds now and the one that
/// lost are shown side by side; a nurse keeps either, and that choice syncs like any change.
class ConflictsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsPage)

public:
    explicit ConflictsPage(Session &session, QWidget *parent = nullptr);
    ConflictListModel *model() const { return m_model; }

Q_SIGNALS:
    void countChanged(int count);

private:
    void resolve(bool keepOther);
    void updateState();

    Session &m_session;
    ConflictListModel *m_model;
    QTableView *m_table;
    QLabel *m_empty;
    QPushButton *m_keepCurrent;
    QPushButton *m_keepOther;
    MessageBar *m_messages;
};

} // namespace Kvarter
