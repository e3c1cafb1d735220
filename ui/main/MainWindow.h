// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "access/Right.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;
class QToolBar;
class QToolButton;

namespace Kvarter {

class AccessReviewPage;
class TriageBoardPage;
class CitizenListPage;
class CitizenPage;
class MyDayPage;
class PlanPage;
class ConflictsPage;
class IdleLock;
class LockScreen;
class EconomicFramePage;
class VisitationPage;
class SyncController;
class Session;

/// The desktop window: navigation on the left (My day, Citizens, Plan), the page on the right,
/// who is using the app in the tool bar, and the state of the local data in the status bar.
/// Locked (idle, screen lock, "Lock"), it shows only the lock screen: the pages are emptied and
/// open forms are hidden, and come back as they were when the same person types the PIN.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class Page {
        MyDay,
        Citizens,
        Citizen,
        Plan,
        Conflicts,
        Visitation,
        Frame,
        AccessReview,
        Triage
    };

    explicit MainWindow(Session &session, QWidget *parent = nullptr);

    void showPage(Page page);
    void openCitizen(const QString &citizenId);

    MyDayPage *myDayPage() const { return m_myDay; }
    CitizenListPage *citizenListPage() const { return m_citizens; }
    CitizenPage *citizenPage() const { return m_citizen; }
    PlanPage *planPage() const { return m_plan; }
    ConflictsPage *conflictsPage() const { return m_conflicts; }
    VisitationPage *visitationPage() const { return m_visitation; }
    EconomicFramePage *economicFramePage() const { return m_frame; }
    AccessReviewPage *accessReviewPage() const { return m_accessReview; }
    TriageBoardPage *triageBoardPage() const { return m_triage; }
    SyncController *syncController() const { return m_sync; }
    Session &session() const { return m_session; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    IdleLock *idleLock() const { return m_idleLock; }

private:
    /// One page of the navigation: what it is called, its widget, its shortcut and the right it
    /// needs. A new page is one more entry in the constructor's list.
    struct NavigationEntry
    {
        Page page;
        QString title;
        QWidget *widget;
        const char *shortcut;
        Right right;
        /// Where one right does not say it (the frame page: planners, leaders and visitators), a
        /// rule of core's decides instead of `right`.
        std::function<bool()> visible = {};
    };
    int rowOf(Page page) const;
    /// Shows only the pages the current employee has the right to see.
    void updateNavigation();
    void showWho();
    void hideForLock();
    void showAfterUnlock();
    /// Someone else signed in at the lock screen: the forms the previous person left open close.
    void closeHiddenWindows();
    QWidget *makeWorkArea();
    void addUserActions(QToolBar *toolbar);
    void updateStatus();
    void openSyncSettings();

    Session &m_session;
    QList<NavigationEntry> m_entries;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    Page m_current = Page::MyDay;
    Page m_cameFrom = Page::Citizens;
    bool m_showing = false;
    MyDayPage *m_myDay;
    CitizenListPage *m_citizens;
    CitizenPage *m_citizen;
    PlanPage *m_plan;
    ConflictsPage *m_conflicts;
    VisitationPage *m_visitation;
    EconomicFramePage *m_frame;
    AccessReviewPage *m_accessReview;
    TriageBoardPage *m_triage;
    SyncController *m_sync;
    QToolButton *m_cancelSync;
    QStackedWidget *m_screens;
    QWidget *m_work;
    LockScreen *m_lockScreen;
    IdleLock *m_idleLock;
    QToolBar *m_toolbar = nullptr;
    QList<QPointer<QWidget>> m_hiddenWindows;
    QLabel *m_who;
    QLabel *m_status;
    QLabel *m_clockWarning;
};

} // namespace Kvarter
