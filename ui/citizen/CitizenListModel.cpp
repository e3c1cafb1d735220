// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CitizenListModel.h"

#include "citizen/Cpr.h"
#include "session/Session.h"

namespace Kvarter {

CitizenListModel::CitizenListModel(Session &session, QObject *parent) : PagedTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("citizen")) || entities.contains(QLatin1String("employee")))
            reloadPages();
    });
    // Locking empties the list; unlocking fills it again.
    connect(&m_session, &Session::locked, this, [this] { reloadPages(); });
    connect(&m_session, &Session::unlocked, this, [this] { reloadPages(); });
    reloadPages();
}

void CitizenListModel::setSearchText(const QString &text)
{
    if (text == m_query.text)
        return;
    m_query.text = text;
    reloadPages();
}

bool CitizenListModel::readable() const { return m_session.signedIn(); }

int CitizenListModel::countAll() { return m_session.citizens().count(m_query.text); }

QList<Citizen> CitizenListModel::fetchPage(int offset, int limit)
{
    CitizenQuery page = m_query;
    page.offset = offset;
    page.limit = limit;
    return m_session.citizens().search(page);
}

int CitizenListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CitizenListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Citizen &c = rowAt(index.row());
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
    reloadPages();
}

} // namespace Kvarter
