// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "visit/Visit.h"

#include <QAbstractTableModel>

namespace Kvarter {

class Store;

/// A citizen's visits, newest first, fetched a page at a time: three years of daily visits are
/// thousands of rows and most days nobody scrolls past the first screen.
class VisitHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitHistoryModel)

public:
    enum Column { Date, Time, Employee, Services, Status, ColumnCount };
    static constexpr int PageSize = 100;

    explicit VisitHistoryModel(Store &store, QObject *parent = nullptr);
    void setCitizen(const QString &citizenId);
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    void reload();

    Store &m_store;
    QString m_citizenId;
    QList<Visit> m_rows;
    int m_total = 0;
};

} // namespace Kvarter
