// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AccessEntryModel.h"

#include "common/DisplayTime.h"
#include "privacy/AccessLog.h"

#include <QCollator>
#include <QHash>
#include <QLocale>
#include <algorithm>

namespace Kvarter {

void AccessEntryModel::setEntries(const QList<AccessEntry> &entries)
{
    beginResetModel();
    m_rows.clear();
    for (const AccessEntry &e : entries)
        m_rows << Row { e, {} };
    resort();
    endResetModel();
}

void AccessEntryModel::setOpenings(const QList<UnusualOpening> &openings)
{
    beginResetModel();
    m_rows.clear();
    for (const UnusualOpening &u : openings) {
        QStringList why;
        for (UnusualReason reason : u.reasons)
            why << AccessLog::describe(reason, u.entry);
        m_rows << Row { u.entry, why.join(QStringLiteral("; ")) };
    }
    resort();
    endResetModel();
}

int AccessEntryModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AccessEntryModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AccessEntryModel::text(const Row &row, int column) const
{
    const AccessEntry &e = row.entry;
    switch (Column(column)) {
    case When: return DisplayTime::dateTime(e.openedAt);
    case Employee: return e.employeeName.isEmpty() ? e.employeeId : e.employeeName;
    // A citizen whose data has left this laptop is still in the log, by id.
    case Citizen: return e.citizenName.isEmpty() ? e.citizenId : e.citizenName;
    case Part: return e.partName();
    case Context: return e.contextName();
    case Reason: return e.grantReason;
    case Why: return row.why;
    case ColumnCount: break;
    }
    return {};
}

QVariant AccessEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return text(row, index.column());
    if (role == Qt::ToolTipRole) {
        // The role beside the name would crowd the column ("social- og sundhedshjælper").
        if (index.column() == Employee)
            return row.entry.roleName();
        if (index.column() == Why || index.column() == Reason || index.column() == Context)
            return text(row, index.column()); // long reasons are cut at the column's edge
    }
    return {};
}

QVariant AccessEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case When: return tr("When");
    case Employee: return tr("Employee");
    case Citizen: return tr("Citizen");
    case Part: return tr("What was opened");
    case Context: return tr("Why they could open it");
    case Reason: return tr("Reason given");
    case Why: return tr("Why it is unusual");
    case ColumnCount: break;
    }
    return {};
}

void AccessEntryModel::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The selection follows its rows (entry ids are unique) to where the sort puts them.
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex &index : before)
        ids << m_rows.at(index.row()).entry.id;
    resort();
    QHash<QString, int> rowOf;
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        rowOf.insert(m_rows.at(row).entry.id, int(row));
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i)
        after << index(rowOf.value(ids.at(i)), before.at(i).column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AccessEntryModel::resort()
{
    QCollator collator;
    collator.setNumericMode(true);
    // Stable, from newest first: rows that tie keep the log's order (newest first).
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.entry.openedAt > b.entry.openedAt; });
    if (m_sortColumn == When) {
        if (m_sortOrder == Qt::AscendingOrder)
            std::reverse(m_rows.begin(), m_rows.end());
        return;
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) {
        const int c = collator.compare(text(a, m_sortColumn), text(b, m_sortColumn));
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
}

} // namespace Kvarter
