// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QWidget>

class QLabel;
class QTableView;
class QTreeWidget;
class QPushButton;
class QToolButton;

namespace Kvarter {

class MessageBar;
class Session;
class VisitHistoryModel;

/// One citizen: contact data, fixed contact person and visitator, network, grants, visit history
/// and notes (with corrections shown beside what they correct).
class CitizenPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenPage)

public:
    explicit CitizenPage(Session &session, QWidget *parent = nullptr);
    void showCitizen(const QString &citizenId);
    /// The page Back returns to, named on the button ("◀ My day").
    void setBackTitle(const QString &title);
    QString citizenId() const { return m_citizenId; }

Q_SIGNALS:
    void backRequested();

private:
    QWidget *makeDetails();
    void reload();
    void reloadNotes();
    void writeNote();
    void correctNote();

    Session &m_session;
    QString m_citizenId;
    QLabel *m_name;
    QLabel *m_identity;
    QLabel *m_contact;
    QLabel *m_people;
    QTreeWidget *m_network;
    QTreeWidget *m_grants;
    QTableView *m_history;
    VisitHistoryModel *m_historyModel;
    QTreeWidget *m_notes;
    QPushButton *m_correct;
    QToolButton *m_back = nullptr;
    MessageBar *m_messages;
};

} // namespace Kvarter
