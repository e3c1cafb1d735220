// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "access/SignIn.h"
#include "catalogue/ServiceCatalogue.h"
#include "citizen/CitizenService.h"
#include "common/Clock.h"
#include "grant/GrantService.h"
#include "store/Store.h"
#include "team/TeamService.h"
#include "visit/NoteService.h"
#include "visit/VisitService.h"

#include "CliRunner.h"
#include "access/PinVault.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kvarter;

// Every write the desktop can do, through the real kvarter-cli as a script would do it, each run
// as of one fixed Monday morning (--now); results are read back from the database file afterwards.
class TestCliWrites : public QObject
{
    Q_OBJECT

    using Result = Test::CliResult;
    static constexpr const char *Now = "2026-03-02T09:30";

    QTemporaryDir m_dir;
    QHash<QString, QString> m_role; // role key → one employee id with that role
    QString m_citizen;              // a demo citizen's id

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return path(QStringLiteral("planner.db")); }

    Result cli(const QString &file, QStringList args)
    {
        args = QStringList { QStringLiteral("--db"),   file,
                             QStringLiteral("--now"),  QString::fromLatin1(Now),
                             QStringLiteral("--lang"), QStringLiteral("en") }
            + args;
        return Test::runCli(args);
    }
    Result cli(QStringList args) { return cli(db(), std::move(args)); }
    QString as(const char *role) const { return m_role.value(QLatin1String(role)); }

    // The file as the desktop would open it, after the CLI has exited.
    struct Opened
    {
        ManualClock clock { QDateTime(QDate(2026, 3, 2), QTime(9, 30), Clock::teamZone()) };
        Store store;
        explicit Opened(const QString &file) : store(file, clock) {}
        /// The employee `id`, signed in on the file to read it back.
        Actor as(const QString &id) { return SignIn::unattended(store, id); }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result demo = cli({ QStringLiteral("demo"), QStringLiteral("--seed"), QStringLiteral("3") });
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        for (const QJsonValue &e : cli({ QStringLiteral("employees"), QStringLiteral("--json") }).array())
            if (!m_role.contains(e[QLatin1String("role")].toString()))
                m_role.insert(e[QLatin1String("role")].toString(), e[QLatin1String("id")].toString());
        for (const char *role : { "planner", "nurse", "visitator", "sosu-helper" })
            QVERIFY2(!as(role).isEmpty(), role);
        m_citizen = cli({ QStringLiteral("citizens"), QStringLiteral("--as"), as("planner"), QStringLiteral("--json") })
                        .array()
                        .at(0)[QLatin1String("id")]
                        .toString();
        QVERIFY(!m_citizen.isEmpty());
    }

    void citizenAddAndEdit()
    {
        const Result added =
            cli({ QStringLiteral("citizen-add"), QStringLiteral("--as"), as("planner"), QStringLiteral("--cpr"),
                  QStringLiteral("120345-1789"), QStringLiteral("--name"), QStringLiteral("Ingrid Holm"),
                  QStringLiteral("--address"), QStringLiteral("Vestergade 3"), QStringLiteral("--postcode"),
                  QStringLiteral("5700"), QStringLiteral("--city"), QStringLiteral("Svendborg"), QStringLiteral("--phone"),
                  QStringLiteral("62 21 00 00"), QStringLiteral("--contact-person"), as("nurse"), QStringLiteral("--json") });
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString id = added.object()[QLatin1String("id")].toString();
        QVERIFY(!id.isEmpty());
        const Result edited =
            cli({ QStringLiteral("citizen-edit"), id, QStringLiteral("--as"), as("visitator"), QStringLiteral("--address"),
                  QStringLiteral("Østergade 9"), QStringLiteral("--visitator"), as("visitator") });
        QVERIFY2(edited.code == 0, qPrintable(edited.err));
        QVERIFY(edited.out.contains("Østergade 9"));
        {
            Opened file(db());
            const std::optional<Citizen> c = CitizenService(file.store, file.as(as("planner"))).citizen(id);
            QVERIFY(c);
            QCOMPARE(c->name, QStringLiteral("Ingrid Holm"));
            QCOMPARE(c->address, QStringLiteral("Østergade 9"));
            QCOMPARE(c->postcode, QStringLiteral("5700"));
            QCOMPARE(c->contactPersonId, as("nurse"));
            QCOMPARE(c->visitatorId, as("visitator"));
            QCOMPARE(c->teamId, TeamService(file.store).employee(as("planner"))->teamId);
        }
        // A SOSU helper may not register citizens.
        const Result refused = cli({ QStringLiteral("citizen-edit"), id, QStringLiteral("--as"), as("sosu-helper"),
                                     QStringLiteral("--city"), QStringLiteral("Odense") });
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("may not change a citizen's details")), qPrintable(refused.err));
        const Result invalid = cli({ QStringLiteral("citizen-edit"), id, QStringLiteral("--as"), as("planner"),
                                     QStringLiteral("--postcode"), QStringLiteral("57") });
        QCOMPARE(invalid.code, 3);
        QVERIFY2(invalid.err.contains(QLatin1String("postcode: A Danish postcode has 4 digits.")), qPrintable(invalid.err));
        Opened file(db());
        QCOMPARE(CitizenService(file.store, file.as(as("planner"))).citizen(id)->postcode, QStringLiteral("5700"));
        QCOMPARE(CitizenService(file.store, file.as(as("planner"))).citizen(id)->city, QStringLiteral("Svendborg"));
    }

    void relativeAdd()
    {
        const Result added = cli({ QStringLiteral("relative-add"), m_citizen, QStringLiteral("--as"), as("nurse"),
                                   QStringLiteral("--name"), QStringLiteral("Mette Holm"), QStringLiteral("--relation"),
                                   QStringLiteral("datter"), QStringLiteral("--phone"), QStringLiteral("20 30 40 50"),
                                   QStringLiteral("--primary"), QStringLiteral("--may-inform"), QStringLiteral("--json") });
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString id = added.object()[QLatin1String("id")].toString();
        {
            Opened file(db());
            int primaries = 0;
            bool found = false;
            for (const Relative &r : CitizenService(file.store, file.as(as("planner"))).relatives(m_citizen)) {
                primaries += r.isPrimary;
                if (r.id == id) {
                    found = true;
                    QCOMPARE(r.name, QStringLiteral("Mette Holm"));
                    QCOMPARE(r.relation, QStringLiteral("datter"));
                    QVERIFY(r.isPrimary);
                    QVERIFY(r.mayInform);
                }
            }
            QVERIFY(found);
            QCOMPARE(primaries, 1);
        }
        const Result refused = cli({ QStringLiteral("relative-add"), m_citizen, QStringLiteral("--as"), as("sosu-helper"),
                                     QStringLiteral("--name"), QStringLiteral("Nabo") });
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(QLatin1String("may not")));
        const Result invalid = cli({ QStringLiteral("relative-add"), m_citizen, QStringLiteral("--as"), as("nurse") });
        QCOMPARE(invalid.code, 3);
        QVERIFY2(invalid.err.contains(QLatin1String("name: Enter the relative's name.")), qPrintable(invalid.err));
    }

    void grantAdd()
    {
        const Result added =
            cli({ QStringLiteral("grant-add"), m_citizen, QStringLiteral("--as"), as("visitator"), QStringLiteral("--service"),
                  QStringLiteral("H1.1"), QStringLiteral("--minutes-per-week"), QStringLiteral("95"), QStringLiteral("--from"),
                  QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30"), QStringLiteral("--json") });
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString id = added.object()[QLatin1String("id")].toString();
        {
            Opened file(db());
            bool found = false;
            for (const Grant &g :
                 GrantService(file.store, ServiceCatalogue::standard(), file.as(as("visitator"))).grantsFor(m_citizen))
                if (g.id == id) {
                    found = true;
                    QCOMPARE(g.serviceCode, QStringLiteral("H1.1"));
                    QCOMPARE(g.minutesPerWeek, 95);
                    QCOMPARE(g.validFrom, QDate(2026, 3, 1));
                    QCOMPARE(g.validTo, QDate(2026, 6, 30));
                }
            QVERIFY(found);
        }
        const Result refused = cli({ QStringLiteral("grant-add"), m_citizen, QStringLiteral("--as"), as("nurse"),
                                     QStringLiteral("--service"), QStringLiteral("H1.1"), QStringLiteral("--minutes-per-week"),
                                     QStringLiteral("30"), QStringLiteral("--from"), QStringLiteral("2026-03-01") });
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("may not grant or change services")), qPrintable(refused.err));
        const Result invalid =
            cli({ QStringLiteral("grant-add"), m_citizen, QStringLiteral("--as"), as("visitator"), QStringLiteral("--service"),
                  QStringLiteral("H1.1"), QStringLiteral("--minutes-per-week"), QStringLiteral("30"), QStringLiteral("--from"),
                  QStringLiteral("2026-03-01"), QStringLiteral("--to"), QStringLiteral("2026-02-01") });
        QCOMPARE(invalid.code, 3);
        QVERIFY2(invalid.err.contains(QLatin1String("validTo: The grant cannot end before it starts.")), qPrintable(invalid.err));
    }

    void visitAddMoveAndStatus()
    {
        const Result added = cli({ QStringLiteral("visit-add"), m_citizen, QStringLiteral("--as"), as("planner"),
                                   QStringLiteral("--start"), QStringLiteral("2026-03-02T14:00"), QStringLiteral("--minutes"),
                                   QStringLiteral("30"), QStringLiteral("--employee"), as("nurse"), QStringLiteral("--services"),
                                   QStringLiteral("H1.1"), QStringLiteral("--json") });
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString id = added.object()[QLatin1String("id")].toString();
        const QDateTime later(QDate(2026, 3, 2), QTime(15, 15), Clock::teamZone());
        const Result moved =
            cli({ QStringLiteral("visit-move"), id, QStringLiteral("--as"), as("planner"), QStringLiteral("--employee"),
                  as("sosu-helper"), QStringLiteral("--start"), QStringLiteral("2026-03-02T15:15") });
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        {
            Opened file(db());
            const std::optional<Visit> v = VisitService(file.store, file.as(as("planner"))).visit(id);
            QVERIFY(v);
            QCOMPARE(v->employeeId, as("sosu-helper"));
            QCOMPARE(v->start, later);
            QCOMPARE(v->minutes, 30);
            QCOMPARE(v->services, QStringList { QStringLiteral("H1.1") });
        }
        // Only planners and team leaders move visits.
        const Result refused = cli({ QStringLiteral("visit-move"), id, QStringLiteral("--as"), as("nurse"),
                                     QStringLiteral("--start"), QStringLiteral("2026-03-02T16:00") });
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("may not plan the team's visits")), qPrintable(refused.err));
        const Result notPlanner =
            cli({ QStringLiteral("visit-add"), m_citizen, QStringLiteral("--as"), as("sosu-helper"), QStringLiteral("--start"),
                  QStringLiteral("2026-03-02T14:00"), QStringLiteral("--minutes"), QStringLiteral("30") });
        QCOMPARE(notPlanner.code, 1);
        QVERIFY2(notPlanner.err.contains(QLatin1String("may not plan the team's visits")), qPrintable(notPlanner.err));
        const Result tooLong =
            cli({ QStringLiteral("visit-add"), m_citizen, QStringLiteral("--as"), as("planner"), QStringLiteral("--start"),
                  QStringLiteral("2026-03-02T14:00"), QStringLiteral("--minutes"), QStringLiteral("0") });
        QCOMPARE(tooLong.code, 3);
        QVERIFY2(tooLong.err.contains(QLatin1String("minutes: A visit lasts between 1 minute and 12 hours.")),
                 qPrintable(tooLong.err));

        const Result status = cli({ QStringLiteral("visit-status"), id, QStringLiteral("--as"), as("sosu-helper"),
                                    QStringLiteral("--status"), QStringLiteral("not-home"), QStringLiteral("--json") });
        QVERIFY2(status.code == 0, qPrintable(status.err));
        {
            Opened file(db());
            QCOMPARE(VisitService(file.store, file.as(as("planner"))).visit(id)->status, VisitStatus::NotHome);
        }
        // A visit that is history stays where it was.
        const Result late = cli({ QStringLiteral("visit-move"), id, QStringLiteral("--as"), as("planner"),
                                  QStringLiteral("--start"), QStringLiteral("2026-03-02T17:00") });
        QCOMPARE(late.code, 1);
        QVERIFY2(late.err.contains(QLatin1String("can no longer be moved")), qPrintable(late.err));
        const Result unknown = cli({ QStringLiteral("visit-status"), id, QStringLiteral("--as"), as("planner"),
                                     QStringLiteral("--status"), QStringLiteral("gone") });
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QLatin1String("planned, done, not-home, cancelled")));
        const Result visitator = cli({ QStringLiteral("visit-status"), id, QStringLiteral("--as"), as("visitator"),
                                       QStringLiteral("--status"), QStringLiteral("planned") });
        QCOMPARE(visitator.code, 1);
        QVERIFY(visitator.err.contains(QLatin1String("may not record visits")));
        Opened file(db());
        QCOMPARE(VisitService(file.store, file.as(as("planner"))).visit(id)->status, VisitStatus::NotHome);
        QCOMPARE(VisitService(file.store, file.as(as("planner"))).visit(id)->start, later);
        // The old name still works.
        QCOMPARE(cli({ QStringLiteral("visit-done"), QStringLiteral("--help") }).code, 0);
    }

    // Two visits on one person at one time: plan-check and the person's own day both say so.
    void planCheckListsTheDaysDoubleBookings()
    {
        const QString day = QStringLiteral("2030-01-07"); // beyond the demo: only what is made here
        QStringList ids;
        for (const char *start : { "2030-01-07T10:00", "2030-01-07T10:20", "2030-01-07T11:00" }) {
            const Result added =
                cli({ QStringLiteral("visit-add"), m_citizen, QStringLiteral("--as"), as("planner"), QStringLiteral("--start"),
                      QString::fromLatin1(start), QStringLiteral("--minutes"), QStringLiteral("30"), QStringLiteral("--employee"),
                      as("nurse"), QStringLiteral("--json") });
            QVERIFY2(added.code == 0, qPrintable(added.err));
            ids << added.object()[QLatin1String("id")].toString();
        }
        const Result check = cli({ QStringLiteral("plan-check"), QStringLiteral("--date"), day, QStringLiteral("--as"),
                                   as("planner"), QStringLiteral("--json") });
        QVERIFY2(check.code == 0, qPrintable(check.err));
        QCOMPARE(check.array().size(), 1); // 10:00–10:30 and 10:20–10:50; 11:00 is free
        const QJsonObject overlap = check.array().first().toObject();
        QCOMPARE(overlap[QLatin1String("employee_id")].toString(), as("nurse"));
        QCOMPARE(overlap[QLatin1String("first")].toObject()[QLatin1String("id")].toString(), ids.at(0));
        QCOMPARE(overlap[QLatin1String("second")].toObject()[QLatin1String("id")].toString(), ids.at(1));

        const Result own = cli({ QStringLiteral("visits"), QStringLiteral("--employee"), as("nurse"), QStringLiteral("--date"),
                                 day, QStringLiteral("--json") });
        QVERIFY2(own.code == 0, qPrintable(own.err));
        QCOMPARE(own.array().size(), 3);
        QCOMPARE(own.array().at(0).toObject()[QLatin1String("overlaps")].toArray(), QJsonArray { ids.at(1) });
        QCOMPARE(own.array().at(2).toObject()[QLatin1String("overlaps")].toArray(), QJsonArray());
        QVERIFY(cli({ QStringLiteral("visits"), QStringLiteral("--employee"), as("nurse"), QStringLiteral("--date"), day })
                    .out.contains("double booked"));
        // The visitator plans no routes and reads no plan.
        QCOMPARE(
            cli({ QStringLiteral("plan-check"), QStringLiteral("--date"), day, QStringLiteral("--as"), as("visitator") }).code,
            1);
    }

    void noteAddAndCorrect()
    {
        const Result added = cli({ QStringLiteral("note-add"), m_citizen, QStringLiteral("--as"), as("nurse"),
                                   QStringLiteral("--text"), QStringLiteral("Drak kun lidt vand."), QStringLiteral("--json") });
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString first = added.object()[QLatin1String("id")].toString();
        const Result corrected =
            cli({ QStringLiteral("note-correct"), first, QStringLiteral("--as"), as("nurse"), QStringLiteral("--text"),
                  QStringLiteral("Drak en hel liter vand."), QStringLiteral("--json") });
        QVERIFY2(corrected.code == 0, qPrintable(corrected.err));
        const QString second = corrected.object()[QLatin1String("id")].toString();
        {
            Opened file(db());
            NoteService notes(file.store, file.as(as("nurse")));
            const std::optional<VisitNote> original = notes.note(first);
            const std::optional<VisitNote> correction = notes.note(second);
            QVERIFY(original && correction);
            QCOMPARE(original->text, QStringLiteral("Drak kun lidt vand."));
            QCOMPARE(original->authorId, as("nurse"));
            QCOMPARE(correction->text, QStringLiteral("Drak en hel liter vand."));
            QCOMPARE(correction->correctsId, first);
            QCOMPARE(correction->writtenAt, QDateTime(QDate(2026, 3, 2), QTime(9, 30), Clock::teamZone()));
        }
        const Result refused = cli({ QStringLiteral("note-add"), m_citizen, QStringLiteral("--as"), as("visitator"),
                                     QStringLiteral("--text"), QStringLiteral("Hej") });
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(QLatin1String("may not record visits or write visit notes")));
        const Result empty = cli({ QStringLiteral("note-correct"), first, QStringLiteral("--as"), as("nurse"),
                                   QStringLiteral("--text"), QStringLiteral("  ") });
        QCOMPARE(empty.code, 3);
        QVERIFY2(empty.err.contains(QLatin1String("text: Write the note before saving it.")), qPrintable(empty.err));
    }

    void citizenLeaveStartsTheRetentionAndPurgeSaysWhy()
    {
        const Result today = cli({ QStringLiteral("citizen-leave"), m_citizen, QStringLiteral("--as"), as("planner"),
                                   QStringLiteral("--reason"), QStringLiteral("moved"), QStringLiteral("--json") });
        QVERIFY2(today.code == 0, qPrintable(today.err));
        QCOMPARE(today.object().value(QLatin1String("left_on")).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(today.object().value(QLatin1String("removable_from")).toString(), QStringLiteral("2026-04-06"));
        QVERIFY(cli({ QStringLiteral("citizen-leave"), m_citizen, QStringLiteral("--as"), as("planner"),
                      QStringLiteral("--reason"), QStringLiteral("gone") })
                    .code
                == 2);
        // This file has never synced with a team: its copy is the only one, and it stays.
        const Result purge = cli({ QStringLiteral("purge"), QStringLiteral("--json") });
        QCOMPARE(purge.code, 0);
        QCOMPARE(purge.object().value(QLatin1String("citizens_removed")).toInt(), 0);
        const QJsonArray candidates = purge.object().value(QLatin1String("candidates")).toArray();
        QCOMPARE(candidates.size(), 1);
        QVERIFY(candidates.first()[QLatin1String("kept_because")].toString().contains(QLatin1String("only one")));
        const Result undo =
            cli({ QStringLiteral("citizen-leave"), m_citizen, QStringLiteral("--as"), as("planner"), QStringLiteral("--undo") });
        QVERIFY2(undo.code == 0, qPrintable(undo.err));
        QCOMPARE(cli({ QStringLiteral("purge"), QStringLiteral("--json") })
                     .object()
                     .value(QLatin1String("candidates"))
                     .toArray()
                     .size(),
                 0);
    }

    void ambiguousInitialsAreRefused()
    {
        QString initials, twin;
        {
            Opened file(db());
            TeamService team(file.store);
            const Employee nurse = *team.employee(as("nurse"));
            initials = nurse.initials;
            twin = team.addEmployee(
                { {}, nurse.teamId, QStringLiteral("Anden Sygeplejerske"), initials, Role::Nurse, {}, true, {} });
            PinVault(file.store).assignForDemo({ twin }, QStringLiteral("2846"));
        }
        const Result refused = cli({ QStringLiteral("note-add"), m_citizen, QStringLiteral("--as"), initials.toLower(),
                                     QStringLiteral("--text"), QStringLiteral("Hvem skrev dette?") });
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.contains(as("nurse")) && refused.err.contains(twin)
                     && refused.err.contains(QLatin1String("Anden Sygeplejerske"))
                     && refused.err.contains(QLatin1String("give the id")),
                 qPrintable(refused.err));
        {
            Opened file(db());
            for (const VisitNote &n : NoteService(file.store, file.as(as("nurse"))).notesFor(m_citizen))
                QVERIFY(n.text != QLatin1String("Hvem skrev dette?"));
        }
        // The id is never ambiguous.
        const Result byId = cli({ QStringLiteral("note-add"), m_citizen, QStringLiteral("--as"), twin, QStringLiteral("--text"),
                                  QStringLiteral("Skrevet af tvillingen."), QStringLiteral("--json") });
        QVERIFY2(byId.code == 0, qPrintable(byId.err));
        Opened file(db());
        QCOMPARE(NoteService(file.store, file.as(as("nurse"))).note(byId.object()[QLatin1String("id")].toString())->authorId,
                 twin);
    }

    void twoLaptopsConflictIsSettledOnBoth()
    {
        const QString nurse = path(QStringLiteral("nurse.db"));
        const QString share = path(QStringLiteral("share"));
        QVERIFY(QDir().mkpath(share));
        const QString passphrase = QStringLiteral("first coffee, then care");
        const Result create = cli({ QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--as"), as("planner") });
        QVERIFY2(create.code == 0, qPrintable(create.err));
        const Result invite = cli({ QStringLiteral("team"), QStringLiteral("invite"), QStringLiteral("--as"), as("planner"),
                                    QStringLiteral("--device"), QStringLiteral("Nurse laptop"), QStringLiteral("--out"),
                                    path(QStringLiteral("nurse.invitation")), QStringLiteral("--passphrase"), passphrase });
        QVERIFY2(invite.code == 0, qPrintable(invite.err));
        const Result join = cli(nurse,
                                { QStringLiteral("team"), QStringLiteral("join"), path(QStringLiteral("nurse.invitation")),
                                  QStringLiteral("--passphrase"), passphrase });
        QVERIFY2(join.code == 0, qPrintable(join.err));
        const auto sync = [&](const QString &file) {
            const Result r = cli(file, { QStringLiteral("sync"), QStringLiteral("--folder"), share });
            QVERIFY2(r.code == 0, qPrintable(r.err));
        };
        sync(db());
        sync(nurse);
        // The nurse's first login on the joined laptop: she chooses her PIN there.
        QProcessEnvironment firstLogin = Test::cliEnvironment();
        firstLogin.insert(QStringLiteral("KVARTER_NEW_PIN"), QStringLiteral("2846"));
        const Result chosen = Test::runCli(
            { QStringLiteral("--db"), nurse, QStringLiteral("pin"), QStringLiteral("set"), as("nurse") }, firstLogin);
        QVERIFY2(chosen.code == 0, qPrintable(chosen.err));

        // Apart, each laptop writes its own phone number for the same citizen.
        const Result onPlanner = cli({ QStringLiteral("citizen-edit"), m_citizen, QStringLiteral("--as"), as("planner"),
                                       QStringLiteral("--phone"), QStringLiteral("11 11 11 11") });
        QVERIFY2(onPlanner.code == 0, qPrintable(onPlanner.err));
        const Result onNurse = cli(nurse,
                                   { QStringLiteral("citizen-edit"), m_citizen, QStringLiteral("--as"), as("nurse"),
                                     QStringLiteral("--phone"), QStringLiteral("22 22 22 22") });
        QVERIFY2(onNurse.code == 0, qPrintable(onNurse.err));
        sync(db());
        sync(nurse);
        sync(db());

        // Each laptop's conflicts as read by its own user.
        const auto phoneConflicts = [&](const QString &file) {
            QJsonArray found;
            const QString reader = file == nurse ? as("nurse") : as("planner");
            for (const QJsonValue &c :
                 cli(file, { QStringLiteral("conflicts"), QStringLiteral("--as"), reader, QStringLiteral("--json") }).array())
                if (c[QLatin1String("row_id")].toString() == m_citizen
                    && c[QLatin1String("field")].toString() == QLatin1String("phone"))
                    found << c;
            return found;
        };
        const QJsonArray onBoth[] = { phoneConflicts(db()), phoneConflicts(nurse) };
        QCOMPARE(onBoth[0].size(), 1);
        QCOMPARE(onBoth[1].size(), 1);
        const QJsonObject conflict = onBoth[1].at(0).toObject();
        QCOMPARE(onBoth[0].at(0)[QLatin1String("losing_version")], conflict[QLatin1String("losing_version")]);
        const QString losing = conflict[QLatin1String("losing_value")].toString();
        QVERIFY(QStringList({ QStringLiteral("11 11 11 11"), QStringLiteral("22 22 22 22") }).contains(losing));
        QVERIFY(losing != conflict[QLatin1String("current_value")].toString());

        const Result wrongKeep = cli(nurse,
                                     { QStringLiteral("conflict-resolve"), m_citizen, QStringLiteral("phone"),
                                       conflict[QLatin1String("losing_version")].toString(), QStringLiteral("--as"), as("nurse"),
                                       QStringLiteral("--keep"), QStringLiteral("both") });
        QCOMPARE(wrongKeep.code, 2);
        const Result resolved = cli(nurse,
                                    { QStringLiteral("conflict-resolve"), m_citizen, QStringLiteral("phone"),
                                      conflict[QLatin1String("losing_version")].toString(), QStringLiteral("--as"), as("nurse"),
                                      QStringLiteral("--keep"), QStringLiteral("other"), QStringLiteral("--json") });
        QVERIFY2(resolved.code == 0, qPrintable(resolved.err));
        QCOMPARE(resolved.object()[QLatin1String("value")], conflict[QLatin1String("losing_value")]);
        sync(nurse);
        sync(db());

        QCOMPARE(phoneConflicts(db()).size(), 0);
        QCOMPARE(phoneConflicts(nurse).size(), 0);
        for (const QString &file : { db(), nurse }) {
            Opened opened(file);
            QCOMPARE(QJsonValue(CitizenService(opened.store, opened.as(as("nurse"))).citizen(m_citizen)->phone),
                     conflict[QLatin1String("losing_value")]);
        }
        // Settled is settled: the same conflict cannot be resolved twice.
        const Result again = cli({ QStringLiteral("conflict-resolve"), m_citizen, QStringLiteral("phone"),
                                   conflict[QLatin1String("losing_version")].toString(), QStringLiteral("--as"), as("planner"),
                                   QStringLiteral("--keep"), QStringLiteral("current") });
        QCOMPARE(again.code, 4);
    }
};

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cliwrites.moc"
