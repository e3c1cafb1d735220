// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "team/Employee.h"
#include "visit/Visit.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Kvarter {

class Session;

/// The team's week: one row per visiting employee (and one for what nobody has yet), one column
/// per day Monday to Sunday, each cell the number of visits and their hours, double bookings in red.
class WeekPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WeekPlanModel)

public:
    static constexpr int Days = 7;
    enum DataRole {
        DayRole = Qt::UserRole + 1,
        VisitCountRole,
        MinutesRole,
        DoubleBookingsRole
    };

    explicit WeekPlanModel(Session &session, QObject *parent = nullptr);

    /// Shows the week (Monday to Sunday) that holds `day`.
    void setWeekOf(const QDate &day);
    QDate monday() const { return m_monday; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        int visits = 0;
        int minutes = 0;
        int doubleBookings = 0;
    };
    const Cell &cell(int row, int column) const { return m_cells.at(row * Days + column); }

    Session &m_session;
    QDate m_monday;
    QList<Employee> m_staff; // the rows; the last row is "not assigned"
    QList<Cell> m_cells;
};

} // namespace Kvarter
