// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class QCommandLineParser;

namespace Kvarter {

class Clock;
class Session;

/// Starts the desktop app: options (--db, --as, --lang, --screenshot FILE, --page, --tour), opening
/// the profile's database with a clear message when it is locked or damaged, "who are you?", and
/// the main window. Returns the exit code.
class DesktopLauncher final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::DesktopLauncher)

public:
    int run(const QStringList &arguments);
    /// Answers --help and --version before any QApplication exists: QApplication aborts when
    /// there is no display, and asking a program what it is must work over ssh too. Returns the
    /// exit code when it answered, nothing when the app should start.
    static std::optional<int> answerWithoutDisplay(int argc, char *argv[]);

private:
    static void addOptions(QCommandLineParser &parser);
    static int refuse(bool screenshot, const QString &title, const QString &message);
    int runWith(Session &session, const QString &path, const QCommandLineParser &parser);
};

} // namespace Kvarter
