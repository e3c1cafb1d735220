// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AccessTableView.h"

#include <QHeaderView>

namespace Kvarter {

AccessTableView::AccessTableView(AccessEntryModel *model, const QList<std::pair<AccessEntryModel::Column, int>> &columns,
                                 QWidget *parent)
    : QTableView(parent)
{
    setModel(model);
    for (int c = 0; c < AccessEntryModel::ColumnCount; ++c)
        setColumnHidden(c, true);
    for (const auto &[column, width] : columns) {
        setColumnHidden(column, false);
        setColumnWidth(column, width);
    }
    verticalHeader()->hide();
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    sortByColumn(AccessEntryModel::When, Qt::DescendingOrder);
    horizontalHeader()->setStretchLastSection(true);
}

} // namespace Kvarter
