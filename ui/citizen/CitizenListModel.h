// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "citizen/CitizenService.h"

#include "common/PagedTableModel.h"

namespace Kvarter {

class Session;

/// The searchable, sortable citizen list. Rows are fetched a page at a time as the view scrolls
/// (canFetchMore/fetchMore), so a municipality-sized list costs no more memory than a screenful.
class CitizenListModel final : public PagedTableModel<Citizen>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenListModel)

public:
    enum Column {
        Name,
        Cpr,
        Address,
        City,
        Phone,
        ContactPerson,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit CitizenListModel(Session &session, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_query.text; }
    QString idAt(int row) const { return rowAt(row).id; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

private:
    int countAll() override;
    bool readable() const override;
    QList<Citizen> fetchPage(int offset, int limit) override;

    Session &m_session;
    CitizenQuery m_query;
};

} // namespace Kvarter
