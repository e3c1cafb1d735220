// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QFrame>
#include <QTimer>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace Kvarter {

/// A calm, dismissable line at the top of a page that says what went wrong (or right) without
/// a modal dialog in the way of a nurse's work.
class MessageBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBar)

public:
    explicit MessageBar(QWidget *parent = nullptr);
    void showError(const QString &text);
    void showInfo(const QString &text);
    QString text() const;
    /// A button on the message now shown (the next message clears it); clicking it hides the
    /// bar and runs `run`. An undo is such a button, never a second click on the same thing.
    QPushButton *addAction(const QString &label, const QString &objectName, std::function<void()> run);
    /// Hides this message after `ms` unless another one is shown first.
    void hideAfter(int ms);

private:
    void showMessage(const QString &text, const QString &style);
    void clearActions();
    QLabel *m_label;
    QHBoxLayout *m_actions;
    QTimer m_hideTimer;
};

} // namespace Kvarter
