// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "cli/CliApplication.h"
#include "common/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    Kvarter::CliApplication cli;
    // A command that writes a PDF needs QtGui's fonts and paint engine, so it gets a QGuiApplication
    // on the offscreen platform (a CLI has no window, and a server has no display); every other
    // command stays on QCoreApplication and loads no platform plugin at all.
    std::unique_ptr<QCoreApplication> app;
    if (cli.needsGraphics(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("kvarter-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KVARTER_VERSION));
    Kvarter::Translations::install(Kvarter::Translations::languageFromArguments(QCoreApplication::arguments()));
    return cli.run(QCoreApplication::arguments());
}
