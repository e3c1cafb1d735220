// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "team/Employee.h"
#include "visit/Visit.h"

#include <QAbstractListModel>
#include <QDate>

namespace Kvarter {

class Session;

/// The team's visits of one day (or a week) and the people who can take them. The timeline
/// draws it; the unassigned list shows the rows without an employee through a filter proxy.
/// Visits can be dragged out of it as VisitMimeType (their id).
class DayPlanModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayPlanModel)

public:
    explicit DayPlanModel(Session &session, QObject *parent = nullptr);

    void setTeam(const QString &teamId);
    void setRange(const QDate &day, int days);
    QDate day() const { return m_day; }
    int days() const { return m_days; }
    void reload();

    const QList<Employee> &staff() const { return m_staff; }
    const QList<Visit> &visits() const { return m_visits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }

private:
    Session &m_session;
    QString m_teamId;
    QDate m_day;
    int m_days = 1;
    QList<Employee> m_staff;
    QList<Visit> m_visits;
};

} // namespace Kvarter
