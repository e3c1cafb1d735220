// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Benchmarks.h"

#include "access/Access.h"
#include "access/PinVault.h"
#include "access/SignIn.h"

#include "BenchStatistics.h"
#include "assessment/AssessmentService.h"
#include "catalogue/ServiceCatalogue.h"
#include "citizen/CitizenService.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "decision/DecisionService.h"
#include "demo/DemoAssessments.h"
#include "frame/EconomicFrameService.h"
#include "pdf/DecisionLetterPdf.h"
#include "plan/PlanService.h"
#include "session/Session.h"
#include "store/Store.h"
#include "team/TeamService.h"
#include "visit/VisitService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/resource.h>

namespace Kvarter {

namespace {

using BenchStatistics::median;
using BenchStatistics::msSince;

// Asks the kernel to forget the file's cached pages, so "cold open" reads from disk as after a reboot.
void dropFromPageCache(const QString &path)
{
    for (const QString &file : QStringList { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") }) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            posix_fadvise(f.handle(), 0, 0, POSIX_FADV_DONTNEED);
    }
}

// A small team in a scratch database: what the insert and search benchmarks write into.
struct ScratchTeam
{
    QString teamId;
    QString employeeId;
    QStringList citizenIds;
};

ScratchTeam makeScratchTeam(Store &store, int citizens)
{
    ScratchTeam team;
    const QDate today = store.clock().today();
    store.write([&] {
        team.teamId = TeamService(store).createTeam({ {}, QStringLiteral("Bench"), {} });
        team.employeeId = TeamService(store).addEmployee(
            { {}, team.teamId, QStringLiteral("Bente Bench"), QStringLiteral("BB"), Role::Planner, {}, true, {} });
        static const QStringList first { QStringLiteral("Jens"), QStringLiteral("Karen"), QStringLiteral("Søren"),
                                         QStringLiteral("Inge"), QStringLiteral("Poul"),  QStringLiteral("Grethe") };
        static const QStringList last { QStringLiteral("Nielsen"),    QStringLiteral("Jensen"), QStringLiteral("Hansen"),
                                        QStringLiteral("Østergaard"), QStringLiteral("Møller"), QStringLiteral("Lund") };
        CitizenService service(store, SignIn::unattended(store, team.employeeId));
        for (int i = 0; i < citizens; ++i) {
            Citizen c;
            c.teamId = team.teamId;
            const QDate born = today.addYears(-70).addDays(-(i % 9000));
            c.cpr = born.toString(QStringLiteral("ddMMyy")) + QStringLiteral("%1").arg(i % 4000, 4, 10, QLatin1Char('0'));
            c.name =
                first.at(i % first.size()) + QLatin1Char(' ') + last.at((i / 7) % last.size()) + QStringLiteral(" %1").arg(i);
            c.address = QStringLiteral("Kirkevej %1").arg(i % 150 + 1);
            c.postcode = QStringLiteral("5700");
            c.city = QStringLiteral("Svendborg");
            team.citizenIds << service.add(c);
        }
    });
    return team;
}

} // namespace

QJsonObject Benchmarks::figureJson(const QString &name, double value, const QString &unit, const QString &goal,
                                   const QJsonObject &data)
{
    QJsonObject o { { QStringLiteral("figure"), name },
                    { QStringLiteral("value"), qRound64(value * 1000) / 1000.0 },
                    { QStringLiteral("unit"), unit } };
    if (!goal.isEmpty())
        o.insert(QStringLiteral("goal"), goal);
    if (!data.isEmpty())
        o.insert(QStringLiteral("data"), data);
    return o;
}

void Benchmarks::figure(const QString &name, double value, const QString &unit, const QString &goal)
{
    m_report(figureJson(name, value, unit, goal));
}

void Benchmarks::coldOpenToMyDay()
{
    dropFromPageCache(m_path);
    const Clock &clock = m_clock;
    QElapsedTimer timer;
    timer.start();
    Store store(m_path, clock);
    const auto [from, to] = VisitService::dayBounds(clock.today());
    QString employee;
    {
        auto q = store.db().query("SELECT employee_id FROM visit WHERE start >= ? AND start < ? "
                                  "AND employee_id IS NOT NULL LIMIT 1");
        q->bind(1, from).bind(2, to);
        if (q->next())
            employee = q->text(0);
    }
    const QList<Visit> visits = employee.isEmpty()
        ? QList<Visit>()
        : VisitService(store, SignIn::unattended(store, employee)).myDay(employee, clock.today());
    figure(QStringLiteral("cold_open_to_first_my_day"), msSince(timer), QStringLiteral("ms"), QStringLiteral("<= 400"));
    figure(QStringLiteral("my_day_visits"), double(visits.size()), QStringLiteral("visits"), {});
}

void Benchmarks::queries()
{
    const Clock &clock = m_clock;
    Store store(m_path, clock);
    QStringList employees, teams;
    QString planner;
    for (const Employee &e : TeamService(store).employees()) {
        if (Roles::makesVisits(e.role))
            employees << e.id;
        if (planner.isEmpty() && Access::allows(e.role, Right::Plan))
            planner = e.id;
    }
    for (const Team &t : TeamService(store).teams())
        teams << t.id;
    if (employees.isEmpty() || teams.isEmpty() || planner.isEmpty())
        return;
    // A planner reads every day and every plan; the rights check is part of what is measured.
    const Actor reader = SignIn::unattended(store, planner);
    VisitService visits(store, reader);
    PlanService plan(store, reader);
    QList<double> myDay, dayPlan;
    const QDate today = clock.today();
    for (int i = 0; i < 300; ++i) {
        const QDate day = today.addDays(-(i % 60));
        QElapsedTimer timer;
        timer.start();
        visits.myDay(employees.at(i % employees.size()), day);
        myDay << msSince(timer);
        timer.restart();
        plan.dayPlan(teams.at(i % teams.size()), day);
        dayPlan << msSince(timer);
    }
    figure(QStringLiteral("my_day_query"), median(myDay), QStringLiteral("ms"), QStringLiteral("<= 2"));
    figure(QStringLiteral("day_plan_query"), median(dayPlan), QStringLiteral("ms"), QStringLiteral("<= 2"));
    figure(QStringLiteral("day_plan_query_max"), *std::max_element(dayPlan.begin(), dayPlan.end()), QStringLiteral("ms"), {});
}

void Benchmarks::citizenSearch()
{
    QTemporaryDir dir;
    const Clock &clock = m_clock;
    Store store(dir.filePath(QStringLiteral("search.db")), clock);
    const ScratchTeam team = makeScratchTeam(store, 10000);
    CitizenService citizens(store, SignIn::unattended(store, team.employeeId));
    const QString typed = QStringLiteral("søren østergaard kirkevej");
    QList<double> perKey;
    for (int round = 0; round < 5; ++round) {
        for (qsizetype n = 1; n <= typed.size(); ++n) {
            QElapsedTimer timer;
            timer.start();
            // What the list does per keystroke: count for the scrollbar, then the first page.
            citizens.count(typed.left(n));
            citizens.search({ typed.left(n), CitizenOrder::Name, false, 0, 100 });
            perKey << msSince(timer);
        }
    }
    figure(QStringLiteral("citizen_search_per_keystroke_10k"), median(perKey), QStringLiteral("ms"), QStringLiteral("<= 5"));
    figure(QStringLiteral("citizen_search_per_keystroke_10k_max"), *std::max_element(perKey.begin(), perKey.end()),
           QStringLiteral("ms"), {});
}

namespace {

struct InsertRates
{
    double kvarter = 0;
    double raw = 0;
};

// One round: the same visits into two fresh databases with the same schema, once through
// VisitService (validation, generic writer, change log) and once as a bare prepared statement.
InsertRates insertRound(int rows, const Clock &clock)
{
    QTemporaryDir dir;
    Store kvarter(dir.filePath(QStringLiteral("kvarter.db")), clock);
    Store raw(dir.filePath(QStringLiteral("raw.db")), clock);
    const ScratchTeam a = makeScratchTeam(kvarter, 50);
    const ScratchTeam b = makeScratchTeam(raw, 50);

    QList<Visit> batch;
    const QDateTime base = QDateTime(clock.today(), QTime(7, 0), Clock::teamZone());
    for (int i = 0; i < rows; ++i) {
        Visit v;
        v.id = Id::create();
        v.citizenId = a.citizenIds.at(i % a.citizenIds.size());
        v.employeeId = a.employeeId;
        v.start = base.addSecs(qint64(i) * 600);
        v.minutes = 20;
        v.services = { QStringLiteral("H1.1") };
        batch << v;
    }

    InsertRates rates;
    QElapsedTimer timer;
    timer.start();
    // Planned by the scratch team's planner, as the service requires.
    VisitService visits(kvarter, SignIn::unattended(kvarter, a.employeeId));
    kvarter.write([&] {
        for (const Visit &v : batch)
            visits.add(v);
    });
    rates.kvarter = rows / (double(timer.nsecsElapsed()) / 1e9);

    sqlite3 *db = raw.db().handle();
    sqlite3_stmt *stmt = nullptr;
    const char *sql = "INSERT INTO visit (id, citizen_id, employee_id, start, minutes, services, status) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)";
    timer.restart();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    for (int i = 0; i < rows; ++i) {
        const Visit &v = batch.at(i);
        const QByteArray id = v.id.toUtf8(), citizen = b.citizenIds.at(i % b.citizenIds.size()).toUtf8(),
                         employee = b.employeeId.toUtf8();
        sqlite3_bind_text(stmt, 1, id.constData(), int(id.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, citizen.constData(), int(citizen.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 3, employee.constData(), int(employee.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stmt, 4, v.start.toSecsSinceEpoch());
        sqlite3_bind_int(stmt, 5, v.minutes);
        sqlite3_bind_text(stmt, 6, "H1.1", -1, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 7, "planned", -1, SQLITE_STATIC);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    rates.raw = rows / (double(timer.nsecsElapsed()) / 1e9);
    return rates;
}

} // namespace

void Benchmarks::insertRate(int rows)
{
    // Best of three rounds for each side, so a busy moment on the machine does not decide the ratio.
    InsertRates best;
    for (int round = 0; round < 3; ++round) {
        const InsertRates r = insertRound(rows, m_clock);
        best.kvarter = std::max(best.kvarter, r.kvarter);
        best.raw = std::max(best.raw, r.raw);
    }
    figure(QStringLiteral("visit_insert_rate_kvarter"), best.kvarter, QStringLiteral("rows/s"), {});
    figure(QStringLiteral("visit_insert_rate_raw_sqlite"), best.raw, QStringLiteral("rows/s"), {});
    figure(QStringLiteral("visit_insert_rate_ratio"), 100.0 * best.kvarter / best.raw, QStringLiteral("%"),
           QStringLiteral(">= 50"));
}

void Benchmarks::assessmentAreaHistory()
{
    QTemporaryDir dir;
    QString path = m_path;
    bool generated = false;
    {
        Store store(m_path, m_clock);
        if (store.db().scalar("SELECT count(*) FROM assessment") == 0) {
            // Never write into the file being measured: a consistent copy (WAL included) takes them.
            path = dir.filePath(QStringLiteral("assessments.db"));
            store.db().exec("VACUUM INTO '" + path.toUtf8() + "'");
            generated = true;
        }
    }
    Store store(path, m_clock);
    if (generated) {
        QStringList citizens, assessors;
        {
            auto q = store.db().query("SELECT id FROM citizen ORDER BY id");
            while (q->next())
                citizens << q->text(0);
        }
        for (const Employee &e : TeamService(store).employees())
            if (e.role == Role::Nurse || e.role == Role::SosuAssistant || e.role == Role::Therapist)
                assessors << e.id;
        // Eight rounds of the demo's assessments: about ten per citizen, a few years' worth.
        store.write([&] {
            for (int round = 0; round < 8; ++round)
                DemoAssessments(store, FsiiiTerms::standard(), quint32(round + 1), m_clock.today(), QString::number(round))
                    .make(citizens, assessors);
        });
    }
    QString reader;
    for (const Employee &e : TeamService(store).employees())
        if (reader.isEmpty() && Access::allows(e.role, Right::ReadCitizen))
            reader = e.id;
    QStringList citizens;
    {
        auto q = store.db().query("SELECT DISTINCT citizen_id FROM assessment ORDER BY citizen_id");
        while (q->next())
            citizens << q->text(0);
    }
    if (reader.isEmpty() || citizens.isEmpty())
        return;
    AssessmentService assessments(store, SignIn::unattended(store, reader));
    QList<double> times;
    qint64 points = 0;
    for (const QString &citizen : citizens)
        for (const FsiiiArea &area : FsiiiTerms::standard().homeCareAreas()) {
            QElapsedTimer timer;
            timer.start();
            const AreaHistory history = assessments.areaHistory(citizen, area.area.code);
            times << msSince(timer);
            for (const ConditionHistory &c : history.conditions)
                points += c.points.size();
        }
    const qint64 total = store.db().scalar("SELECT count(*) FROM assessment");
    const QJsonObject data { { QStringLiteral("database"),
                               generated ? QStringLiteral("a copy of %1 with generated assessments").arg(m_path) : m_path },
                             { QStringLiteral("assessments"), total },
                             { QStringLiteral("assessment_conditions"),
                               store.db().scalar("SELECT count(*) FROM assessment_condition") },
                             { QStringLiteral("citizens_measured"), citizens.size() },
                             { QStringLiteral("histories"), times.size() },
                             { QStringLiteral("points_read"), points } };
    m_report(figureJson(QStringLiteral("assessment_area_history"), median(times), QStringLiteral("ms"), QStringLiteral("<= 10"),
                        data));
    m_report(figureJson(QStringLiteral("assessment_area_history_max"), *std::max_element(times.begin(), times.end()),
                        QStringLiteral("ms"), {}, data));
}

void Benchmarks::appPeakRss(const QString &appPath)
{
    if (!QFile::exists(appPath))
        return;
    QTemporaryDir dir;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    app.setProcessEnvironment(env);
    app.start(appPath,
              { QStringLiteral("--db"), m_path, QStringLiteral("--tour"), QStringLiteral("--screenshot"),
                dir.filePath(QStringLiteral("shot.png")) });
    if (!app.waitForFinished(120000) || app.exitCode() != 0)
        return;
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    figure(QStringLiteral("desktop_peak_rss"), double(usage.ru_maxrss) / 1024.0, QStringLiteral("MB"), QStringLiteral("<= 150"));
}

namespace {
struct RolledBack
{};
} // namespace

void Benchmarks::decisions()
{
    Store store(m_path, m_clock);
    // A nurse and a citizen of her team: the everyday near-visitation on a home visit.
    QString nurse, teamId, citizenId;
    for (const Employee &e : TeamService(store).employees())
        if (e.role == Role::Nurse && nurse.isEmpty()) {
            nurse = e.id;
            teamId = e.teamId;
        }
    if (nurse.isEmpty())
        return;
    {
        auto q = store.db().query("SELECT id FROM citizen WHERE team_id = ? AND visitator_id IS NOT NULL ORDER BY id LIMIT 1");
        q->bind(1, teamId);
        if (q->next())
            citizenId = q->text(0);
    }
    if (citizenId.isEmpty())
        return;
    const Actor actor = SignIn::unattended(store, nurse);
    DecisionService decisions(store, ServiceCatalogue::standard(), actor);
    Proposal p;
    p.citizenId = citizenId;
    p.serviceCode = QStringLiteral("H1.5");

    // The form's frame check as the nurse types amounts, some inside her frame, some above it.
    QList<double> check;
    for (int i = 0; i < 300; ++i) {
        p.minutesPerWeek = 30 + (i % 12) * 20;
        QElapsedTimer timer;
        timer.start();
        decisions.preview(p);
        check << msSince(timer);
    }
    figure(QStringLiteral("frame_check_of_proposal"), median(check), QStringLiteral("ms"), QStringLiteral("<= 1"));

    EconomicFrameService economy(store, actor);
    QStringList teams;
    for (const Team &t : TeamService(store).teams())
        teams << t.id;
    QList<double> economic;
    for (int i = 0; i < 100; ++i) {
        QElapsedTimer timer;
        timer.start();
        economy.figure(teams.at(i % teams.size()), m_clock.today());
        economic << msSince(timer);
    }
    figure(QStringLiteral("economic_frame_figure"), median(economic), QStringLiteral("ms"), QStringLiteral("<= 20"));

    // A decision made and its letter written as PDF from the record, in a transaction rolled back
    // afterwards so the benchmark leaves the file as it found it.
    QTemporaryDir dir;
    QList<double> letter;
    p.minutesPerWeek = 60;
    try {
        store.write([&] {
            const Decision d = decisions.propose(p);
            for (int i = 0; i < 15; ++i) {
                QElapsedTimer timer;
                timer.start();
                DecisionLetterPdf::document(decisions.letter(d.id)).writePdf(dir.filePath(QStringLiteral("letter.pdf")));
                letter << msSince(timer);
            }
            throw RolledBack {};
        });
    } catch (const RolledBack &) {
    }
    figure(QStringLiteral("decision_letter_pdf"), median(letter), QStringLiteral("ms"), QStringLiteral("<= 300"));
}

} // namespace Kvarter

namespace Kvarter {

void Benchmarks::pinCheck()
{
    // A scratch file: the measured database's own PINs are not known to the bench.
    QTemporaryDir dir;
    Store store(dir.filePath(QStringLiteral("pin.db")), m_clock);
    TeamService team(store);
    const QString teamId = team.createTeam({ {}, QStringLiteral("Bench"), {} });
    const QString nurse =
        team.addEmployee({ {}, teamId, QStringLiteral("Bente Bench"), QStringLiteral("BB"), Role::Nurse, {}, true, {} });
    const QString pin = QStringLiteral("5827");
    PinVault(store).choose(nurse, pin);
    QList<double> signIn;
    for (int i = 0; i < 9; ++i) {
        Session session(store, m_clock);
        QElapsedTimer timer;
        timer.start();
        session.signIn(nurse, pin);
        signIn << msSince(timer);
    }
    const QJsonObject data { { QStringLiteral("hash"), QStringLiteral("Argon2id, libsodium interactive limits (ops 2, 64 MiB)") },
                             { QStringLiteral("sign_ins"), signIn.size() } };
    m_report(figureJson(QStringLiteral("pin_sign_in"), median(signIn), QStringLiteral("ms"), QStringLiteral("<= 500"), data));
    m_report(figureJson(QStringLiteral("pin_sign_in_max"), *std::max_element(signIn.begin(), signIn.end()), QStringLiteral("ms"),
                        {}, data));
}

} // namespace Kvarter
