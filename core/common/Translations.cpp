// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Kvarter {

QString Translations::languageFromArguments(const QStringList &arguments, const QString &whenUnset)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if ((arg == QLatin1String("--lang") || arg == QLatin1String("-lang")) && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    const QLocale::Language system = QLocale::system().language();
    if (system == QLocale::C || system == QLocale::AnyLanguage)
        return whenUnset;
    return system == QLocale::Danish ? QStringLiteral("da") : QStringLiteral("en");
}

bool Translations::install(const QString &language)
{
    if (language != QLatin1String("da")) {
        // English is the source language; its file holds only the plural forms ("1 change",
        // "2 changes") that the source strings write as "%n change(s)".
        auto *plurals = new QTranslator(QCoreApplication::instance());
        const bool loaded = plurals->load(QStringLiteral(":/i18n/kvarter_en.qm"));
        if (loaded)
            QCoreApplication::installTranslator(plurals);
        return loaded;
    }
    QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
    auto *ours = new QTranslator(QCoreApplication::instance());
    const bool loaded = ours->load(QStringLiteral(":/i18n/kvarter_da.qm"));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QLocale(QLocale::Danish), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace Kvarter
