// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "change/TriageBoard.h"

#include <QAbstractTableModel>

namespace Kvarter {

/// The triage board as a table: colour, citizen, who set the colour, when and why, what changed, the
/// deadlines with their countdowns (overdue in red), and today's follow-up.
class TriageBoardModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageBoardModel)

public:
    enum Column {
        Colour,
        Citizen,
        Why,
        Deadlines,
        FollowUp,
        ColumnCount
    };
    static constexpr int CitizenIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setBoard(const Board &board, const QDateTime &now);
    const Board &board() const { return m_board; }
    const BoardEntry &entryAt(int row) const { return m_board.entries.at(row); }
    int rowOf(const QString &citizenId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString why(const BoardEntry &entry) const;

    Board m_board;
    QDateTime m_now;
};

} // namespace Kvarter
