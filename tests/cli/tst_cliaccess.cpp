// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CliRunner.h"
#include "access/PinVault.h"
#include "access/SignIn.h"
#include "citizen/CitizenService.h"
#include "common/Clock.h"
#include "store/Store.h"
#include "team/TeamService.h"
#include "visit/VisitService.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kvarter;

// The access log through the real kvarter-cli, as a script or an administrator uses it: every
// read command logs an opening as the desktop does, another team's citizen needs --reason, and
// the team leader's access-log and access-review. The demo team plus a second team, Nord, made
// here on the file with core, with one nurse and one citizen.
class TestCliAccess : public QObject
{
    Q_OBJECT

    using Result = Test::CliResult;
    static constexpr const char *Now = "2026-03-02T09:30";

    QTemporaryDir m_dir;
    QHash<QString, QString> m_role; // role key → one employee id with that role
    QString m_cpr, m_citizen;       // a demo citizen
    QString m_northCpr, m_northCitizen;
    QString m_decision;             // a decision about the demo citizen, for its letter
    QString m_visitor;              // an employee with visits today
    QStringList m_visitorsCitizens; // the citizens of those visits (the day plan shows cancelled ones too)
    QStringList m_runListCitizens;  // and of those not cancelled (the run list's)

    QString db() const { return m_dir.filePath(QStringLiteral("kvarter.db")); }
    Result cli(QStringList args)
    {
        return Test::runCli(QStringList { QStringLiteral("--db"), db(), QStringLiteral("--now"), QString::fromLatin1(Now),
                                          QStringLiteral("--lang"), QStringLiteral("en") }
                            + args);
    }
    QString as(const char *role) const { return m_role.value(QLatin1String(role)); }

