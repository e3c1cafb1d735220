// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ConflictListModel.h"

#include "common/DisplayTime.h"
#include "session/Session.h"
#include "team/TeamService.h"
#include "visit/Visit.h"

#include <QLocale>

namespace Kvarter {

ConflictListModel::ConflictListModel(Session &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::changed, this, &ConflictListModel::reload);
    connect(&m_session, &Session::locked, this, &ConflictListModel::reload);
    connect(&m_session, &Session::unlocked, this, &ConflictListModel::reload);
    reload();
}

void ConflictListModel::reload()
{
    beginResetModel();
    m_rows = m_session.signedIn() ? m_session.conflicts().open() : QList<Sync::Conflict>();
    endResetModel();
}

QString ConflictListModel::displayValue(const QString &field, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return tr("(empty)");
    if (field.endsWith(QLatin1String("_id"))) {
        if (const auto employee = m_session.team().employee(value.toString()))
            return employee->name;
    }
    if (field == QLatin1String("status")) {
        if (const auto status = VisitStatuses::fromKey(value.toString()))
            return VisitStatuses::displayName(*status);
    }
    return value.toVariant().toString();
}

int ConflictListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ConflictListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Sync::Conflict &c = m_rows.at(index.row());
    const auto written = [](const QString &author, const QString &laptop, const QDateTime &when) {
        const QString at = DisplayTime::dateTime(when);
        return author.isEmpty() ? tr("%1, %2").arg(laptop, at) : tr("%1 on %2, %3").arg(author, laptop, at);
    };
    switch (index.column()) {
    case What: return c.recordLabel;
    case Field: return c.fieldLabel;
    case Current:
        return tr("%1\n(%2)")
            .arg(displayValue(c.field, c.currentValue), written(c.currentAuthorName, c.currentDeviceName, c.currentWrittenAt));
    case Other:
        return tr("%1\n(%2)")
            .arg(displayValue(c.field, c.loserValue), written(c.loserAuthorName, c.loserDeviceName, c.loserWrittenAt));
    default: return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What: return tr("What");
    case Field: return tr("Field");
    case Current: return tr("Value now");
    case Other: return tr("Other value");
    default: return {};
    }
}

} // namespace Kvarter
