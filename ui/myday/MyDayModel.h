// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "visit/Visit.h"

#include <QAbstractListModel>
#include <QDate>

namespace Kvarter {

class Session;

/// One employee's visits of one day in time order. Reloads when visits change in the store.
class MyDayModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyDayModel)

public:
    explicit MyDayModel(Session &session, QObject *parent = nullptr);

    void setEmployee(const QString &employeeId, const QDate &day);
    void reload();
    const Visit &visitAt(int row) const { return m_visits.at(row); }
    int rowOf(const QString &visitId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    Session &m_session;
    QString m_employeeId;
    QDate m_day;
    QList<Visit> m_visits;
};

} // namespace Kvarter
