// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CliRunner.h"
#include "common/Clock.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kvarter;

// The team meeting through the real kvarter-cli on the demo team: the agenda (text, JSON, PDF read
// back with pdftotext), each showing logged in the access log, and minutes whose task shows in the
// assignee's `tasks`.
class TestCliMeeting : public QObject
{
    Q_OBJECT

    using Result = Test::CliResult;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_role;

    QString db() const { return m_dir.filePath(QStringLiteral("kvarter.db")); }
    Result cli(QStringList args)
    {
        return Test::runCli(QStringList { QStringLiteral("--db"), db(), QStringLiteral("--now"),
                                          QStringLiteral("2026-03-02T09:00"), QStringLiteral("--lang"), QStringLiteral("en") }
                            + args);
    }
    QString as(const char *role) const { return m_role.value(QLatin1String(role)); }
    qint64 scalar(const QByteArray &sql)
    {
        ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(9, 0), Clock::teamZone()) };
        Store store(db(), clock);
        return store.db().scalar(sql);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result demo = cli({ QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("5") });
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        for (const QJsonValue &e : cli({ QStringLiteral("employees"), QStringLiteral("--json") }).array())
            if (!m_role.contains(e[QLatin1String("role")].toString()))
                m_role.insert(e[QLatin1String("role")].toString(), e[QLatin1String("id")].toString());
        QVERIFY(!as("nurse").isEmpty() && !as("sosu-assistant").isEmpty());
    }

    void theAgendaSaysWhyAndIsLogged()
    {
        const qint64 logged = scalar("SELECT count(*) FROM access_log WHERE part = 'triage'");
        const Result r = cli({ QStringLiteral("agenda"), QStringLiteral("--date"), QStringLiteral("2026-03-02"),
                               QStringLiteral("--as"), as("nurse"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray items = r.array();
        QVERIFY(!items.isEmpty());
        QStringList keys;
        for (const QJsonValue &i : items) {
            QVERIFY(!i[QLatin1String("reasons")].toArray().isEmpty());
            for (const QJsonValue &reason : i[QLatin1String("reasons")].toArray()) {
                keys << reason[QLatin1String("reason")].toString();
                QVERIFY(!reason[QLatin1String("why")].toString().isEmpty());
            }
        }
        QVERIFY2(keys.contains(QStringLiteral("red")) && keys.contains(QStringLiteral("yellow")), qPrintable(keys.join(u' ')));
        QCOMPARE(scalar("SELECT count(*) FROM access_log WHERE part = 'triage'"), logged + items.size());

        const Result bad = cli({ QStringLiteral("agenda"), QStringLiteral("--date"), QStringLiteral("2. marts"),
                                 QStringLiteral("--as"), as("nurse") });
        QCOMPARE(bad.code, 2);
    }

    void minutesMakeATaskForTheAssignee()
    {
        const QString cpr = cli({ QStringLiteral("agenda"), QStringLiteral("--date"), QStringLiteral("2026-03-02"),
                                  QStringLiteral("--as"), as("nurse"), QStringLiteral("--json") })
                                .array()
                                .first()[QLatin1String("cpr")]
                                .toString();
        const Result written =
            cli({ QStringLiteral("minutes"), QStringLiteral("--date"), QStringLiteral("2026-03-02"), QStringLiteral("--item"),
                  cpr, QStringLiteral("--decision"), QStringLiteral("Væskeskema i tre døgn."), QStringLiteral("--task"),
                  QStringLiteral("Start væskeskema"), QStringLiteral("--assignee"), as("sosu-assistant"), QStringLiteral("--due"),
                  QStringLiteral("2026-03-03T12:00"), QStringLiteral("--with"), as("sosu-assistant"), QStringLiteral("--as"),
                  as("nurse"), QStringLiteral("--json") });
        QVERIFY2(written.code == 0, qPrintable(written.err));
        const QString taskId = written.object()[QLatin1String("task_id")].toString();
        QVERIFY(!taskId.isEmpty());
        bool found = false;
        for (const QJsonValue &t :
             cli({ QStringLiteral("tasks"), QStringLiteral("--as"), as("sosu-assistant"), QStringLiteral("--json") }).array())
            found = found || t[QLatin1String("id")].toString() == taskId;
        QVERIFY(found);
        const QJsonObject minutes = cli({ QStringLiteral("minutes"), QStringLiteral("--date"), QStringLiteral("2026-03-02"),
                                          QStringLiteral("--as"), as("nurse"), QStringLiteral("--json") })
                                        .object();
        QCOMPARE(minutes[QLatin1String("items")].toArray().size(), 1);
        QCOMPARE(minutes[QLatin1String("items")].toArray().first()[QLatin1String("decision")].toString(),
                 QStringLiteral("Væskeskema i tre døgn."));
        QCOMPARE(minutes[QLatin1String("participants")].toArray().size(), 2);

        const Result empty = cli({ QStringLiteral("minutes"), QStringLiteral("--date"), QStringLiteral("2026-03-02"),
                                   QStringLiteral("--item"), cpr, QStringLiteral("--as"), as("nurse") });
        QVERIFY(empty.code != 0);
        QVERIFY2(empty.err.contains(QLatin1String("Write what the meeting decided")), qPrintable(empty.err));
    }

    void theAgendaPrintsAsAPdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("agenda.pdf"));
        const Result r = cli({ QStringLiteral("agenda"), QStringLiteral("--date"), QStringLiteral("2026-03-02"),
                               QStringLiteral("--pdf"), path, QStringLiteral("--as"), as("nurse") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            QSKIP("pdftotext is not installed");
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        for (const QString &expected : { QStringLiteral("Team meeting — Team"), QStringLiteral("Why on the agenda"),
                                         QStringLiteral("Red since"), QStringLiteral("Contains personal data") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in: ") + text));
    }
};

QTEST_GUILESS_MAIN(TestCliMeeting)
#include "tst_climeeting.moc"
