// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QApplication>
#include <functional>

namespace Kvarter {

/// The desktop's QApplication. An error no handler caught (the database went bad under a list,
/// say) must not pass through Qt's event loop, which cannot carry exceptions and would end the
/// program with everything unsaved on screen: it is shown to the user instead, and the app goes on.
/// Every write is a transaction, so what the error interrupted was not half stored.
class GuardedApplication final : public QApplication
{
    Q_OBJECT

public:
    GuardedApplication(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

    /// How an error is shown; a message box by default (tests replace it).
    std::function<void(const QString &message)> report;
    int errorsReported() const { return m_errors; }

private:
    void showLater(const QString &message);
    int m_errors = 0;
    bool m_showing = false;
};

} // namespace Kvarter
