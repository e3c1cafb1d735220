// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "visit/Visit.h"

#include <QStyledItemDelegate>

namespace Kvarter {

/// Paints a visit as a card — time, citizen, address, services, status — with "Done" and
/// "Not home" buttons on the card itself, so finishing a visit is one click.
class VisitCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VisitCardDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    enum class Button {
        None,
        Done,
        NotHome
    };
    /// Where a card's button is, for painting, clicks and tests.
    static QRect buttonRect(const QRect &card, Button button);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

Q_SIGNALS:
    void statusRequested(const QModelIndex &index, Kvarter::VisitStatus status);

private:
    void paintButton(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, const QString &text,
                     bool active) const;
};

} // namespace Kvarter
