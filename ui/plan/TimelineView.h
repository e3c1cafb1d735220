// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "TimelineLanes.h"

#include <QPointer>
#include <QWidget>

namespace Kvarter {

class DayPlanModel;

/// The team's day as a timeline: one row per employee, visits as blocks coloured by status.
/// Drag a block (or a visit from the unassigned list) onto a row to give it to that person; along
/// the row, a block also moves in time (5-minute steps). Double-click a block to choose in a dialog.
/// Arrow keys move between blocks, Enter opens the dialog; Ctrl+wheel zooms.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(DayPlanModel *model, QWidget *parent = nullptr);

    static constexpr int RowHeight = 44;
    static constexpr int NameWidth = 170;
    static constexpr int HeaderHeight = 26;
    static constexpr int FirstHour = 6;
    static constexpr int LastHour = 23;
    static constexpr int HourWidth = 130; // a 20-minute visit is wide enough for a first name
    static constexpr int MinHourWidth = 30;
    static constexpr int MaxHourWidth = 480;
    static constexpr int SnapMinutes = 5;
    /// Where in a visit it was grabbed (minutes from its start), carried with a drag from the timeline.
    static constexpr const char *GrabMimeType = "application/x-kvarter-visit-grab-minutes";

    int hourWidth() const { return m_hourWidth; }
    /// The zoom: pixels per hour, kept between MinHourWidth and MaxHourWidth.
    void setHourWidth(int pixels);
    int xForMinute(int minuteOfDay) const;
    /// The minute of the day at `x`, not snapped.
    int minuteForX(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The block of a visit on screen (empty if it is not drawn), for tests and accessibility.
    QRect blockRect(const QString &visitId) const;
    /// The row rectangle of an employee.
    QRect rowRect(const QString &employeeId) const;
    QString selectedVisit() const { return m_selected; }
    /// What a block says in full (its tooltip): citizen, time, status and services.
    QString describe(const QString &visitId) const;
    /// A block's fill and its text colour (chosen for at least 4.5:1 contrast).
    static QColor blockFill(VisitStatus status);

Q_SIGNALS:
    void reassignRequested(const QString &visitId, const QString &employeeId);
    void dialogRequested(const QString &visitId);
    /// A block dropped along a row: a new person (maybe the same) and a new start.
    void moveRequested(const QString &visitId, const QString &employeeId, const QDateTime &start);
    /// Ctrl+wheel: zoom by `factor`, keeping `anchorMinute` under the pointer.
    void zoomRequested(double factor, int anchorMinute);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    QString visitAt(const QPoint &pos) const;
    QString employeeAt(const QPoint &pos) const;

    QPointer<DayPlanModel> m_model;
    QHash<QString, TimelineLane> m_lanes;
    QString m_selected;
    QPoint m_pressPos;
    int m_dropRow = -1;
    int m_hourWidth = HourWidth;
};

} // namespace Kvarter
