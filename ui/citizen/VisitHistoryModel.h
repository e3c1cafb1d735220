// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "visit/Visit.h"

#include "common/PagedTableModel.h"

namespace Kvarter {

class Session;

/// A citizen's visits, newest first, fetched a page at a time: three years of daily visits are
/// thousands of rows and most days nobody scrolls past the first screen.
class VisitHistoryModel final : public PagedTableModel<Visit>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitHistoryModel)

public:
    enum Column {
        Date,
        Time,
        Employee,
        Services,
        Status,
        ColumnCount
    };

    /// Past: what has happened, newest first. Upcoming: what is planned, soonest first.
    enum class Period {
        Past,
        Upcoming
    };

    VisitHistoryModel(Session &session, Period period, QObject *parent = nullptr);
    void setCitizen(const QString &citizenId);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int countAll() override;
    bool readable() const override;
    QList<Visit> fetchPage(int offset, int limit) override;

    Session &m_session;
    Period m_period;
    QString m_citizenId;
};

} // namespace Kvarter
