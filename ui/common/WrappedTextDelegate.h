// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace Kvarter {

/// Rows as tall as their wrapped text at the column's width, so a note is read in full in a list
/// rather than cut with "…" (a tree view on its own asks for one line).
class WrappedTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedTextDelegate)

public:
    /// Lays `view`'s rows out again whenever a column changes width.
    explicit WrappedTextDelegate(QTreeView *view);
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace Kvarter
