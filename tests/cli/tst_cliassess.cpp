// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "access/SignIn.h"
#include "assessment/AssessmentService.h"
#include "catalogue/ServiceCatalogue.h"
#include "common/Clock.h"
#include "grant/GrantService.h"
#include "store/Store.h"

#include "CliRunner.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kvarter;

// `assess` and `assessments` through the real kvarter-cli, as of one fixed morning (--now), on a
// demo team; what was saved is read back from the file afterwards.
class TestCliAssess : public QObject
{
    Q_OBJECT

    using Result = Test::CliResult;
    static constexpr const char *Now = "2026-03-02T09:30";

    QTemporaryDir m_dir;
    QHash<QString, QString> m_role; // role key → one employee id with that role
    QString m_cpr;                  // a demo citizen's CPR
    QString m_citizen;

    QString db() const { return m_dir.filePath(QStringLiteral("team.db")); }

    Result cli(QStringList args, const char *now = Now)
    {
        args = QStringList { QStringLiteral("--db"),   db(),
                             QStringLiteral("--now"),  QString::fromLatin1(now),
                             QStringLiteral("--lang"), QStringLiteral("en") }
            + args;
        return Test::runCli(args);
    }
    QString as(const char *role) const { return m_role.value(QLatin1String(role)); }
    qint64 assessmentCount()
    {
        ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(9, 30), Clock::teamZone()) };
        Store store(db(), clock);
        return store.db().scalar("SELECT count(*) FROM assessment");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result demo = cli({ QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("4") });
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        for (const QJsonValue &e : cli({ QStringLiteral("employees"), QStringLiteral("--json") }).array())
            if (!m_role.contains(e[QLatin1String("role")].toString()))
                m_role.insert(e[QLatin1String("role")].toString(), e[QLatin1String("id")].toString());
        QVERIFY(!as("nurse").isEmpty());
        QVERIFY(!as("sosu-helper").isEmpty());
        const QJsonObject first =
            cli({ QStringLiteral("citizens"), QStringLiteral("--json"), QStringLiteral("--as"), as("nurse") })
                .array()
                .at(0)
                .toObject();
        m_cpr = first[QLatin1String("cpr")].toString();
        m_citizen = first[QLatin1String("id")].toString();
        QVERIFY(!m_cpr.isEmpty());
    }

    void assessPrintsTheNewId()
    {
        const qint64 before = assessmentCount();
        const Result r =
            cli({ QStringLiteral("assess"), m_cpr, QStringLiteral("--condition"), QStringLiteral("J1.1=3"),
                  QStringLiteral("--condition"), QStringLiteral("J3.8=2"), QStringLiteral("--nursing"),
                  QStringLiteral("I4.4=potential"), QStringLiteral("--wishes"), QStringLiteral("Vil selv i bad"),
                  QStringLiteral("--overall"), QStringLiteral("Motiveret for træning"), QStringLiteral("--as"), as("nurse") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = QString::fromUtf8(r.out).trimmed();
        QCOMPARE(id.size(), 36);
        QCOMPARE(assessmentCount(), before + 1);

        ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(9, 30), Clock::teamZone()) };
        Store store(db(), clock);
        const std::optional<Assessment> saved = AssessmentService(store, SignIn::unattended(store, as("nurse"))).assessment(id);
        QVERIFY(saved);
        QCOMPARE(saved->citizenId, m_citizen);
        QCOMPARE(saved->authorId, as("nurse"));
        QCOMPARE(saved->madeAt, clock.now()); // --now, not the time of day the test ran
        QCOMPARE(saved->wishes, QStringLiteral("Vil selv i bad"));
        QCOMPARE(saved->conditions.size(), 3);
        QCOMPARE(saved->conditions[0].code, QStringLiteral("4d46bd94-9518-431c-82e8-ebb91bca307a")); // J1.1 saved as current
        QCOMPARE(saved->conditions[0].level, std::optional<int>(3));
        QCOMPARE(saved->conditions[2].nursing, NursingState::Potential);
    }

    void assessJson()
    {
        const Result r = cli({ QStringLiteral("--json"), QStringLiteral("assess"), m_cpr, QStringLiteral("--condition"),
                               QStringLiteral("J2.1=1"), QStringLiteral("--followup"), QStringLiteral("J2.1=E2"),
                               QStringLiteral("--as"), as("nurse") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.object();
        QCOMPARE(o[QLatin1String("id")].toString().size(), 36);
        QCOMPARE(o[QLatin1String("conditions")][0][QLatin1String("display")].toString(), QStringLiteral("Lave husligt arbejde"));
        QCOMPARE(o[QLatin1String("conditions")][0][QLatin1String("level")].toInt(), 1);
        QCOMPARE(o[QLatin1String("followUps")][0][QLatin1String("outcomeDisplay")].toString(),
                 QStringLiteral("Ændres inden for rammen"));
    }

    void followUpOfAService()
    {
        QString grantId, service;
        {
            ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(9, 30), Clock::teamZone()) };
            Store store(db(), clock);
            for (const Grant &g :
                 GrantService(store, ServiceCatalogue::standard(), SignIn::unattended(store, as("nurse"))).grantsFor(m_citizen))
                if (g.isActiveOn(clock.today())) {
                    grantId = g.id;
                    service = g.serviceCode;
                }
        }
        QVERIFY(!grantId.isEmpty());
        const Result r =
            cli({ QStringLiteral("assess"), m_cpr, QStringLiteral("--followup"), service + QStringLiteral("=E1"),
                  QStringLiteral("--overall"), QStringLiteral("Hjælpen fortsætter"), QStringLiteral("--as"), as("nurse") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(9, 30), Clock::teamZone()) };
            Store store(db(), clock); // closed again before the next command opens the file
            const std::optional<Assessment> saved =
                AssessmentService(store, SignIn::unattended(store, as("nurse"))).assessment(QString::fromUtf8(r.out).trimmed());
            QVERIFY(saved);
            QCOMPARE(saved->followUps.size(), 1);
            QCOMPARE(saved->followUps[0].grantId, grantId);
            QCOMPARE(saved->followUps[0].outcome, QStringLiteral("9c90b0e5-9c0a-4b72-a18c-76cd6d6c6213")); // Fortsættes
        }
        const Result unknown = cli({ QStringLiteral("assess"), m_cpr, QStringLiteral("--followup"),
                                     QStringLiteral("no-such-grant=E1"), QStringLiteral("--as"), as("nurse") });
        QCOMPARE(unknown.code, 3);
        QVERIFY2(unknown.err.contains(QLatin1String("followUps[0].subject:")), qPrintable(unknown.err));
    }

    void sosuHelperIsRefused()
    {
        const qint64 before = assessmentCount();
        const Result r = cli({ QStringLiteral("assess"), m_cpr, QStringLiteral("--condition"), QStringLiteral("J1.1=2"),
                               QStringLiteral("--as"), as("sosu-helper") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("assess a citizen's function")), qPrintable(r.err));
        QCOMPARE(assessmentCount(), before);
    }

    void invalidInputIsNamedPerField()
    {
        const qint64 before = assessmentCount();
        const Result r = cli({ QStringLiteral("assess"), m_cpr, QStringLiteral("--condition"), QStringLiteral("J1.1=7"),
                               QStringLiteral("--condition"), QStringLiteral("J9.9=1"), QStringLiteral("--nursing"),
                               QStringLiteral("I4.4=sometimes"), QStringLiteral("--as"), as("nurse") });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("conditions[0].level:")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("conditions[1].code: 'J9.9' is not an FSIII condition.")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("conditions[2].nursing:")), qPrintable(r.err));
        const Result empty = cli({ QStringLiteral("assess"), m_cpr, QStringLiteral("--as"), as("nurse") });
        QCOMPARE(empty.code, 3);
        QVERIFY2(empty.err.contains(QLatin1String("content:")), qPrintable(empty.err));
        const Result nursingLevel = cli({ QStringLiteral("assess"), m_cpr, QStringLiteral("--condition"),
                                          QStringLiteral("I4.4=2"), QStringLiteral("--as"), as("nurse") });
        QCOMPARE(nursingLevel.code, 3);
        QVERIFY2(nursingLevel.err.contains(QStringLiteral("conditions[0].level: Problemer med tryksår is a nursing condition")),
                 qPrintable(nursingLevel.err));
        QCOMPARE(assessmentCount(), before);
        QCOMPARE(cli({ QStringLiteral("assess"), QStringLiteral("010101-0000"), QStringLiteral("--condition"),
                       QStringLiteral("J1.1=1"), QStringLiteral("--as"), as("nurse") })
                     .code,
                 4);
    }

    void assessmentsListsNewestFirstWithCorrections()
    {
        const Result first = cli({ QStringLiteral("assess"), m_cpr, QStringLiteral("--condition"), QStringLiteral("J1.3=4"),
                                   QStringLiteral("--as"), as("nurse") },
                                 "2026-03-03T10:00");
        QCOMPARE(first.code, 0);
        const QString firstId = QString::fromUtf8(first.out).trimmed();
        const Result fixed = cli({ QStringLiteral("assess"), m_cpr, QStringLiteral("--condition"), QStringLiteral("J1.3=3"),
                                   QStringLiteral("--corrects"), firstId, QStringLiteral("--as"), as("nurse") },
                                 "2026-03-04T10:00");
        QVERIFY2(fixed.code == 0, qPrintable(fixed.err));
        const QString fixedId = QString::fromUtf8(fixed.out).trimmed();

        // A SOSU helper may not assess, but reads the assessments: they say how to help.
        const Result list =
            cli({ QStringLiteral("--json"), QStringLiteral("assessments"), m_cpr, QStringLiteral("--as"), as("sosu-helper") });
        QVERIFY2(list.code == 0, qPrintable(list.err));
        const QJsonArray all = list.array();
        QVERIFY(all.size() >= 4);
        QCOMPARE(all.at(0)[QLatin1String("id")].toString(), fixedId);
        QCOMPARE(all.at(0)[QLatin1String("supersedes")].toString(), firstId);
        QCOMPARE(all.at(1)[QLatin1String("id")].toString(), firstId);
        QCOMPARE(all.at(1)[QLatin1String("superseded")].toBool(), true);
        QCOMPARE(all.at(1)[QLatin1String("supersededBy")].toString(), fixedId);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1)[QLatin1String("madeAt")].toString() >= all.at(i)[QLatin1String("madeAt")].toString());

        const Result text = cli({ QStringLiteral("assessments"), m_cpr, QStringLiteral("--as"), as("nurse") });
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QByteArray("[superseded by " + fixedId.toUtf8() + "]")));
        QVERIFY(text.out.contains("Af- og p\xc3\xa5kl\xc3\xa6"
                                  "dning: 3 Severe limitations"));

        const Result area = cli({ QStringLiteral("--json"), QStringLiteral("assessments"), m_cpr, QStringLiteral("--area"),
                                  QStringLiteral("J1"), QStringLiteral("--as"), as("nurse") });
        QCOMPARE(area.code, 0);
        QCOMPARE(area.object()[QLatin1String("display")].toString(), QStringLiteral("Egenomsorg"));
        bool dressing = false;
        for (const QJsonValue &c : area.object()[QLatin1String("conditions")].toArray())
            if (c[QLatin1String("display")].toString() == QStringLiteral("Af- og påklædning")) {
                const QJsonArray points = c[QLatin1String("points")].toArray();
                // The correction replaces the point it corrects, at the moment that was assessed.
                QCOMPARE(points.last()[QLatin1String("level")].toInt(), 3);
                QVERIFY(points.last()[QLatin1String("assessedAt")].toString().startsWith(QLatin1String("2026-03-03T10:00")));
                dressing = true;
            }
        QVERIFY(dressing);
        QCOMPARE(cli({ QStringLiteral("assessments"), m_cpr, QStringLiteral("--area"), QStringLiteral("J1.1"),
                       QStringLiteral("--as"), as("nurse") })
                     .code,
                 4);
    }
};

QTEST_GUILESS_MAIN(TestCliAssess)
#include "tst_cliassess.moc"
