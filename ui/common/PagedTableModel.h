// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace Kvarter {

/// A table whose rows come from core a page at a time as the view scrolls (canFetchMore /
/// fetchMore), so a long list costs no more memory than what has been looked at. Subclasses say
/// how many rows there are and how to fetch a page.
template<typename Row> class PagedTableModel : public QAbstractTableModel
{
public:
    static constexpr int PageSize = 100;
    using QAbstractTableModel::QAbstractTableModel;

    /// All rows, fetched or not.
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && m_rows.size() < m_total; }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || !readable())
            return;
        const QList<Row> more = fetchPage(int(m_rows.size()), PageSize);
        if (more.isEmpty()) {
            m_total = int(m_rows.size()); // the data shrank meanwhile
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
        m_rows += more;
        endInsertRows();
    }

protected:
    virtual int countAll() = 0;
    virtual QList<Row> fetchPage(int offset, int limit) = 0;
    /// False while the session is locked: the model then holds no rows at all.
    virtual bool readable() const = 0;

    /// Starts over from the first page (after a new search, order or a change in the store).
    void reloadPages()
    {
        beginResetModel();
        m_total = readable() ? countAll() : 0;
        m_rows = m_total > 0 ? fetchPage(0, PageSize) : QList<Row>();
        endResetModel();
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }

private:
    QList<Row> m_rows;
    int m_total = 0;
};

} // namespace Kvarter
