// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CitizenListModel.h"

#include "citizen/Cpr.h"
#include "store/Store.h"

namespace Kvarter {

CitizenListModel::CitizenListModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    m_query.limit = PageSize;
    connect(&m_store, &Store::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("citizen")) || entities.contains(QLatin1String("employee")))
            reload();
    });
    reload();
}

void CitizenListModel::setSearchText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    reload();
}

void CitizenListModel::reload()
{
    beginResetModel();
    CitizenService service(m_store);
    m_total = service.count(m_query.text);
    m_query.offset = 0;
    m_rows = service.search(m_query);
    endResetModel();
}

int CitizenListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int CitizenListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CitizenListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Citizen &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name: return c.name;
    case Cpr: return Cpr::formatted(c.cpr);
    case Address: return c.address;
    case City: return QString(c.postcode + QLatin1Char(' ') + c.city);
    case Phone: return c.phone;
    case ContactPerson: return c.contactPersonName;
    default: return {};
    }
}

QVariant CitizenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Cpr: return tr("CPR number");
    case Address: return tr("Address");
    case City: return tr("Town");
    case Phone: return tr("Phone");
    case ContactPerson: return tr("Contact person");
    default: return {};
    }
}

bool CitizenListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void CitizenListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    CitizenQuery page = m_query;
    page.offset = int(m_rows.size());
    const QList<Citizen> more = CitizenService(m_store).search(page);
    if (more.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void CitizenListModel::sort(int column, Qt::SortOrder order)
{
    // Sorting happens in the database, so it stays right when only the first page is fetched.
    switch (column) {
    case Cpr: m_query.order = CitizenOrder::Cpr; break;
    case Address: m_query.order = CitizenOrder::Address; break;
    case City: m_query.order = CitizenOrder::Town; break;
    case Phone: m_query.order = CitizenOrder::Phone; break;
    case ContactPerson: m_query.order = CitizenOrder::ContactPerson; break;
    default: m_query.order = CitizenOrder::Name; break;
    }
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace Kvarter
