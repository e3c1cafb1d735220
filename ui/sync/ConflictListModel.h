// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "sync/ConflictService.h"

#include <QAbstractTableModel>

namespace Kvarter {

class Session;

/// The open sync conflicts in plain words: what, which field, the value that holds now and the
/// one that lost, with who wrote each and when.
class ConflictListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictListModel)

public:
    enum Column {
        What,
        Field,
        Current,
        Other,
        ColumnCount
    };

    explicit ConflictListModel(Session &session, QObject *parent = nullptr);
    void reload();
    const Sync::Conflict &conflictAt(int row) const { return m_rows.at(row); }
    /// A stored value as a person reads it (names for people, Danish for statuses).
    QString displayValue(const QString &field, const QJsonValue &value) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Session &m_session;
    QList<Sync::Conflict> m_rows;
};

} // namespace Kvarter
