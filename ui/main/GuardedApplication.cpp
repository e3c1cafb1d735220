// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "GuardedApplication.h"

#include "common/Error.h"

#include <QMessageBox>
#include <QTimer>
#include <exception>

namespace Kvarter {

GuardedApplication::GuardedApplication(int &argc, char **argv) : QApplication(argc, argv)
{
    report = [](const QString &message) {
        QMessageBox::critical(nullptr, tr("Kvarter"),
                              tr("Something went wrong, and what you were doing was not saved:\n\n%1\n\n"
                                 "Everything saved before is safe. If it happens again, restart Kvarter.")
                                  .arg(message));
    };
}

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const Error &e) {
        showLater(e.message());
    } catch (const std::exception &e) {
        showLater(QString::fromLocal8Bit(e.what()));
    }
    return false;
}

void GuardedApplication::showLater(const QString &message)
{
    ++m_errors;
    qWarning("kvarter: %s", qPrintable(message));
    if (m_showing)
        return; // one box at a time: the same fault often repeats while a box is open
    m_showing = true;
    // Not from inside notify(): the box runs its own event loop.
    QTimer::singleShot(0, this, [this, message] {
        report(message);
        m_showing = false;
    });
}

} // namespace Kvarter
