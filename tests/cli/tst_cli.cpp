// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "access/SignIn.h"
#include "citizen/CitizenService.h"
#include "common/Clock.h"
#include "store/Store.h"
#include "team/TeamService.h"
#include "visit/VisitService.h"

#include "CliRunner.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

// Drives the real kvarter-cli binary, as a script would: exit codes, stdout JSON, stderr messages.
class TestCli : public QObject
{
    Q_OBJECT

    using Result = Test::CliResult;
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.db")); }
    // Who reads the citizen list: the demo team's planner, by id (read from the file after "demo").
    QString m_reader;
    QStringList asReader() const { return { QStringLiteral("--as"), m_reader }; }

    // Every run is at the same moment of a Monday morning, so the demo's "today" has visits still to
    // do and the results never depend on the hour the suite runs.
    static constexpr const char *Now = "2026-03-02T09:30";
    static QString today() { return QStringLiteral("2026-03-02"); }

    Result cli(QStringList args, const QProcessEnvironment &environment = Test::cliEnvironment())
    {
        args.prepend(QString::fromLatin1(Now));
        args.prepend(QStringLiteral("--now"));
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return Test::runCli(args, environment);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Result r = cli({ QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().object().value(QLatin1String("citizens")).toInt(), 50);
        QCOMPARE(r.json().object().value(QLatin1String("employees")).toInt(), 12);
        Kvarter::ManualClock clock(QDateTime::currentDateTimeUtc());
        Kvarter::Store store(db(), clock);
        for (const Kvarter::Employee &e : Kvarter::TeamService(store).employees())
            if (e.role == Kvarter::Role::Planner && m_reader.isEmpty())
                m_reader = e.id;
        QVERIFY(!m_reader.isEmpty());
    }

    void demoRefusesANonEmptyDatabase()
    {
        const Result r = cli({ QStringLiteral("demo") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("already holds 50 citizens")));
    }

    void citizensAndOneCitizenWithNetworkAndGrants()
    {
        const Result list = cli(QStringList { QStringLiteral("citizens"), QStringLiteral("--json") } + asReader());
        QCOMPARE(list.code, 0);
        const QJsonArray citizens = list.json().array();
        QCOMPARE(citizens.size(), 50);
        const QString cpr = citizens.first().toObject().value(QLatin1String("cpr")).toString();
        const QString name = citizens.first().toObject().value(QLatin1String("name")).toString();

        const Result one =
            cli(QStringList { QStringLiteral("citizen"), cpr.left(6) + QLatin1Char('-') + cpr.mid(6), QStringLiteral("--json") }
                + asReader());
        QCOMPARE(one.code, 0);
        const QJsonObject citizen = one.json().object();
        QCOMPARE(citizen.value(QLatin1String("name")).toString(), name);
        QVERIFY(!citizen.value(QLatin1String("grants")).toArray().isEmpty());
        QVERIFY(citizen.value(QLatin1String("network")).isArray());
        QVERIFY(!citizen.value(QLatin1String("visitator")).toString().isEmpty());

        const Result search = cli(
            QStringList { QStringLiteral("citizens"), QStringLiteral("--search"), name, QStringLiteral("--json") } + asReader());
        QVERIFY(search.json().array().size() >= 1);
        const Result text = cli(QStringList { QStringLiteral("citizen"), cpr } + asReader());
        QVERIFY(text.out.contains(name.toUtf8()));
    }

    void visitsAndVisitDoneRoundTrip()
    {
        const Result employees = cli(QStringList { QStringLiteral("citizen"), QStringLiteral("x") } + asReader());
        QCOMPARE(employees.code, 4);
        QVERIFY(employees.err.contains(QLatin1String("no citizen")));

        // Whose day: the contact person of the first citizen is someone who makes visits.
        const QJsonObject first = cli(QStringList { QStringLiteral("citizens"), QStringLiteral("--json") } + asReader())
                                      .json()
                                      .array()
                                      .first()
                                      .toObject();
        const QString employee = first.value(QLatin1String("contact_person_id")).toString();
        const Result day = cli({ QStringLiteral("visits"), QStringLiteral("--employee"), employee, QStringLiteral("--date"),
                                 today(), QStringLiteral("--json") });
        QCOMPARE(day.code, 0);
        const QJsonArray visits = day.json().array();
        QVERIFY(!visits.isEmpty());
        QString planned;
        for (const QJsonValue &v : visits)
            if (v.toObject().value(QLatin1String("status")).toString() == QLatin1String("planned"))
                planned = v.toObject().value(QLatin1String("id")).toString();
        QVERIFY2(!planned.isEmpty(), "at 09:30 the day still has planned visits");
        const Result done = cli({ QStringLiteral("visit-done"), planned, QStringLiteral("--json") });
        QCOMPARE(done.code, 0);
        QCOMPARE(done.json().object().value(QLatin1String("status")).toString(), QStringLiteral("done"));
        const Result again = cli({ QStringLiteral("visits"), QStringLiteral("--employee"), employee, QStringLiteral("--json") });
        bool found = false;
        for (const QJsonValue &v : again.json().array())
            if (v.toObject().value(QLatin1String("id")).toString() == planned)
                found = v.toObject().value(QLatin1String("status")).toString() == QLatin1String("done");
        QVERIFY(found);
    }

    void nowComesFromTheOptionOrTheEnvironment()
    {
        // Without --date, "visits" shows the clock's day: a day of the demo's past is all done.
        const QString employee = cli(QStringList { QStringLiteral("citizens"), QStringLiteral("--json") } + asReader())
                                     .json()
                                     .array()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("contact_person_id"))
                                     .toString();
        const auto statuses = [](const QJsonArray &visits) {
            QStringList s;
            for (const QJsonValue &v : visits)
                s << v.toObject().value(QLatin1String("status")).toString();
            s.removeDuplicates();
            return s;
        };
        const Result option = cli({ QStringLiteral("--now"), QStringLiteral("2026-02-20T12:00"), QStringLiteral("visits"),
                                    QStringLiteral("--employee"), employee, QStringLiteral("--json") });
        QCOMPARE(option.code, 0);
        const QJsonArray pastDay = option.json().array();
        QVERIFY(!pastDay.isEmpty());
        QCOMPARE(QDateTime::fromString(pastDay.first().toObject().value(QLatin1String("start")).toString(), Qt::ISODate)
                     .toTimeZone(QTimeZone("Europe/Copenhagen"))
                     .date(),
                 QDate(2026, 2, 20));
        QVERIFY(!statuses(pastDay).contains(QLatin1String("planned")));

        QProcessEnvironment environment = Test::cliEnvironment();
        environment.insert(QStringLiteral("KVARTER_NOW"), QStringLiteral("2026-02-20T12:00:00+01:00"));
        QStringList args { QStringLiteral("--db"),       db(),     QStringLiteral("visits"),
                           QStringLiteral("--employee"), employee, QStringLiteral("--json") };
        QProcess p;
        p.setProcessEnvironment(environment);
        p.start(QStringLiteral(KVARTER_CLI_PATH), args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).array(), pastDay);
    }

    void runListPdfHoldsTheAddressesAndPhones()
    {
        // What to look for, read from the database itself: a visit of the day and its citizen.
        Kvarter::Employee nurse, visitator;
        Kvarter::Citizen citizen;
        {
            Kvarter::ManualClock clock(QDateTime::currentDateTimeUtc());
            Kvarter::Store store(db(), clock);
            for (const Kvarter::Employee &e : Kvarter::TeamService(store).employees()) {
                if (e.role == Kvarter::Role::Nurse && nurse.id.isEmpty())
                    nurse = e;
                if (e.role == Kvarter::Role::Visitator)
                    visitator = e;
            }
            const Kvarter::Actor asNurse = Kvarter::SignIn::unattended(store, nurse.id);
            const QList<Kvarter::Visit> day =
                Kvarter::VisitService(store, asNurse).myDay(nurse.id, QDate::fromString(today(), Qt::ISODate));
            QVERIFY(!day.isEmpty());
            citizen = *Kvarter::CitizenService(store, asNurse).citizen(day.last().citizenId);
        }
        QVERIFY(!citizen.address.isEmpty() && !citizen.phone.isEmpty());

        const QString pdf = m_dir.filePath(QStringLiteral("runlist.pdf"));
        const Result r = cli({ QStringLiteral("runlist"), QStringLiteral("--date"), today(), QStringLiteral("--employee"),
                               nurse.initials, QStringLiteral("--pdf"), pdf, QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.json().object().value(QLatin1String("stops")).toArray().isEmpty());
        const auto text = [](const QString &file) {
            QProcess p;
            p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") });
            p.waitForFinished(30000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        const QString english = text(pdf);
        QVERIFY2(english.contains(citizen.address), qPrintable(english.left(400)));
        QVERIFY(english.contains(citizen.postcode + QLatin1Char(' ') + citizen.city));
        QVERIFY(english.contains(citizen.phone));
        QVERIFY(english.contains(QLatin1String("Contains personal data")));

        const QString danishPdf = m_dir.filePath(QStringLiteral("koereliste.pdf"));
        const Result danish = cli({ QStringLiteral("--lang"), QStringLiteral("da"), QStringLiteral("runlist"),
                                    QStringLiteral("--as"), nurse.initials, QStringLiteral("--pdf"), danishPdf });
        QVERIFY2(danish.code == 0, qPrintable(danish.err));
        const QString team = text(danishPdf);
        QVERIFY(team.contains(QStringLiteral("Køreliste, mandag 2. marts 2026")));
        QVERIFY(team.contains(QStringLiteral("Indeholder personoplysninger")));
        QVERIFY(team.contains(QStringLiteral("Nøgleoplysninger")));
        QVERIFY(team.contains(citizen.phone));
        QVERIFY(team.count(QStringLiteral("Indeholder personoplysninger")) == team.count(QLatin1Char('\f')));

        // The visitator decides grants and gets no addresses; the team's list needs to know who asks.
        QCOMPARE(
            cli({ QStringLiteral("runlist"), QStringLiteral("--as"), visitator.initials, QStringLiteral("--pdf"), pdf }).code, 1);
        QCOMPARE(cli({ QStringLiteral("runlist"), QStringLiteral("--pdf"), pdf }).code, 2);
    }

    void checkReportsSchemaAndIntegrity()
    {
        const Result r = cli({ QStringLiteral("check"), QStringLiteral("--json") });
        QCOMPARE(r.code, 0);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QLatin1String("integrity")).toString(), QStringLiteral("ok"));
        QCOMPARE(o.value(QLatin1String("schema_version")).toInt(), o.value(QLatin1String("latest_schema_version")).toInt());
        QCOMPARE(o.value(QLatin1String("rows")).toObject().value(QLatin1String("citizen")).toInt(), 50);
    }

    void badUsageFailsOnStderr_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addRow("no command") << QStringList() << 2;
        QTest::addRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << 2;
        QTest::addRow("bad scale") << QStringList { QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("city") }
                                   << 2;
        QTest::addRow("bad date") << QStringList { QStringLiteral("visits"), QStringLiteral("--employee"), QStringLiteral("x"),
                                                   QStringLiteral("--date"), QStringLiteral("23/11") }
                                  << 2;
        QTest::addRow("unknown employee") << QStringList { QStringLiteral("visits"), QStringLiteral("--employee"),
                                                           QStringLiteral("nobody") }
                                          << 4;
        QTest::addRow("unknown visit") << QStringList { QStringLiteral("visit-done"), QStringLiteral("nope") } << 4;
        // Reading citizen data needs to know who reads.
        QTest::addRow("citizens without --as") << QStringList { QStringLiteral("citizens") } << 1;
        QTest::addRow("citizen without --as") << QStringList { QStringLiteral("citizen"), QStringLiteral("x") } << 1;
        QTest::addRow("conflicts without --as") << QStringList { QStringLiteral("conflicts") } << 1;
        QTest::addRow("citizens as nobody") << QStringList { QStringLiteral("citizens"), QStringLiteral("--as"),
                                                             QStringLiteral("nobody") }
                                            << 1;
        // The last --now wins over the one cli() puts first.
        QTest::addRow("bad now") << QStringList { QStringLiteral("--now"), QStringLiteral("tomorrow"), QStringLiteral("check") }
                                 << 2;
        QTest::addRow("now without time") << QStringList { QStringLiteral("--now"), QStringLiteral("2026-03-02"),
                                                           QStringLiteral("check") }
                                          << 2;
    }
    void badUsageFailsOnStderr()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Result r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void corruptFileIsReportedNotOverwritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("corrupt.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        QProcess p;
        p.start(QStringLiteral(KVARTER_CLI_PATH),
                { QStringLiteral("--db"), path, QStringLiteral("--now"), QString::fromLatin1(Now), QStringLiteral("check") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("damaged"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(4096, 'x'));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
