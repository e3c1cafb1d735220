// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "common/Clock.h"
#include "store/Store.h"

#include "CliRunner.h"
#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Near-visitation through the real kvarter-cli, as a script would use it, on a demo team with its
// default frames, every run as of one fixed Monday (--now).
class TestCliDecisions : public QObject
{
    Q_OBJECT

    using Result = Test::CliResult;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_role; // role key → an employee id with that role
    QString m_cpr, m_citizenVisitator;

    Result cli(QStringList args)
    {
        args = QStringList { QStringLiteral("--db"),   m_dir.filePath(QStringLiteral("team.db")),
                             QStringLiteral("--now"),  QStringLiteral("2026-11-23T10:00"),
                             QStringLiteral("--lang"), QStringLiteral("en") }
            + args;
        return Test::runCli(args);
    }
    QStringList as(const char *role) const { return { QStringLiteral("--as"), m_role.value(QLatin1String(role)) }; }
    Result decide(const QStringList &args, const char *role = "nurse")
    {
        return cli(QStringList { QStringLiteral("decide"), m_cpr } + args + as(role) + QStringList { QStringLiteral("--json") });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result demo = cli({ QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3") });
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        for (const QJsonValue &e : cli({ QStringLiteral("employees"), QStringLiteral("--json") }).array())
            if (!m_role.contains(e[QLatin1String("role")].toString()))
                m_role.insert(e[QLatin1String("role")].toString(), e[QLatin1String("id")].toString());
        const QJsonObject citizen =
            cli(QStringList { QStringLiteral("citizens"), QStringLiteral("--json") } + as("nurse")).array().first().toObject();
        m_cpr = citizen[QLatin1String("cpr")].toString();
        m_citizenVisitator = citizen[QLatin1String("visitator_id")].toString();
        QVERIFY(!m_cpr.isEmpty());
        QVERIFY(!m_citizenVisitator.isEmpty());
    }

    void insideTheFrameIsDecided()
    {
        const Result r =
            decide({ QStringLiteral("--service"), QStringLiteral("H1.5"), QStringLiteral("--minutes"), QStringLiteral("60") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object()[QLatin1String("outcome")].toString(), QStringLiteral("decided"));
        QVERIFY(!r.object()[QLatin1String("frame_version")].toString().isEmpty());
        QVERIFY(!r.object()[QLatin1String("id")].toString().isEmpty());
        // In text: what happened, and the decision's id.
        const Result text = cli(QStringList { QStringLiteral("decide"), m_cpr, QStringLiteral("--service"),
                                              QStringLiteral("H1.4"), QStringLiteral("--minutes"), QStringLiteral("30") }
                                + as("sosu-assistant"));
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY(text.out.startsWith("Decided: "));
        QVERIFY(text.out.contains("Decision "));
    }

    void refusalsAndUsageErrorsHaveTheirExitCodes()
    {
        QCOMPARE(
            decide({ QStringLiteral("--service"), QStringLiteral("H1.5"), QStringLiteral("--minutes"), QStringLiteral("30") },
                   "sosu-helper")
                .code,
            1);
        QCOMPARE(decide({ QStringLiteral("--service"), QStringLiteral("H1.5") }).code, 2);
        QCOMPARE(decide({ QStringLiteral("--minutes"), QStringLiteral("30") }).code, 2);
        // A reduction with no reason, justification or hearing: refused with the fields to fix.
        const Result r =
            decide({ QStringLiteral("--service"), QStringLiteral("H1.5"), QStringLiteral("--minutes"), QStringLiteral("20") });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QLatin1String("reason:")));
        QVERIFY(r.err.contains(QLatin1String("justification:")));
    }

    void aboveTheFrameGoesToTheVisitatorWhoDecides()
    {
        const Result r = decide({ QStringLiteral("--service"), QStringLiteral("H1.3"), QStringLiteral("--minutes"),
                                  QStringLiteral("600"), QStringLiteral("--assessment"), QStringLiteral("fsiii-7") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.object()[QLatin1String("outcome")].toString(), QStringLiteral("escalated"));
        QCOMPARE(r.object()[QLatin1String("escalated_to")].toString(), m_citizenVisitator);
        const QString id = r.object()[QLatin1String("id")].toString();

        QCOMPARE(cli(QStringList { QStringLiteral("escalations") } + as("nurse")).code, 1);
        const Result queue = cli(QStringList { QStringLiteral("escalations"), QStringLiteral("--json") } + as("visitator"));
        QCOMPARE(queue.code, 0);
        QStringList ids;
        for (const QJsonValue &v : queue.array())
            ids << v[QLatin1String("id")].toString();
        QVERIFY(ids.contains(id));
        QCOMPARE(queue.array().first()[QLatin1String("assessment_id")].toString(), QStringLiteral("fsiii-7"));

        const Result decided =
            cli(QStringList { QStringLiteral("escalation-decide"), id, QStringLiteral("--json") } + as("visitator"));
        QVERIFY2(decided.code == 0, qPrintable(decided.err));
        QCOMPARE(decided.object()[QLatin1String("outcome")].toString(), QStringLiteral("decided"));
        QCOMPARE(decided.object()[QLatin1String("answers")].toString(), id);
        QCOMPARE(decided.object()[QLatin1String("amount")].toInt(), 600);
        // The citizen's record keeps both: the escalation, answered, and the visitator's decision.
        bool answered = false;
        for (const QJsonValue &v :
             cli(QStringList { QStringLiteral("decisions"), m_cpr, QStringLiteral("--json") } + as("nurse")).array())
            if (v[QLatin1String("id")].toString() == id)
                answered = v[QLatin1String("answered_by")].toString() == decided.object()[QLatin1String("id")].toString();
        QVERIFY(answered);
        QCOMPARE(cli(QStringList { QStringLiteral("decisions"), QStringLiteral("--review") } + as("nurse")).code, 0);
    }

    void aTeamLeadersFrameEditCountsForTheNextDecision()
    {
        QCOMPARE(cli(QStringList { QStringLiteral("frame"), QStringLiteral("--set"), QStringLiteral("nurse"),
                                   QStringLiteral("H1.9"), QStringLiteral("20") }
                     + as("nurse"))
                     .code,
                 1);
        const Result set = cli(QStringList { QStringLiteral("frame"), QStringLiteral("--set"), QStringLiteral("nurse"),
                                             QStringLiteral("H1.9"), QStringLiteral("20"), QStringLiteral("--json") }
                               + as("team-leader"));
        QVERIFY2(set.code == 0, qPrintable(set.err));
        const QString version = set.object()[QLatin1String("written")].toString();
        QVERIFY(!version.isEmpty());
        // Practical help (the § 83 stk. 1 nr. 2 group) goes to 90 for a nurse, but H1.9 now only to 20.
        const Result above =
            decide({ QStringLiteral("--service"), QStringLiteral("H1.9"), QStringLiteral("--minutes"), QStringLiteral("30") });
        QCOMPARE(above.object()[QLatin1String("outcome")].toString(), QStringLiteral("escalated"));
        QCOMPARE(above.object()[QLatin1String("frame_version")].toString(), version);
        QCOMPARE(
            decide({ QStringLiteral("--service"), QStringLiteral("H1.10"), QStringLiteral("--minutes"), QStringLiteral("30") })
                .object()[QLatin1String("outcome")]
                .toString(),
            QStringLiteral("decided"));
        // Every version is kept: the new one and the default it did not replace (it is for H1.9 alone).
        const Result history =
            cli(QStringList { QStringLiteral("frame"), QStringLiteral("--history"), QStringLiteral("--json") } + as("nurse"));
        QCOMPARE(history.code, 0);
        QCOMPARE(history.object()[QLatin1String("frames")].toArray().first()[QLatin1String("id")].toString(), version);
    }

    void aLetterAndAComplaint()
    {
        const Result r =
            decide({ QStringLiteral("--service"), QStringLiteral("H1.12"), QStringLiteral("--minutes"), QStringLiteral("30"),
                     QStringLiteral("--requested"), QStringLiteral("45"), QStringLiteral("--justification"),
                     QStringLiteral("Two visits a week cover the washing the grandchildren leave."), QStringLiteral("--heard"),
                     QStringLiteral("2026-11-20T13:00"), QStringLiteral("--heard-how"), QStringLiteral("phone") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.object()[QLatin1String("id")].toString();
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        const Result letter = cli(
            QStringList { QStringLiteral("letter"), id, QStringLiteral("--pdf"), pdf, QStringLiteral("--json") } + as("nurse"));
        QVERIFY2(letter.code == 0, qPrintable(letter.err));
        QVERIFY(letter.object()[QLatin1String("matches_record")].toBool());
        QVERIFY(QFile::exists(pdf));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        QVERIFY(words.contains(QLatin1String("Ankestyrelsen")));
        QVERIFY(words.contains(QLatin1String("Two visits a week")));

        // A correction is a new record; the letter of the old one stays what it was.
        const Result fixed = cli(QStringList { QStringLiteral("decision-correct"), id, QStringLiteral("--justification"),
                                               QStringLiteral("Two visits a week cover the washing; the rest the family does."),
                                               QStringLiteral("--json") }
                                 + as("nurse"));
        QVERIFY2(fixed.code == 0, qPrintable(fixed.err));
        QCOMPARE(fixed.object()[QLatin1String("corrects")].toString(), id);
        QVERIFY(cli(QStringList { QStringLiteral("letter"), id, QStringLiteral("--json") } + as("nurse"))
                    .object()[QLatin1String("matches_record")]
                    .toBool());

        QCOMPARE(cli(QStringList { QStringLiteral("complaint"), id, QStringLiteral("--received"), QStringLiteral("2026-11-23"),
                                   QStringLiteral("--channel"), QStringLiteral("phone") }
                     + as("sosu-helper"))
                     .code,
                 1);
        const Result c =
            cli(QStringList { QStringLiteral("complaint"), id, QStringLiteral("--received"), QStringLiteral("2026-11-23"),
                              QStringLiteral("--channel"), QStringLiteral("phone"), QStringLiteral("--json") }
                + as("nurse"));
        QVERIFY2(c.code == 0, qPrintable(c.err));
        QCOMPARE(c.object()[QLatin1String("reassess_by")].toString(), QStringLiteral("2026-12-21"));
        QCOMPARE(cli(QStringList { QStringLiteral("complaint"), id, QStringLiteral("--received"), QStringLiteral("2026-11-23"),
                                   QStringLiteral("--channel"), QStringLiteral("carrier-pigeon") }
                     + as("nurse"))
                     .code,
                 3);
    }

    void theBenchLeavesTheFileAsItFoundIt()
    {
        const auto decisions = [&] {
            Kvarter::ManualClock clock { QDateTime(QDate(2026, 11, 23), QTime(10, 0), Kvarter::Clock::teamZone()) };
            Kvarter::Store store(m_dir.filePath(QStringLiteral("team.db")), clock);
            return store.db().scalar("SELECT count(*) FROM decision");
        };
        const qint64 before = decisions();
        const Result bench = cli({ QStringLiteral("bench"), QStringLiteral("--only"), QStringLiteral("decisions") });
        QVERIFY2(bench.code == 0, qPrintable(bench.err));
        QStringList figures;
        for (const QByteArray &line : bench.out.split('\n'))
            if (!line.isEmpty())
                figures << QJsonDocument::fromJson(line).object()[QLatin1String("figure")].toString();
        QCOMPARE(figures,
                 (QStringList { QStringLiteral("frame_check_of_proposal"), QStringLiteral("economic_frame_figure"),
                                QStringLiteral("decision_letter_pdf") }));
        QCOMPARE(decisions(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliDecisions)
#include "tst_clidecisions.moc"
