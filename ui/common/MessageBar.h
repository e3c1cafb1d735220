// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QFrame>

class QLabel;

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

private:
    void showMessage(const QString &text, const QString &style);
    QLabel *m_label;
};

} // namespace Kvarter
