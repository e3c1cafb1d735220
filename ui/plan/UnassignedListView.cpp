// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "UnassignedListView.h"

#include "DayPlanModel.h"
#include "common/VisitRoles.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QSortFilterProxyModel>

namespace Kvarter {

UnassignedListView::UnassignedListView(DayPlanModel *model, QWidget *parent)
    : QListView(parent), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("unassignedListView"));
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(VisitRoles::EmployeeId);
    m_proxy->setFilterRegularExpression(QRegularExpression(QStringLiteral("^$")));
    setModel(m_proxy);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setAccessibleName(tr("Unassigned visits"));
}

int UnassignedListView::count() const { return m_proxy->rowCount(); }

QString UnassignedListView::visitIdAt(int row) const { return m_proxy->index(row, 0).data(VisitRoles::Id).toString(); }

void UnassignedListView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->source() != this && event->mimeData()->hasFormat(QString::fromLatin1(VisitMimeType)))
        event->acceptProposedAction();
}

void UnassignedListView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source() != this && event->mimeData()->hasFormat(QString::fromLatin1(VisitMimeType)))
        event->acceptProposedAction();
    else
        event->ignore();
}

void UnassignedListView::dropEvent(QDropEvent *event)
{
    const QString visit = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(VisitMimeType)));
    if (visit.isEmpty() || event->source() == this)
        return;
    event->acceptProposedAction();
    Q_EMIT unassignRequested(visit);
}

} // namespace Kvarter
