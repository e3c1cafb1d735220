// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "common/Translations.h"
#include "main/DesktopLauncher.h"
#include "main/GuardedApplication.h"

int main(int argc, char *argv[])
{
    if (const std::optional<int> answered = Kvarter::DesktopLauncher::answerWithoutDisplay(argc, argv))
        return *answered;
    Kvarter::GuardedApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("kvarter")); // settings in ~/.config/kvarter/kvarter.conf
    QApplication::setApplicationName(QStringLiteral("kvarter"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kvarter"));
    QApplication::setApplicationVersion(QStringLiteral(KVARTER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.kvarter.Kvarter"));
    QApplication::setStyle(QStringLiteral("Fusion"));
    Kvarter::Translations::install(Kvarter::Translations::languageFromArguments(app.arguments(), QStringLiteral("da")));
    return Kvarter::DesktopLauncher().run(app.arguments());
}
