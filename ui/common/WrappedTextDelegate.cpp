// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "WrappedTextDelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace Kvarter {

WrappedTextDelegate::WrappedTextDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view)
{
    connect(view->header(), &QHeaderView::sectionResized, view, [view] { view->doItemsLayout(); });
}

QSize WrappedTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize one = QStyledItemDelegate::sizeHint(option, index);
    const int width = m_view->columnWidth(index.column()) - 10; // the cell's margins
    if (width <= 0)
        return one;
    const QRect wrapped =
        option.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
    return { one.width(), std::max(one.height(), wrapped.height() + 4) };
}

} // namespace Kvarter
