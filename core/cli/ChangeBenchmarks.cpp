// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ChangeBenchmarks.h"

#include "BenchStatistics.h"
#include "Benchmarks.h"
#include "access/SignIn.h"
#include "change/ChangeService.h"
#include "change/TriageService.h"
#include "common/Clock.h"
#include "meeting/MeetingService.h"
#include "store/Store.h"
#include "task/TaskService.h"
#include "team/TeamService.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>

namespace Kvarter {

namespace {

using BenchStatistics::median;
using BenchStatistics::msSince;

} // namespace

void ChangeBenchmarks::run()
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("changes.db"));
    {
        Store original(m_path, m_clock);
        original.db().exec("VACUUM INTO '" + copy.toUtf8() + "'");
    }
    Store store(copy, m_clock);

    // The team with the most triage decisions, and a nurse and a helper of it.
    QString teamId;
    {
        auto q = store.db().query("SELECT team_id FROM triage_decision GROUP BY team_id ORDER BY count(*) DESC, team_id LIMIT 1");
        if (q->next())
            teamId = q->text(0);
    }
    QString nurse, helper;
    for (const Employee &e : TeamService(store).employees(teamId)) {
        if (nurse.isEmpty() && e.role == Role::Nurse)
            nurse = e.id;
        if (helper.isEmpty() && e.role == Role::SosuHelper)
            helper = e.id;
    }
    if (teamId.isEmpty() || nurse.isEmpty() || helper.isEmpty())
        return;
    Database &db = store.db();
    const auto years = [&] {
        auto q = db.query("SELECT min(reported_at), max(reported_at) FROM change_report");
        return q->next() ? double(q->int64(1) - q->int64(0)) / (365.25 * 24 * 3600) : 0.0;
    }();
    QJsonObject data { { QStringLiteral("database"), QStringLiteral("a copy of %1").arg(m_path) },
                       { QStringLiteral("teams"), db.scalar("SELECT count(*) FROM team") },
                       { QStringLiteral("citizens"), db.scalar("SELECT count(*) FROM citizen") },
                       { QStringLiteral("change_reports"), db.scalar("SELECT count(*) FROM change_report") },
                       { QStringLiteral("triage_decisions"), db.scalar("SELECT count(*) FROM triage_decision") },
                       { QStringLiteral("tasks"), db.scalar("SELECT count(*) FROM task") },
                       { QStringLiteral("follow_ups"), db.scalar("SELECT count(*) FROM triage_followup") },
                       { QStringLiteral("years_of_reports"), qRound(years * 10) / 10.0 } };

    // The board of the busiest team, as the board page (and board --pdf) builds it.
    TriageService triage(store, SignIn::unattended(store, nurse));
    QList<double> board;
    qsizetype entries = 0;
    triage.board(); // the first build warms the page cache, as the page's first show does
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        entries = triage.board().entries.size();
        board << msSince(timer);
    }
    QJsonObject boardData = data;
    boardData.insert(QStringLiteral("team_triage_decisions"),
                     db.scalar("SELECT count(*) FROM triage_decision WHERE team_id = '" + teamId.toUtf8() + "'"));
    boardData.insert(QStringLiteral("board_entries"), qint64(entries));
    boardData.insert(QStringLiteral("builds"), board.size());
    m_report(Benchmarks::figureJson(QStringLiteral("triage_board"), median(board), QStringLiteral("ms"), QStringLiteral("<= 50"),
                                    boardData));
    m_report(Benchmarks::figureJson(QStringLiteral("triage_board_max"), *std::max_element(board.begin(), board.end()),
                                    QStringLiteral("ms"), {}, boardData));

    // The team meeting's agenda of the same team for today: the board, the open escalations and the
    // continuity of every citizen over 28 days of visits (what `agenda --date` and its PDF show).
    MeetingService meetings(store, SignIn::unattended(store, nurse));
    const QDate today = m_clock.now().toTimeZone(Clock::teamZone()).date();
    QList<double> agendas;
    Agenda agenda = meetings.agenda(today);
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer timer;
        timer.start();
        agenda = meetings.agenda(today);
        agendas << msSince(timer);
    }
    QJsonObject agendaData = boardData;
    agendaData.insert(QStringLiteral("agenda_items"), qint64(agenda.items.size()));
    agendaData.insert(QStringLiteral("agenda_escalations"), agenda.count(AgendaReason::Escalation));
    agendaData.insert(QStringLiteral("agenda_continuity_fell"), agenda.count(AgendaReason::ContinuityFell));
    agendaData.insert(QStringLiteral("visits_28_days"),
                      db.scalar("SELECT count(*) FROM visit v JOIN citizen c ON c.id = v.citizen_id WHERE c.team_id = '"
                                + teamId.toUtf8()
                                + "' AND v.start >= " + QByteArray::number(m_clock.now().addDays(-28).toSecsSinceEpoch())
                                + " AND v.start < " + QByteArray::number(m_clock.now().toSecsSinceEpoch())));
    agendaData.insert(QStringLiteral("builds"), agendas.size());
    m_report(Benchmarks::figureJson(QStringLiteral("agenda_built"), median(agendas), QStringLiteral("ms"),
                                    QStringLiteral("<= 100"), agendaData));

    // My day's task list of each of the team's staff (own tasks and the role's), with three years of
    // tasks behind them: two index lookups, done ones left out.
    QStringList staff;
    for (const Employee &e : TeamService(store).employees(teamId))
        staff << e.id;
    QList<double> lists;
    for (int round = 0; round < 20; ++round)
        for (const QString &employee : staff) {
            TaskService tasks(store, SignIn::unattended(store, employee));
            QElapsedTimer timer;
            timer.start();
            tasks.forEmployee(employee);
            lists << msSince(timer);
        }
    QJsonObject listData = data;
    listData.insert(QStringLiteral("employees"), qint64(staff.size()));
    listData.insert(QStringLiteral("lists"), lists.size());
    m_report(Benchmarks::figureJson(QStringLiteral("tasks_for_my_day"), median(lists), QStringLiteral("ms"), {}, listData));

    // Change reports saved by a helper, one each for the team's citizens in turn: a plain report,
    // and one whose yellow suggestion also makes the decision and its task.
    QStringList citizens;
    {
        auto q = db.query("SELECT id FROM citizen WHERE team_id = ? ORDER BY id");
        q->bind(1, teamId);
        while (q->next())
            citizens << q->text(0);
    }
    ChangeService changes(store, SignIn::unattended(store, helper));
    QList<double> plain, withTriage;
    for (int i = 0; i < 200; ++i) {
        ChangeReport r;
        r.citizenId = citizens.at(i % citizens.size());
        r.items = { QStringLiteral("appetite"), QStringLiteral("tiredness") };
        r.note = QStringLiteral("Spiser mindre og er træt.");
        QElapsedTimer timer;
        timer.start();
        changes.report(r);
        plain << msSince(timer);
    }
    int triaged = 0;
    for (const QString &citizen : citizens) {
        if (triage.colourOf(citizen) != TriageColour::Green)
            continue;
        ChangeReport r;
        r.citizenId = citizen;
        r.items = { QStringLiteral("drinking") };
        r.note = QStringLiteral("Har drukket meget lidt.");
        r.suggestedColour = TriageColour::Yellow;
        QElapsedTimer timer;
        timer.start();
        changes.report(r);
        withTriage << msSince(timer);
        ++triaged;
    }
    QJsonObject saveData = data;
    saveData.insert(QStringLiteral("reports_saved"), plain.size());
    m_report(Benchmarks::figureJson(QStringLiteral("change_report_saved"), median(plain), QStringLiteral("ms"),
                                    QStringLiteral("<= 5"), saveData));
    saveData.insert(QStringLiteral("reports_saved"), triaged);
    m_report(Benchmarks::figureJson(QStringLiteral("change_report_saved_with_triage"), median(withTriage), QStringLiteral("ms"),
                                    QStringLiteral("<= 5"), saveData));
}

} // namespace Kvarter
