// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CliRunner.h"

#include <QTemporaryDir>
#include <QTest>

// `--as` asks for the PIN like the desktop does, and `pin` sets, resets and shows PINs.
class TestCliPin : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_nurse, m_planner, m_cpr;
    QString db() const { return m_dir.filePath(QStringLiteral("pin.db")); }

    static QProcessEnvironment withPins(const QString &pin, const QString &newPin = {})
    {
        QProcessEnvironment environment = Test::cliEnvironment(pin);
        if (pin.isEmpty())
            environment.remove(QStringLiteral("KVARTER_PIN"));
        if (!newPin.isEmpty())
            environment.insert(QStringLiteral("KVARTER_NEW_PIN"), newPin);
        return environment;
    }
    Test::CliResult cli(const QStringList &args, const QProcessEnvironment &environment = Test::cliEnvironment(),
                        const QByteArray &input = {})
    {
        return Test::runCli(QStringList { QStringLiteral("--db"), db(), QStringLiteral("--now"),
                                          QStringLiteral("2026-03-02T09:30"), QStringLiteral("--lang"), QStringLiteral("en") }
                                + args,
                            environment, input);
    }
    Test::CliResult readCitizen(const QString &as, const QProcessEnvironment &environment, const QByteArray &input = {})
    {
        return cli({ QStringLiteral("citizen"), m_cpr, QStringLiteral("--as"), as, QStringLiteral("--json") }, environment,
                   input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Test::CliResult demo = cli({ QStringLiteral("demo"), QStringLiteral("--json") });
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        QCOMPARE(demo.object().value(QLatin1String("pin")).toString(), QStringLiteral("2846"));
        for (const QJsonValue &e : cli({ QStringLiteral("employees"), QStringLiteral("--json") }).array()) {
            const QString role = e[QLatin1String("role")].toString();
            if (role == QLatin1String("nurse") && m_nurse.isEmpty())
                m_nurse = e[QLatin1String("id")].toString();
            if (role == QLatin1String("planner") && m_planner.isEmpty())
                m_planner = e[QLatin1String("id")].toString();
        }
        QVERIFY(!m_nurse.isEmpty() && !m_planner.isEmpty());
        const Test::CliResult citizens =
            cli({ QStringLiteral("citizens"), QStringLiteral("--as"), m_nurse, QStringLiteral("--json") });
        QVERIFY2(citizens.code == 0, qPrintable(citizens.err));
        m_cpr = citizens.array().first()[QLatin1String("cpr")].toString();
    }

    void aDemoRefusesATrivialPin()
    {
        QTemporaryDir other;
        const Test::CliResult r = Test::runCli({ QStringLiteral("--db"), other.filePath(QStringLiteral("x.db")),
                                                 QStringLiteral("demo"), QStringLiteral("--pin"), QStringLiteral("1234") });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("run of digits")), qPrintable(r.err));
    }

    void aWrongPinReadsNothing()
    {
        const Test::CliResult r = readCitizen(m_nurse, withPins(QStringLiteral("9170")));
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QLatin1String("Wrong PIN")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(readCitizen(m_nurse, Test::cliEnvironment()).code, 0); // the right one resets the count
    }

    void thePinCanComeOnStandardInput()
    {
        const Test::CliResult r = readCitizen(m_nurse, withPins({}), "2846\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object().value(QLatin1String("cpr")).toString(), m_cpr);
        const Test::CliResult none = readCitizen(m_nurse, withPins({}));
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(QLatin1String("KVARTER_PIN")), qPrintable(none.err));
    }

    void onlyAPlannerOrTeamLeaderResetsAColleaguesPin()
    {
        const Test::CliResult byNurse =
            cli({ QStringLiteral("pin"), QStringLiteral("reset"), m_planner, QStringLiteral("--as"), m_nurse },
                withPins(QStringLiteral("2846"), QStringLiteral("7305")));
        QCOMPARE(byNurse.code, 1);
        QVERIFY2(byNurse.err.contains(QLatin1String("new PIN")), qPrintable(byNurse.err));
        const Test::CliResult trivial =
            cli({ QStringLiteral("pin"), QStringLiteral("reset"), m_nurse, QStringLiteral("--as"), m_planner },
                withPins(QStringLiteral("2846"), QStringLiteral("0000")));
        QCOMPARE(trivial.code, 3);
        QVERIFY2(trivial.err.startsWith(QLatin1String("kvarter-cli: pin: ")), qPrintable(trivial.err));
        const Test::CliResult reset =
            cli({ QStringLiteral("pin"), QStringLiteral("reset"), m_nurse, QStringLiteral("--as"), m_planner },
                withPins(QStringLiteral("2846"), QStringLiteral("7305")));
        QVERIFY2(reset.code == 0, qPrintable(reset.err));
        QCOMPARE(readCitizen(m_nurse, withPins(QStringLiteral("2846"))).code, 5);
        QCOMPARE(readCitizen(m_nurse, withPins(QStringLiteral("7305"))).code, 0);
        // And back by herself, knowing the current one.
        const Test::CliResult own = cli({ QStringLiteral("pin"), QStringLiteral("set"), m_nurse },
                                        withPins(QStringLiteral("7305"), QStringLiteral("2846")));
        QVERIFY2(own.code == 0, qPrintable(own.err));
        QCOMPARE(readCitizen(m_nurse, Test::cliEnvironment()).code, 0);
    }

    void statusShowsTheWrongTries()
    {
        QCOMPARE(readCitizen(m_planner, withPins(QStringLiteral("9170"))).code, 5);
        QCOMPARE(readCitizen(m_planner, withPins(QStringLiteral("9170"))).code, 5);
        const Test::CliResult status =
            cli({ QStringLiteral("pin"), QStringLiteral("status"), m_planner, QStringLiteral("--json") });
        QCOMPARE(status.code, 0);
        QCOMPARE(status.object().value(QLatin1String("failedTries")).toInt(), 2);
        QCOMPARE(status.object().value(QLatin1String("lockedOut")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestCliPin)
#include "tst_clipin.moc"
