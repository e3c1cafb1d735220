// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "privacy/AccessEntry.h"

#include <QAbstractTableModel>

namespace Kvarter {

/// Openings from the access log as a sortable table: the who-has-looked list of one citizen, or
/// the team leader's review list with why each opening is unusual. The views hide the columns
/// they do not need.
class AccessEntryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessEntryModel)

public:
    enum Column {
        When,
        Employee,
        Citizen,
        Part,
        Context,
        Reason, // the reason given when the glass was broken
        Why,    // why the review list shows it
        ColumnCount
    };

    explicit AccessEntryModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}

    void setEntries(const QList<AccessEntry> &entries);
    void setOpenings(const QList<UnusualOpening> &openings);
    const AccessEntry &entryAt(int row) const { return m_rows.at(row).entry; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    struct Row
    {
        AccessEntry entry;
        QString why;
    };
    QString text(const Row &row, int column) const;
    void resort();

    QList<Row> m_rows;
    int m_sortColumn = When;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace Kvarter
