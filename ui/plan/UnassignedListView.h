// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QListView>

class QSortFilterProxyModel;

namespace Kvarter {

class DayPlanModel;

/// The day's visits that nobody has yet. Drag one onto a timeline row to assign it; drop a
/// block from the timeline here to take it off that person again.
class UnassignedListView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnassignedListView)

public:
    explicit UnassignedListView(DayPlanModel *model, QWidget *parent = nullptr);
    int count() const;
    QString visitIdAt(int row) const;

Q_SIGNALS:
    void unassignRequested(const QString &visitId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QSortFilterProxyModel *m_proxy;
};

} // namespace Kvarter
