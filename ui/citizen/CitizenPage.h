// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "privacy/AccessPart.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QPushButton;
class QToolButton;

namespace Kvarter {

class AreaHistoryWidget;
class DepartureBox;
class MessageBar;
class Session;
class VisitHistoryModel;
class WhoLookedDialog;

/// One citizen: contact data, fixed contact person and visitator, network, grants, visit history
/// and notes (with corrections shown beside what they correct); FSIII assessments, their history per
/// area ("Funktionsevne") and near-visitation decisions start here. Every showing of a citizen is
/// logged as an opening of the parts on screen, and of each part (tab, dialog) when first looked
/// at; refreshes after a write or a sync are not openings and log nothing.
class CitizenPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenPage)

public:
    explicit CitizenPage(Session &session, QWidget *parent = nullptr);
    /// Logs the opening and shows the citizen. Another team's citizen asks for a reason first
    /// (break the glass); false, with nothing shown or logged, when it is cancelled or refused.
    bool showCitizen(const QString &citizenId);
    /// The page Back returns to, named on the button ("◀ My day").
    void setBackTitle(const QString &title);
    QString citizenId() const { return m_citizenId; }
    /// Opens the assessment form: new, or (`correctLatest`) pre-filled with the latest to correct.
    void openAssessment(bool correctLatest = false);
    void openDecision();
    /// The who-has-looked list of this citizen (team leader only), shown; nullptr if not.
    WhoLookedDialog *openWhoLooked();
    AreaHistoryWidget *areaHistory() const { return m_areaHistory; }

Q_SIGNALS:
    void backRequested();

private:
    QWidget *makeDetails();
    /// The part of the record the current tab shows.
    AccessPart currentPart() const;
    /// Logs `part` as opened unless it was in this showing; false (and the page left) if refused.
    bool openPart(AccessPart part);
    void reload();
    void reloadNotes();
    void clearForLock();
    void writeNote();
    void correctNote();
    void offerDraft();
    void updateAssessmentActions();

    Session &m_session;
    QString m_citizenId;
    QList<AccessPart> m_openedParts; // of this showing: each is logged once
    QLabel *m_name;
    QLabel *m_identity;
    QLabel *m_contact;
    QLabel *m_people;
    DepartureBox *m_departure = nullptr;
    QTreeWidget *m_network;
    QTreeWidget *m_grants;
    QTableView *m_history;
    VisitHistoryModel *m_historyModel;
    QTableView *m_upcoming;
    VisitHistoryModel *m_upcomingModel;
    QTreeWidget *m_notes;
    QWidget *m_notesPane = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_correct;
    QToolButton *m_back = nullptr;
    QPushButton *m_newAssessment;
    QPushButton *m_correctAssessment;
    QPushButton *m_decide;
    QPushButton *m_whoLooked;
    AreaHistoryWidget *m_areaHistory;
    MessageBar *m_messages;
};

} // namespace Kvarter
