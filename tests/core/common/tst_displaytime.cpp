// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
// One way to write days and times: Danish as Danes write it, English as the source strings do.
#include "common/Clock.h"
#include "common/DisplayTime.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Kvarter;

class TestDisplayTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void danishWritesTheHourWithAFullStopAndKl()
    {
        QLocale::setDefault(QLocale(QLocale::Danish, QLocale::Denmark));
        const QDateTime morning(QDate(2026, 12, 2), QTime(8, 35), Clock::teamZone());
        QCOMPARE(DisplayTime::date(morning.date()), QStringLiteral("2. dec. 2026"));
        QCOMPARE(DisplayTime::time(morning.time()), QStringLiteral("08.35"));
        QCOMPARE(DisplayTime::dateTime(morning), QStringLiteral("2. dec. 2026 kl. 08.35"));
        QCOMPARE(DisplayTime::timeRange(morning, morning.addSecs(30 * 60)), QStringLiteral("08.35–09.05"));
        QCOMPARE(DisplayTime::weekdayDate(morning.date()), QStringLiteral("ons. 2. dec. 2026"));
        QCOMPARE(DisplayTime::longDate(morning.date()), QStringLiteral("onsdag 2. december 2026"));
        QCOMPARE(DisplayTime::dayAndMonth(QDate(2026, 5, 7)), QStringLiteral("7. maj"));
        // A moment stored in UTC is written in the team's time: 07.35 UTC is 08.35 in Copenhagen in winter.
        QCOMPARE(DisplayTime::dateTime(morning.toUTC()), QStringLiteral("2. dec. 2026 kl. 08.35"));
    }

    void englishAsTheSourceStrings()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QDateTime morning(QDate(2026, 12, 2), QTime(8, 35), Clock::teamZone());
        QCOMPARE(DisplayTime::date(morning.date()), QStringLiteral("2 Dec 2026"));
        QCOMPARE(DisplayTime::dateTime(morning), QStringLiteral("2 Dec 2026, 08:35"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayTime)
#include "tst_displaytime.moc"
