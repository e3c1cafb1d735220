// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "UiSupport.h"
#include "common/Translations.h"
#include "visit/Visit.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QPushButton>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Kvarter;

class TestTranslation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tsFileIsComplete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("atLeast");
        QTest::addRow("Danish") << QStringLiteral("kvarter_da.ts") << 150;
        QTest::addRow("English plurals") << QStringLiteral("kvarter_en.ts") << 5;
    }
    void tsFileIsComplete()
    {
        QFETCH(QString, file);
        QFETCH(int, atLeast);
        QFile ts(QStringLiteral(KVARTER_SOURCE_DIR "/resources/translations/") + file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished")
                    || (text.isEmpty() && type != QLatin1String("vanished") && type != QLatin1String("obsolete")))
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > atLeast, "the .ts should hold every UI and core string (English: every plural one)");
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1String(" | "))));
    }

    // Runs before Danish is installed (slots run in order): English says "1 change", not "1 change(s)".
    void englishHasRealPlurals()
    {
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("Kvarter::Sync::ClockCheck", "%n hour(s)", nullptr, 1), QStringLiteral("1 hour"));
        QCOMPARE(QCoreApplication::translate("Kvarter::Sync::ClockCheck", "%n hour(s)", nullptr, 24), QStringLiteral("24 hours"));
    }

    void appSpeaksDanishWhenAsked()
    {
        QVERIFY(Translations::install(QStringLiteral("da")));
        QCOMPARE(VisitStatuses::displayName(VisitStatus::NotHome), QStringLiteral("Ikke hjemme"));
        Test::UiFixture ui(Role::Nurse);
        auto *navigation = ui.window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Min dag"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Borgere"));
        QCOMPARE(
            Translations::languageFromArguments({ QStringLiteral("kvarter"), QStringLiteral("--lang"), QStringLiteral("en") }),
            QStringLiteral("en"));
    }

    // A fresh Debian has LANG=C.UTF-8 (the tests run so): the desktop then says Danish, the CLI
    // keeps English for scripts, and a language the system does set wins.
    void desktopIsDanishWhenTheSystemSetsNoLanguage()
    {
        QCOMPARE(QLocale::system().language(), QLocale::C);
        QCOMPARE(Translations::languageFromArguments({ QStringLiteral("kvarter") }, QStringLiteral("da")), QStringLiteral("da"));
        QCOMPARE(Translations::languageFromArguments({ QStringLiteral("kvarter-cli") }), QStringLiteral("en"));
    }

    // Qt's own buttons and dialogs come from Debian's qt6-translations-l10n.
    void qtsOwnButtonsAreDanish()
    {
        QVERIFY(Translations::install(QStringLiteral("da")));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuller"));
        QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Gem"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("Luk"));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
