// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "VisitCardDelegate.h"

#include "common/DisplayTime.h"
#include "common/VisitRoles.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace Kvarter {

namespace {
constexpr int CardHeight = 78;
constexpr int ButtonWidth = 110;
constexpr int ButtonHeight = 30;
constexpr int Margin = 6;
} // namespace

QRect VisitCardDelegate::buttonRect(const QRect &card, Button button)
{
    const int top = card.top() + (card.height() - ButtonHeight) / 2;
    const int right = card.right() - 12;
    if (button == Button::NotHome)
        return { right - ButtonWidth, top, ButtonWidth, ButtonHeight };
    if (button == Button::Done)
        return { right - 2 * ButtonWidth - 8, top, ButtonWidth, ButtonHeight };
    return {};
}

QSize VisitCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return { option.rect.width(), CardHeight };
}

void VisitCardDelegate::paintButton(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, const QString &text,
                                    bool active) const
{
    QStyleOptionButton button;
    button.rect = rect;
    button.text = text;
    button.state = QStyle::State_Enabled | (active ? QStyle::State_On : QStyle::State_Raised);
    button.palette = option.palette;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &button, painter, widget);
}

void VisitCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
    const auto status = VisitStatus(index.data(VisitRoles::Status).toInt());
    const bool selected = option.state & QStyle::State_Selected;

    painter->setPen(selected ? option.palette.highlight().color() : option.palette.mid().color());
    painter->setBrush(selected ? option.palette.highlight().color().lighter(185) : option.palette.base());
    painter->drawRoundedRect(card, 6, 6);
    painter->fillRect(QRect(card.left(), card.top() + 4, 5, card.height() - 8), VisitRoles::statusColor(status));

    const QDateTime start = index.data(VisitRoles::Start).toDateTime();
    const QDateTime end = start.addSecs(qint64(index.data(VisitRoles::Minutes).toInt()) * 60);
    QFont timeFont = option.font;
    timeFont.setPointSizeF(option.font.pointSizeF() * 1.25);
    timeFont.setBold(true);
    painter->setFont(timeFont);
    painter->setPen(option.palette.text().color());
    const QRect timeRect(card.left() + 16, card.top() + 8, 120, 28);
    painter->drawText(timeRect, Qt::AlignLeft | Qt::AlignVCenter, DisplayTime::time(start.time()));
    QFont small = option.font;
    painter->setFont(small);
    painter->setPen(option.palette.placeholderText().color());
    painter->drawText(QRect(card.left() + 16, card.top() + 38, 120, 24), Qt::AlignLeft | Qt::AlignVCenter,
                      tr("until %1").arg(DisplayTime::time(end.time())));

    const int textLeft = card.left() + 110;
    const int textRight = buttonRect(card, Button::Done).left() - 12;
    QFont nameFont = option.font;
    nameFont.setBold(true);
    nameFont.setPointSizeF(option.font.pointSizeF() * 1.1);
    painter->setFont(nameFont);
    painter->setPen(option.palette.text().color());
    painter->drawText(QRect(textLeft, card.top() + 6, textRight - textLeft, 22), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(VisitRoles::CitizenName).toString());
    painter->setFont(small);
    painter->drawText(QRect(textLeft, card.top() + 28, textRight - textLeft, 20), Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(VisitRoles::Address).toString());
    painter->setPen(option.palette.placeholderText().color());
    const QString statusText = VisitStatuses::displayName(status);
    const QString line = statusText + QStringLiteral("  ·  ") + index.data(VisitRoles::Services).toString();
    painter->drawText(QRect(textLeft, card.top() + 48, textRight - textLeft, 20), Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(line, Qt::ElideRight, textRight - textLeft));

    paintButton(painter, option, buttonRect(card, Button::Done), tr("Done"), status == VisitStatus::Done);
    paintButton(painter, option, buttonRect(card, Button::NotHome), tr("Not home"), status == VisitStatus::NotHome);
    painter->restore();
}

bool VisitCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                    const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QRect card = option.rect.adjusted(Margin, Margin / 2, -Margin, -Margin / 2);
        if (buttonRect(card, Button::Done).contains(mouse->position().toPoint())) {
            Q_EMIT statusRequested(index, VisitStatus::Done);
            return true;
        }
        if (buttonRect(card, Button::NotHome).contains(mouse->position().toPoint())) {
            Q_EMIT statusRequested(index, VisitStatus::NotHome);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Kvarter
