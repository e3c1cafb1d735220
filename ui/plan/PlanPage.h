// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QScrollArea;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Kvarter {

class ContinuityModel;
class DayPlanModel;
class MessageBar;
class RunListDialog;
class Session;
class TimelineView;
class UnassignedListView;
class WeekPlanModel;

/// The planner's page: the team's day on a timeline, the unassigned visits beside it, the
/// continuity figure per citizen, and day/week navigation. Moving a visit needs planning rights,
/// which core checks; anyone else sees the plan read-only.
class PlanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    explicit PlanPage(Session &session, QWidget *parent = nullptr);

    QDate day() const { return m_day; }
    void setDay(const QDate &day);
    DayPlanModel *model() const { return m_model; }
    TimelineView *timeline() const { return m_timeline; }
    WeekPlanModel *weekModel() const { return m_week; }
    /// The week (employees × days) instead of the day's timeline, or back.
    void showWeek(bool week);
    bool showsWeek() const;
    /// Zoom of the timeline by `factor`, keeping `anchorMinute` where it is on screen.
    void zoom(double factor, int anchorMinute);
    /// The whole day (06–23) in the width there is.
    void fitDay();

    /// Gives a visit to an employee (empty = unassign) through core; errors go to the message bar.
    /// A double booking or a service the person may not perform is shown first (a message box,
    /// "planWarningBox"), and the move is made only when the planner confirms.
    void reassign(const QString &visitId, const QString &employeeId);
    /// The same for a new start as well (`start` invalid keeps the visit's own).
    void move(const QString &visitId, const QString &employeeId, const QDateTime &start);
    void openReassignDialog(const QString &visitId);
    /// "Print run list…" for the shown day; the dialog deletes itself when closed.
    RunListDialog *openRunListDialog();

private:
    void commitMove(const QString &visitId, const QString &employeeId, const QDateTime &start);
    QWidget *makeWeekView();
    void reload();
    void updateLabels();

    Session &m_session;
    QDate m_day;
    DayPlanModel *m_model;
    ContinuityModel *m_continuity;
    TimelineView *m_timeline;
    UnassignedListView *m_unassigned;
    QLabel *m_dayLabel;
    QLabel *m_unassignedLabel;
    MessageBar *m_messages;
    QTableView *m_continuityTable;
    QScrollArea *m_scroll = nullptr;
    QToolButton *m_runListButton = nullptr;
    WeekPlanModel *m_week;
    QStackedWidget *m_views = nullptr;
    QTableView *m_weekTable = nullptr;
    QToolButton *m_dayButton = nullptr;
    QToolButton *m_weekButton = nullptr;
};

} // namespace Kvarter
