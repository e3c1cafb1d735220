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

class AreaHistoryWidget;
class MessageBar;
class Session;
class VisitHistoryModel;

/// One citizen: contact data, fixed contact person and visitator, network, grants, visit history
/// and notes (with corrections shown beside what they correct); FSIII assessments, their history per
/// area ("Funktionsevne") and near-visitation decisions start here.
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
    /// Opens the assessment form: new, or (`correctLatest`) pre-filled with the latest to correct.
    void openAssessment(bool correctLatest = false);
    void openDecision();
    AreaHistoryWidget *areaHistory() const { return m_areaHistory; }

Q_SIGNALS:
    void backRequested();

private:
    QWidget *makeDetails();
    void reload();
    void reloadNotes();
    void clearForLock();
    void writeNote();
    void correctNote();
    void offerDraft();
    void updateAssessmentActions();

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
    QTableView *m_upcoming;
    VisitHistoryModel *m_upcomingModel;
    QTreeWidget *m_notes;
    QPushButton *m_correct;
    QToolButton *m_back = nullptr;
    QPushButton *m_newAssessment;
    QPushButton *m_correctAssessment;
    QPushButton *m_decide;
    AreaHistoryWidget *m_areaHistory;
    MessageBar *m_messages;
};

} // namespace Kvarter
