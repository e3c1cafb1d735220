// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "cli/CliApplication.h"
#include "common/Translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kvarter-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KVARTER_VERSION));
    Kvarter::Translations::install(Kvarter::Translations::languageFromArguments(app.arguments()));
    return Kvarter::CliApplication().run(app.arguments());
}
