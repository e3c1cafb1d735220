// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AccessBenchmarks.h"

#include "BenchStatistics.h"
#include "Benchmarks.h"
#include "access/SignIn.h"
#include "citizen/CitizenService.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "privacy/AccessLog.h"
#include "store/Store.h"
#include "team/TeamService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>

namespace Kvarter {

namespace {

using BenchStatistics::median;
using BenchStatistics::msSince;

constexpr int Years = 3;
constexpr int OpeningsPerDay = 3;

} // namespace

void AccessBenchmarks::run()
{
    // Never write into the file being measured: a consistent copy (WAL included) takes the openings.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("access.db"));
    {
        Store original(m_path, m_clock);
        original.db().exec("VACUUM INTO '" + copy.toUtf8() + "'");
    }
    Store store(copy, m_clock);

    // The citizen with the most visits, and the staff of that citizen's team.
    QString citizenId, teamId;
    {
        auto q = store.db().query("SELECT c.id, c.team_id FROM citizen c ORDER BY "
                                  "(SELECT count(*) FROM visit v WHERE v.citizen_id = c.id) DESC, c.id LIMIT 1");
        if (q->next()) {
            citizenId = q->text(0);
            teamId = q->text(1);
        }
    }
    QString reader, leader;
    QStringList staff;
    for (const Employee &e : TeamService(store).employees(teamId)) {
        staff << e.id;
        if (reader.isEmpty() && (e.role == Role::Nurse || e.role == Role::SosuAssistant))
            reader = e.id;
        if (leader.isEmpty() && e.role == Role::TeamLeader)
            leader = e.id;
    }
    if (citizenId.isEmpty() || reader.isEmpty() || leader.isEmpty())
        return;

    // Three years of openings of that citizen by the team's staff, morning, noon and afternoon,
    // in one transaction through the store's writer (change log included), as sync would leave them.
    const QDate today = m_clock.today();
    const QDate first = today.addYears(-Years);
    static const QStringList parts { QStringLiteral("record"), QStringLiteral("notes"), QStringLiteral("visits") };
    qint64 made = 0;
    store.write([&] {
        for (QDate day = first; day < today; day = day.addDays(1))
            for (int i = 0; i < OpeningsPerDay; ++i) {
                const QDateTime at(day, QTime(8 + 4 * i, 15), Clock::teamZone());
                store.insert("access_log", Id::create(),
                             { { "citizen_id", citizenId },
                               { "employee_id", staff.at(int((made * 7) % staff.size())) },
                               { "team_id", teamId },
                               { "opened_at", at.toMSecsSinceEpoch() },
                               { "part", parts.at(i) },
                               { "context", QStringLiteral("own-team") },
                               { "grant_id", QVariant() } });
                ++made;
            }
    });

    // Opening the record as the citizen page does, with and without the log entry, interleaved so
    // that a busy moment on the machine hits both alike.
    const Actor actor = SignIn::unattended(store, reader);
    CitizenService citizens(store, actor);
    AccessLog log(store, actor);
    QList<double> plain, logged;
    for (int i = 0; i < 400; ++i) {
        QElapsedTimer timer;
        timer.start();
        citizens.citizen(citizenId);
        plain << msSince(timer);
        timer.restart();
        citizens.citizen(citizenId);
        log.recordOpening(citizenId, AccessPart::Record);
        logged << msSince(timer);
    }
    const qint64 logRows = store.db().scalar("SELECT count(*) FROM access_log");
    const QJsonObject openingData { { QStringLiteral("database"), QStringLiteral("a copy of %1").arg(m_path) },
                                    { QStringLiteral("visits"), store.db().scalar("SELECT count(*) FROM visit") },
                                    { QStringLiteral("access_log_rows"), logRows },
                                    { QStringLiteral("openings_measured"), logged.size() } };
    const double withLog = median(logged), without = median(plain);
    m_report(Benchmarks::figureJson(QStringLiteral("access_log_opening"), withLog, QStringLiteral("ms"), {}, openingData));
    m_report(Benchmarks::figureJson(QStringLiteral("access_log_opening_without_logging"), without, QStringLiteral("ms"), {},
                                    openingData));
    m_report(Benchmarks::figureJson(QStringLiteral("access_log_opening_added"), withLog - without, QStringLiteral("ms"),
                                    QStringLiteral("<= 1"), openingData));

    AccessLog review(store, SignIn::unattended(store, leader));
    QList<double> report;
    qsizetype entries = 0;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        entries = review.whoLooked(citizenId).size();
        report << msSince(timer);
    }
    const QJsonObject reportData { { QStringLiteral("database"), QStringLiteral("a copy of %1").arg(m_path) },
                                   { QStringLiteral("openings_of_citizen"), qint64(entries) },
                                   { QStringLiteral("years"), Years },
                                   { QStringLiteral("openings_per_day"), OpeningsPerDay },
                                   { QStringLiteral("access_log_rows"), logRows } };
    m_report(Benchmarks::figureJson(QStringLiteral("who_looked_report"), median(report), QStringLiteral("ms"),
                                    QStringLiteral("<= 50"), reportData));
    m_report(Benchmarks::figureJson(QStringLiteral("who_looked_report_max"), *std::max_element(report.begin(), report.end()),
                                    QStringLiteral("ms"), {}, reportData));
}

} // namespace Kvarter
