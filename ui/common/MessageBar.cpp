// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace Kvarter {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent), m_label(new QLabel(this)), m_actions(new QHBoxLayout)
{
    setObjectName(QStringLiteral("messageBar"));
    m_label->setObjectName(QStringLiteral("messageLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Hide message"));
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->addWidget(m_label, 1);
    layout->addLayout(m_actions);
    layout->addWidget(close);
    m_hideTimer.setSingleShot(true);
    connect(&m_hideTimer, &QTimer::timeout, this, &QWidget::hide);
    hide();
}

void MessageBar::clearActions()
{
    while (QLayoutItem *item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

QPushButton *MessageBar::addAction(const QString &label, const QString &objectName, std::function<void()> run)
{
    auto *button = new QPushButton(label, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, [this, run = std::move(run)] {
        hide();
        run();
    });
    m_actions->addWidget(button);
    return button;
}

void MessageBar::hideAfter(int ms) { m_hideTimer.start(ms); }

void MessageBar::showMessage(const QString &text, const QString &style)
{
    m_hideTimer.stop();
    clearActions();
    setStyleSheet(QStringLiteral("#messageBar { %1; border-radius: 4px; }").arg(style));
    m_label->setText(text);
    show();
}

void MessageBar::showError(const QString &text)
{
    showMessage(text, QStringLiteral("background: #fde8e8; border: 1px solid #d9534f"));
}

void MessageBar::showInfo(const QString &text)
{
    showMessage(text, QStringLiteral("background: #e8f4ea; border: 1px solid #2e8b57"));
}

QString MessageBar::text() const { return isVisible() ? m_label->text() : QString(); }

} // namespace Kvarter
