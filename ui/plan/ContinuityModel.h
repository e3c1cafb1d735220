// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "plan/PlanService.h"

#include <QAbstractTableModel>
#include <QDate>

namespace Kvarter {

class Session;

/// Per citizen: how many different staff visited in the last 14 days (Ældreloven: as few as
/// possible). The worst first, so the planner sees where continuity is slipping.
class ContinuityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContinuityModel)

public:
    enum Column {
        Citizen,
        Staff,
        Visits,
        ColumnCount
    };
    static constexpr int Days = 14;
    /// More different people than this in two weeks is shown as a warning.
    static constexpr int WarnAbove = 5;

    explicit ContinuityModel(Session &session, QObject *parent = nullptr);
    void setTeam(const QString &teamId, const QDate &lastDay);
    const ContinuityFigure &figureAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();

    Session &m_session;
    QString m_teamId;
    QDate m_lastDay;
    QList<ContinuityFigure> m_rows;
};

} // namespace Kvarter
