// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "citizen/CitizenService.h"

#include <QAbstractTableModel>

namespace Kvarter {

class Store;

/// The searchable, sortable citizen list. Rows are fetched a page at a time as the view scrolls
/// (canFetchMore/fetchMore), so a municipality-sized list costs no more memory than a screenful.
class CitizenListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenListModel)

public:
    enum Column { Name, Cpr, Address, City, Phone, ContactPerson, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 100;

    explicit CitizenListModel(Store &store, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_query.text; }
    /// All citizens matching the search, fetched or not.
    int totalCount() const { return m_total; }
    QString idAt(int row) const { return m_rows.at(row).id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

private:
    void reload();

    Store &m_store;
    CitizenQuery m_query;
    QList<Citizen> m_rows;
    int m_total = 0;
};

} // namespace Kvarter
