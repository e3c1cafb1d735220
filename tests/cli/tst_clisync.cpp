// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CliRunner.h"
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// Two laptops and a shared folder, driven through the real kvarter-cli, including a sync that is
// killed with SIGKILL at random moments.
class TestCliSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    using Result = Test::CliResult;
    Result cli(const QString &db, QStringList args)
    {
        args.prepend(db);
        args.prepend(QStringLiteral("--db"));
        return Test::runCli(args);
    }
    // A laptop that joined the team has nobody's PIN yet: the employee chooses one at first login.
    void choosePin(const QString &db, const QString &employee)
    {
        QProcessEnvironment environment = Test::cliEnvironment();
        environment.insert(QStringLiteral("KVARTER_NEW_PIN"), QStringLiteral("2846"));
        const Result r =
            Test::runCli({ QStringLiteral("--db"), db, QStringLiteral("pin"), QStringLiteral("set"), employee }, environment);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    QString hash(const QString &db) { return QString::fromLatin1(cli(db, { QStringLiteral("state-hash") }).out.trimmed()); }

private Q_SLOTS:
    void initTestCase()
    {
        // Every kvarter-cli this test starts, the killed ones too, inherits one fixed "now".
        qputenv("KVARTER_NOW", "2026-03-02T09:30");
        const QString planner = path(QStringLiteral("planner.db"));
        QCOMPARE(cli(planner, { QStringLiteral("demo"), QStringLiteral("--json") }).code, 0);
        QVERIFY(!plannerInitials().isEmpty());
        const Result create =
            cli(planner, { QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--as"), plannerInitials() });
        QVERIFY2(create.code == 0, qPrintable(create.err));
        const Result invite = cli(planner,
                                  { QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("--as"), plannerInitials(),
                                    QStringLiteral("--device"), QStringLiteral("Nurse laptop"), QStringLiteral("--out"),
                                    path(QStringLiteral("nurse.invitation")), QStringLiteral("--passphrase"),
                                    QStringLiteral("first coffee, then care") });
        QVERIFY2(invite.code == 0, qPrintable(invite.err));
        QVERIFY(QFile::exists(path(QStringLiteral("nurse.invitation"))));
        const Result wrong = cli(path(QStringLiteral("nurse.db")),
                                 { QStringLiteral("team"), QStringLiteral("join"), path(QStringLiteral("nurse.invitation")),
                                   QStringLiteral("--passphrase"), QStringLiteral("tea first") });
        QCOMPARE(wrong.code, 3); // invalid input, like any field that fails validation
        QVERIFY(wrong.err.contains(QLatin1String("passphrase")));
        const Result join = cli(path(QStringLiteral("nurse.db")),
                                { QStringLiteral("team"), QStringLiteral("join"), path(QStringLiteral("nurse.invitation")),
                                  QStringLiteral("--passphrase"), QStringLiteral("first coffee, then care") });
        QVERIFY2(join.code == 0, qPrintable(join.err));
        QDir().mkpath(path(QStringLiteral("share")));
    }

    void killedSyncLosesNothingAndTheNextCompletes()
    {
        const QString nurse = path(QStringLiteral("nurse.db"));
        const QString share = path(QStringLiteral("share"));
        QCOMPARE(cli(path(QStringLiteral("planner.db")), { QStringLiteral("sync"), QStringLiteral("--folder"), share }).code, 0);
        QRandomGenerator random(42);
        int killed = 0;
        for (int round = 0; round < 12; ++round) {
            QProcess p;
            p.start(QStringLiteral(KVARTER_CLI_PATH),
                    { QStringLiteral("--db"), nurse, QStringLiteral("sync"), QStringLiteral("--folder"), share });
            QVERIFY(p.waitForStarted());
            QTest::qWait(int(random.bounded(5, 220)));
            if (p.state() == QProcess::Running) {
                p.kill(); // SIGKILL: no cleanup, no destructors
                ++killed;
            }
            p.waitForFinished();
            if (round == 6 && m_doneVisit.isEmpty())
                markOneVisitDone(nurse);
            // The file opens and is consistent after every kill.
            const Result check = cli(nurse, { QStringLiteral("check"), QStringLiteral("--json") });
            QVERIFY2(check.code == 0, qPrintable(check.err));
            QCOMPARE(QJsonDocument::fromJson(check.out).object().value(QLatin1String("integrity")).toString(),
                     QStringLiteral("ok"));
        }
        QVERIFY(killed > 0);
        const Result last = cli(nurse, { QStringLiteral("sync"), QStringLiteral("--folder"), share, QStringLiteral("--json") });
        QVERIFY2(last.code == 0, qPrintable(last.err));
        // What the nurse committed between the kills reaches the planner.
        QVERIFY(!m_doneVisit.isEmpty());
        QCOMPARE(cli(path(QStringLiteral("planner.db")), { QStringLiteral("sync"), QStringLiteral("--folder"), share }).code, 0);
        QCOMPARE(hash(nurse), hash(path(QStringLiteral("planner.db"))));
        const Result visit =
            cli(path(QStringLiteral("planner.db")),
                { QStringLiteral("visits"), QStringLiteral("--employee"), m_doneEmployee, QStringLiteral("--json") });
        bool done = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(visit.out).array())
            if (v.toObject().value(QLatin1String("id")).toString() == m_doneVisit)
                done = v.toObject().value(QLatin1String("status")).toString() == QLatin1String("done");
        QVERIFY(done);
    }

private:
    QString plannerInitials()
    {
        const QJsonArray employees =
            QJsonDocument::fromJson(
                cli(path(QStringLiteral("planner.db")), { QStringLiteral("employees"), QStringLiteral("--json") }).out)
                .array();
        for (const QJsonValue &e : employees)
            if (e.toObject().value(QLatin1String("role")).toString() == QLatin1String("planner"))
                return e.toObject().value(QLatin1String("initials")).toString();
        return {};
    }

    void markOneVisitDone(const QString &db)
    {
        // Complete whatever sync the kill interrupted, then finish a visit that is still planned.
        QCOMPARE(cli(db, { QStringLiteral("sync"), QStringLiteral("--folder"), path(QStringLiteral("share")) }).code, 0);
        const QJsonArray employees =
            QJsonDocument::fromJson(cli(db, { QStringLiteral("employees"), QStringLiteral("--json") }).out).array();
        for (const QJsonValue &e : employees) {
            const QString id = e.toObject().value(QLatin1String("id")).toString();
            choosePin(db, id);
            for (const QJsonValue &v :
                 QJsonDocument::fromJson(
                     cli(db, { QStringLiteral("visits"), QStringLiteral("--employee"), id, QStringLiteral("--json") }).out)
                     .array()) {
                if (v.toObject().value(QLatin1String("status")).toString() != QLatin1String("planned"))
                    continue;
                const QString visit = v.toObject().value(QLatin1String("id")).toString();
                if (cli(db, { QStringLiteral("visit-done"), visit }).code == 0) {
                    m_doneVisit = visit;
                    m_doneEmployee = id;
                    return;
                }
            }
        }
    }
    QString m_doneVisit;
    QString m_doneEmployee;
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