    struct Opened
    {
        ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(9, 30), Clock::teamZone()) };
        Store store;
        explicit Opened(const QString &file) : store(file, clock) {}
    };
    /// Rows of the access log matching `where` (after the CLI has exited).
    qint64 openings(const QByteArray &where = "1")
    {
        Opened file(db());
        return file.store.db().scalar("SELECT count(*) FROM access_log WHERE " + where);
    }
    qint64 openingsBy(const QString &employee, const QString &part)
    {
        return openings("employee_id = '" + employee.toUtf8() + "' AND part = '" + part.toUtf8() + "'");
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        // pdftotext may break a long line where the PDF wraps it: compare words, not line breaks.
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
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
        for (const char *role : { "team-leader", "planner", "nurse", "sosu-assistant" })
            QVERIFY2(!as(role).isEmpty(), role);
        const QJsonObject citizen =
            cli({ QStringLiteral("citizens"), QStringLiteral("--as"), as("planner"), QStringLiteral("--json") })
                .array()
                .first()
                .toObject();
        m_cpr = citizen[QLatin1String("cpr")].toString();
        m_citizen = citizen[QLatin1String("id")].toString();
        QVERIFY(!m_cpr.isEmpty());
        const Result decided = cli({ QStringLiteral("decide"), m_cpr, QStringLiteral("--service"), QStringLiteral("H1.4"),
                                     QStringLiteral("--minutes"), QStringLiteral("30"), QStringLiteral("--as"),
                                     as("sosu-assistant"), QStringLiteral("--json") });
        QVERIFY2(decided.code == 0, qPrintable(decided.err));
        m_decision = decided.object()[QLatin1String("id")].toString();
        QVERIFY(!m_decision.isEmpty());

        Opened file(db());
        TeamService team(file.store);
        const QString north = team.createTeam({ {}, QStringLiteral("Team Nord"), QStringLiteral("Svendborg") });
        const QString nina =
            team.addEmployee({ {}, north, QStringLiteral("Nina Nord"), QStringLiteral("NNO"), Role::Nurse, {}, true, {} });
        PinVault(file.store).choose(nina, QStringLiteral("2846"));
        Citizen c;
        c.teamId = north;
        c.cpr = QStringLiteral("120345-1234");
        c.name = QStringLiteral("Inger Nordby");
        c.address = QStringLiteral("Nordvej 3");
        c.postcode = QStringLiteral("5700");
        c.city = QStringLiteral("Svendborg");
        m_northCitizen = CitizenService(file.store, SignIn::unattended(file.store, nina)).add(c);
        m_northCpr = QStringLiteral("1203451234");
        // Somebody of the demo team with visits this Monday, and whom they visit.
        const auto [from, to] = VisitService::dayBounds(file.clock.today());
        auto q = file.store.db().query("SELECT employee_id, citizen_id, status FROM visit WHERE start >= ? AND start < ? "
                                       "AND employee_id IS NOT NULL ORDER BY employee_id");
        q->bind(1, from).bind(2, to);
        while (q->next()) {
            if (m_visitor.isEmpty())
                m_visitor = q->text(0);
            if (q->text(0) != m_visitor)
                continue;
            if (!m_visitorsCitizens.contains(q->text(1)))
                m_visitorsCitizens << q->text(1);
            if (q->text(2) != QLatin1String("cancelled") && !m_runListCitizens.contains(q->text(1)))
                m_runListCitizens << q->text(1);
        }
        QVERIFY(!m_runListCitizens.isEmpty());
    }

    void readCommandsLogAnOpening_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("part");
        QTest::addRow("citizen") << QStringList { QStringLiteral("citizen"), QStringLiteral("CPR") } << "record";
        QTest::addRow("assessments") << QStringList { QStringLiteral("assessments"), QStringLiteral("CPR") } << "function";
        QTest::addRow("decisions") << QStringList { QStringLiteral("decisions"), QStringLiteral("CPR") } << "decisions";
        QTest::addRow("letter") << QStringList { QStringLiteral("letter"), QStringLiteral("DECISION") } << "letter-printed";
        QTest::addRow("letter as PDF") << QStringList { QStringLiteral("letter"), QStringLiteral("DECISION"),
                                                        QStringLiteral("--pdf"), QStringLiteral("PDF") }
                                       << "letter-printed";
    }
    void readCommandsLogAnOpening()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, part);
        args.replaceInStrings(QStringLiteral("CPR"), m_cpr)
            .replaceInStrings(QStringLiteral("DECISION"), m_decision)
            .replaceInStrings(QStringLiteral("PDF"), m_dir.filePath(QStringLiteral("letter.pdf")));
        const QString nurse = as("nurse");
        const QByteArray mine = "employee_id = '" + nurse.toUtf8() + "' AND part = '" + part.toUtf8() + "' AND citizen_id = '"
            + m_citizen.toUtf8() + "'";
        const qint64 before = openings(mine);
        const qint64 all = openings();
        const Result r = cli(args + QStringList { QStringLiteral("--as"), nurse });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // One entry, naming the citizen, the nurse and the part; nothing else logged.
        QCOMPARE(openings(mine), before + 1);
        QCOMPARE(openings(), all + 1);
    }

    void dayPlanAndRunListLogEveryCitizenOnThem()
    {
        // The day plan shows each citizen's name and address; the run list gathers phones too.
        const qint64 read = openingsBy(m_visitor, QStringLiteral("cli-read"));
        Result r = cli({ QStringLiteral("visits"), QStringLiteral("--employee"), m_visitor });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(openingsBy(m_visitor, QStringLiteral("cli-read")), read + m_visitorsCitizens.size());
        const qint64 printed = openingsBy(m_visitor, QStringLiteral("run-list-printed"));
        const QString pdf = m_dir.filePath(QStringLiteral("runlist.pdf"));
        r = cli({ QStringLiteral("runlist"), QStringLiteral("--employee"), m_visitor, QStringLiteral("--pdf"), pdf });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(openingsBy(m_visitor, QStringLiteral("run-list-printed")), printed + m_runListCitizens.size());
        for (const QString &citizen : m_runListCitizens)
            QCOMPARE(openings("employee_id = '" + m_visitor.toUtf8() + "' AND part = 'run-list-printed' AND citizen_id = '"
                              + citizen.toUtf8() + "'"),
                     1);
        // The paper says it holds personal data, as the letter does.
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Contains personal data")));
    }

    void theLetterSaysItHoldsPersonalData()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("afgoerelse.pdf"));
        const Result r =
            cli({ QStringLiteral("letter"), m_decision, QStringLiteral("--pdf"), pdf, QStringLiteral("--as"), as("nurse") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Contains personal data")));
    }

    void aListOfCitizensIsNoOpening()
    {
        const qint64 all = openings();
        const Result r = cli({ QStringLiteral("citizens"), QStringLiteral("--as"), as("nurse") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(openings(), all);
    }

    void anotherTeamsCitizenNeedsAReason()
    {
        const QString nurse = as("nurse");
        const qint64 all = openings();
        Result r = cli({ QStringLiteral("citizen"), m_northCpr, QStringLiteral("--as"), nurse });
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QLatin1String("Inger Nordby")) && r.err.contains(QLatin1String("--reason")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // nothing of the record is shown
        QCOMPARE(openings(), all);
        // A reason of one word is no reason.
        r = cli({ QStringLiteral("citizen"), m_northCpr, QStringLiteral("--as"), nurse, QStringLiteral("--reason"),
                  QStringLiteral("akut") });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("reason: ")), qPrintable(r.err));
        QCOMPARE(openings(), all);

        r = cli({ QStringLiteral("citizen"), m_northCpr, QStringLiteral("--as"), nurse, QStringLiteral("--reason"),
                  QStringLiteral("covering the evening round") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Inger Nordby"));
        QCOMPARE(openings(), all + 1);
        QCOMPARE(openings("employee_id = '" + nurse.toUtf8() + "' AND context = 'broken-glass' AND grant_id IS NOT NULL"), 1);
        {
            Opened file(db());
            QCOMPARE(file.store.db().scalar("SELECT count(*) FROM access_grant WHERE reason = 'covering the evening round'"), 1);
        }
        // Within the grant's hours the nurse opens it again without a new reason (and it is logged).
        r = cli({ QStringLiteral("assessments"), m_northCpr, QStringLiteral("--as"), nurse });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(openings(), all + 2);
    }

    void accessLogIsTheTeamLeadersAndLogsItself()
    {
        QVERIFY(cli({ QStringLiteral("citizen"), m_cpr, QStringLiteral("--as"), as("planner") }).code == 0);
        const qint64 all = openings();
        Result r = cli({ QStringLiteral("access-log"), m_cpr, QStringLiteral("--as"), as("nurse") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("review who has opened")), qPrintable(r.err));
        QCOMPARE(openings(), all);

        r = cli({ QStringLiteral("access-log"), m_cpr, QStringLiteral("--as"), as("team-leader"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(openings(), all + 1);
        const QJsonArray entries = r.object()[QLatin1String("openings")].toArray();
        QCOMPARE(entries.size(), openings("citizen_id = '" + m_citizen.toUtf8() + "'"));
        // Newest first: the report itself, then the planner's look at the record.
        QCOMPARE(entries.at(0)[QLatin1String("employee_id")].toString(), as("team-leader"));
        QCOMPARE(entries.at(0)[QLatin1String("part")].toString(), QStringLiteral("report-printed"));
        QCOMPARE(entries.at(1)[QLatin1String("employee_id")].toString(), as("planner"));
        QCOMPARE(entries.at(1)[QLatin1String("part")].toString(), QStringLiteral("record"));
        QCOMPARE(entries.at(1)[QLatin1String("role")].toString(), QStringLiteral("planner"));
        QVERIFY(!entries.at(1)[QLatin1String("employee")].toString().isEmpty());
        // In text, one line per opening.
        r = cli({ QStringLiteral("access-log"), m_cpr, QStringLiteral("--as"), as("team-leader") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Report printed"));
        QVERIFY(r.out.contains("Record overview"));
        // A period without openings.
        r = cli({ QStringLiteral("access-log"), m_cpr, QStringLiteral("--as"), as("team-leader"), QStringLiteral("--to"),
                  QStringLiteral("2026-02-01"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.object()[QLatin1String("openings")].toArray().isEmpty());
        QCOMPARE(cli({ QStringLiteral("access-log"), m_cpr, QStringLiteral("--as"), as("team-leader"), QStringLiteral("--from"),
                       QStringLiteral("March") })
                     .code,
                 2);
    }

    void accessLogAsPdf()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("adgangslog.pdf"));
        const qint64 printed = openingsBy(as("team-leader"), QStringLiteral("report-printed"));
        const Result r =
            cli({ QStringLiteral("access-log"), m_cpr, QStringLiteral("--as"), as("team-leader"), QStringLiteral("--pdf"), pdf });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(pdf));
        QCOMPARE(QFile::permissions(pdf) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(openingsBy(as("team-leader"), QStringLiteral("report-printed")), printed + 1);
        const QString text = pdfText(pdf);
        Opened file(db());
        const QString name = CitizenService(file.store, SignIn::unattended(file.store, as("planner"))).citizen(m_citizen)->name;
        QVERIFY2(text.contains(name), qPrintable(text.left(400)));
        QVERIFY2(text.contains(QStringLiteral("Contains personal data")), qPrintable(text.right(400)));
        QVERIFY(text.contains(QStringLiteral("Report printed")));
        QVERIFY(text.contains(TeamService(file.store).employee(as("team-leader"))->name));
    }

    void accessReviewShowsTheBrokenGlass()
    {
        QVERIFY(cli({ QStringLiteral("citizen"), m_northCpr, QStringLiteral("--as"), as("planner"), QStringLiteral("--reason"),
                      QStringLiteral("the citizen called the team at night") })
                    .code
                == 0);
        Result r = cli({ QStringLiteral("access-review"), QStringLiteral("--as"), as("team-leader"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        bool found = false;
        for (const QJsonValue &u : r.array())
            if (u[QLatin1String("employee_id")].toString() == as("planner")
                && u[QLatin1String("citizen_id")].toString() == m_northCitizen) {
                found = true;
                QVERIFY(u[QLatin1String("reasons")].toArray().contains(QStringLiteral("broke-the-glass")));
                QVERIFY(u[QLatin1String("why")].toString().contains(QLatin1String("the citizen called the team at night")));
                QCOMPARE(u[QLatin1String("reason")].toString(), QStringLiteral("the citizen called the team at night"));
            }
        QVERIFY(found);
        r = cli({ QStringLiteral("access-review"), QStringLiteral("--as"), as("team-leader") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("broke the glass"));
        // Another fortnight: nothing; and only the team leader reviews.
        r = cli({ QStringLiteral("access-review"), QStringLiteral("--as"), as("team-leader"), QStringLiteral("--from"),
                  QStringLiteral("2026-03-03"), QStringLiteral("--to"), QStringLiteral("2026-03-16"), QStringLiteral("--json") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.array().isEmpty());
        QCOMPARE(cli({ QStringLiteral("access-review"), QStringLiteral("--as"), as("planner") }).code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliAccess)
#include "tst_cliaccess.moc"
