// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CliRunner.h"
#include "access/SignIn.h"
#include "citizen/CitizenService.h"
#include "common/Clock.h"
#include "store/Store.h"
#include "team/TeamService.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kvarter;

// Early detection through the real kvarter-cli, as a script uses it: change-report with its field
// errors, triage (the board), triage-set with the rule on lowering red, tasks, task-done, follow-up
// and board --pdf, each read logged in the access log. On the demo team with a citizen of its own.
class TestCliTriage : public QObject
{
    Q_OBJECT

    using Result = Test::CliResult;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_role;
    QString m_citizen;
    const QString m_cpr = QStringLiteral("0804401238");

    QString db() const { return m_dir.filePath(QStringLiteral("kvarter.db")); }
    Result cli(const char *now, QStringList args)
    {
        return Test::runCli(QStringList { QStringLiteral("--db"), db(), QStringLiteral("--now"), QString::fromLatin1(now),
                                          QStringLiteral("--lang"), QStringLiteral("en") }
                            + args);
    }
    QString as(const char *role) const { return m_role.value(QLatin1String(role)); }
    qint64 scalar(const QByteArray &sql)
    {
        ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(9, 0), Clock::teamZone()) };
        Store store(db(), clock);
        return store.db().scalar(sql);
    }
    QJsonObject boardEntry(const char *now)
    {
        for (const QJsonValue &e :
             cli(now, { QStringLiteral("triage"), QStringLiteral("--as"), as("nurse"), QStringLiteral("--json") }).array())
            if (e[QLatin1String("citizen_id")].toString() == m_citizen)
                return e.toObject();
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result demo = cli("2026-03-02T08:00", { QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5") });
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        for (const QJsonValue &e : cli("2026-03-02T08:00", { QStringLiteral("employees"), QStringLiteral("--json") }).array())
            if (!m_role.contains(e[QLatin1String("role")].toString()))
                m_role.insert(e[QLatin1String("role")].toString(), e[QLatin1String("id")].toString());
        for (const char *role : { "nurse", "sosu-helper", "sosu-assistant", "planner" })
            QVERIFY2(!as(role).isEmpty(), role);
        ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(8, 0), Clock::teamZone()) };
        Store store(db(), clock);
        Citizen c;
        c.teamId = TeamService(store).employee(as("nurse"))->teamId;
        c.cpr = m_cpr;
        c.name = QStringLiteral("Ellen Kragh");
        c.address = QStringLiteral("Strandvej 8");
        c.postcode = QStringLiteral("5700");
        c.city = QStringLiteral("Svendborg");
        c.contactPersonId = as("nurse");
        m_citizen = CitizenService(store, SignIn::unattended(store, as("planner"))).add(c);
    }

    void aChangeReportWithYellowPutsTheCitizenOnTheBoard()
    {
        // A fall without a comment: the field is named, exit code 3.
        Result r = cli("2026-03-02T09:30",
                       { QStringLiteral("change-report"), m_cpr, QStringLiteral("--item"), QStringLiteral("fall"),
                         QStringLiteral("--as"), as("sosu-helper") });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("fallComment:")), qPrintable(r.err));
        QCOMPARE(cli("2026-03-02T09:30",
                     { QStringLiteral("change-report"), m_cpr, QStringLiteral("--item"), QStringLiteral("appetite"),
                       QStringLiteral("--colour"), QStringLiteral("blue"), QStringLiteral("--as"), as("sosu-helper") })
                     .code,
                 2);

        r = cli("2026-03-02T09:30",
                { QStringLiteral("change-report"), m_cpr, QStringLiteral("--item"), QStringLiteral("appetite"),
                  QStringLiteral("--item"), QStringLiteral("fall,mood"), QStringLiteral("--fall-comment"),
                  QStringLiteral("Faldt ved sengen i nat, ikke slået"), QStringLiteral("--colour"), QStringLiteral("gul"),
                  QStringLiteral("--note"), QStringLiteral("Spiser mindre, trist"), QStringLiteral("--look-by"),
                  QStringLiteral("nurse"), QStringLiteral("--as"), as("sosu-helper"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject saved = r.object();
        QCOMPARE(saved[QLatin1String("report")][QLatin1String("items")].toArray().size(), 3);
        QCOMPARE(saved[QLatin1String("decision")][QLatin1String("colour")].toString(), QStringLiteral("yellow"));
        QCOMPARE(saved[QLatin1String("decision")][QLatin1String("meeting_at")].toString(),
                 QStringLiteral("2026-03-02T12:30:00+01:00"));
        QCOMPARE(saved[QLatin1String("decision")][QLatin1String("due_at")].toString(),
                 QStringLiteral("2026-03-04T12:30:00+01:00"));

        const QJsonObject entry = boardEntry("2026-03-02T10:00");
        QCOMPARE(entry[QLatin1String("colour")].toString(), QStringLiteral("yellow"));
        QCOMPARE(entry[QLatin1String("decision")][QLatin1String("reason")].toString(), QStringLiteral("Spiser mindre, trist"));
        QCOMPARE(entry[QLatin1String("tasks")].toArray().size(), 1);
        QVERIFY(scalar("SELECT count(*) FROM access_log WHERE part = 'triage' AND citizen_id = '" + m_citizen.toUtf8() + "'")
                >= 1);
        // Filtered by colour: not among the reds.
        for (const QJsonValue &e : cli("2026-03-02T10:00",
                                       { QStringLiteral("triage"), QStringLiteral("--colour"), QStringLiteral("red"),
                                         QStringLiteral("--as"), as("nurse"), QStringLiteral("--json") })
                                       .array())
            QVERIFY(e[QLatin1String("citizen_id")].toString() != m_citizen);
    }

    void tasksShowForTheContactPersonAndCanBeDoneWhenOverdue()
    {
        Result r = cli("2026-03-05T08:00",
                       { QStringLiteral("tasks"), QStringLiteral("--overdue"), QStringLiteral("--as"), as("nurse"),
                         QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString task;
        for (const QJsonValue &t : r.array())
            if (t[QLatin1String("citizen_id")].toString() == m_citizen) {
                task = t[QLatin1String("id")].toString();
                QCOMPARE(t[QLatin1String("kind")].toString(), QStringLiteral("action-instructions"));
                QCOMPARE(t[QLatin1String("overdue_minutes")].toInt(), 19 * 60 + 30);
            }
        QVERIFY(!task.isEmpty());
        r = cli("2026-03-05T08:00",
                { QStringLiteral("task-done"), task, QStringLiteral("--note"), QStringLiteral("Handleplan lagt"),
                  QStringLiteral("--as"), as("nurse") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(QString::fromUtf8(r.out).contains(QLatin1String("19 h 30 min after")), r.out.constData());
        QCOMPARE(cli("2026-03-05T08:05", { QStringLiteral("task-done"), task, QStringLiteral("--as"), as("nurse") }).code, 1);
        QCOMPARE(
            cli("2026-03-05T08:05", { QStringLiteral("task-done"), QStringLiteral("nope"), QStringLiteral("--as"), as("nurse") })
                .code,
            4);
        QCOMPARE(cli("2026-03-05T08:05",
                     { QStringLiteral("follow-up"), m_cpr, QStringLiteral("--note"), QStringLiteral("Spiste morgenmad"),
                       QStringLiteral("--as"), as("sosu-helper") })
                     .code,
                 0);
        QVERIFY(boardEntry("2026-03-05T09:00")[QLatin1String("followed_up_today")].toBool());
    }

    void onlyANurseOrAssistantLowersRed()
    {
        Result r = cli("2026-03-05T10:00",
                       { QStringLiteral("triage-set"), m_cpr, QStringLiteral("--colour"), QStringLiteral("red"),
                         QStringLiteral("--why"), QStringLiteral("Høj feber"), QStringLiteral("--as"), as("sosu-helper") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli("2026-03-05T11:00",
                { QStringLiteral("triage-set"), m_cpr, QStringLiteral("--colour"), QStringLiteral("green"),
                  QStringLiteral("--why"), QStringLiteral("Har det bedre"), QStringLiteral("--as"), as("sosu-helper") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("down from red")), qPrintable(r.err));
        QCOMPARE(cli("2026-03-05T11:00",
                     { QStringLiteral("triage-set"), m_cpr, QStringLiteral("--colour"), QStringLiteral("yellow"),
                       QStringLiteral("--as"), as("nurse") })
                     .code,
                 3); // no --why
        r = cli("2026-03-05T11:00",
                { QStringLiteral("triage-set"), m_cpr, QStringLiteral("--colour"), QStringLiteral("yellow"),
                  QStringLiteral("--why"), QStringLiteral("Set, feberen er faldet"), QStringLiteral("--as"), as("sosu-assistant"),
                  QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object()[QLatin1String("previous_colour")].toString(), QStringLiteral("red"));
        QCOMPARE(boardEntry("2026-03-05T11:05")[QLatin1String("colour")].toString(), QStringLiteral("yellow"));
    }

    void theBoardPrintsToAPdfWithThePersonalDataFooter()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("board.pdf"));
        const qint64 before = scalar("SELECT count(*) FROM access_log WHERE part = 'board-printed'");
        const Result r = cli("2026-03-05T12:00",
                             { QStringLiteral("board"), QStringLiteral("--pdf"), pdf, QStringLiteral("--as"), as("nurse"),
                               QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.object()[QLatin1String("citizens")].toInt() >= 1);
        QVERIFY(QFile(pdf).size() > 1000);
        QVERIFY(scalar("SELECT count(*) FROM access_log WHERE part = 'board-printed'") > before);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            QSKIP("pdftotext is not installed");
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QLatin1String("Ellen Kragh")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Contains personal data")));
        QVERIFY(text.contains(QLatin1String("Triage board")));
        QCOMPARE(cli("2026-03-05T12:00", { QStringLiteral("board"), QStringLiteral("--as"), as("nurse") }).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTriage)
#include "tst_clitriage.moc"
