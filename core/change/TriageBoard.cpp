// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TriageBoard.h"

#include "ChangeService.h"
#include "TriageService.h"
#include "common/Clock.h"
#include "store/Store.h"

#include <QHash>
#include <algorithm>

namespace Kvarter {

int Board::count(TriageColour colour) const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [colour](const BoardEntry &e) { return e.decision && e.colour == colour; }));
}

int Board::overdueCount() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(), [](const BoardEntry &e) { return e.overdueSecs > 0; }));
}

Board TriageBoard::build(const BoardFilter &filter)
{
    const QDateTime now = m_store.clock().now();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const QTimeZone zone = Clock::teamZone();
    const QDate today = now.toTimeZone(zone).date();
    Board board;
    board.builtAt = now.toTimeZone(zone);
    board.nextMeeting = m_nextMeeting;

    // 1. Every citizen of the team with the decision in force (one index probe each).
    QHash<QString, BoardEntry> byCitizen;
    QHash<QString, QString> decisionOf;
    {
        auto q = m_store.db().query("SELECT c.id, c.name, c.cpr, coalesce(c.contact_person_id, ''), coalesce(cp.name, ''), "
                                    "(SELECT x.id FROM triage_decision x WHERE x.citizen_id = c.id ORDER BY x.decided_at DESC, "
                                    "x._lam DESC, x.id DESC LIMIT 1) "
                                    "FROM citizen c LEFT JOIN employee cp ON cp.id = c.contact_person_id "
                                    "WHERE c.team_id = ? AND c.left_on IS NULL");
        q->bind(1, m_teamId);
        while (q->next()) {
            BoardEntry e;
            e.citizenId = q->text(0);
            e.citizenName = q->text(1);
            e.cpr = q->text(2);
            e.contactPersonId = q->text(3);
            e.contactPersonName = q->text(4);
            byCitizen.insert(e.citizenId, e);
            if (!q->isNull(5))
                decisionOf.insert(e.citizenId, q->text(5));
        }
    }
    QStringList decisionIds = decisionOf.values();
    // 2. The decisions themselves, in one query over their ids.
    for (qsizetype start = 0; start < decisionIds.size(); start += 500) {
        const QStringList chunk = decisionIds.mid(start, 500);
        QByteArray marks;
        QList<QVariant> args;
        for (const QString &id : chunk) {
            marks += marks.isEmpty() ? "?" : ", ?";
            args << id;
        }
        for (const TriageDecision &d : TriageService::readDecisions(m_store, "WHERE d.id IN (" + marks + ")", args)) {
            BoardEntry &e = byCitizen[d.citizenId];
            e.decision = d;
            e.colour = d.colour;
        }
    }
    // 3. The change reports of the last days (by team and time).
    const qint64 since = nowSecs - qint64(NewReportDays) * 24 * 3600;
    for (const ChangeReport &r : ChangeService::readReports(
             m_store, "WHERE r.team_id = ? AND r.reported_at >= ? ORDER BY r.reported_at, r.id", { m_teamId, since })) {
        auto it = byCitizen.find(r.citizenId);
        if (it == byCitizen.end())
            continue;
        BoardEntry &e = *it;
        e.latestReport = r;
        // New: reported after the decision in force (one in the same second counts as seen by it).
        const bool isNew = !e.decision || r.reportedAt > e.decision->decidedAt;
        if (!isNew)
            continue;
        ++e.newReports;
        // The newest new report's suggestion waits, unless it already made a decision itself.
        e.waitingSuggestion.reset();
        if (r.suggestedColour && *r.suggestedColour != e.colour)
            e.waitingSuggestion = r.suggestedColour;
    }
    // 4. Open tasks of the team, to their citizens.
    {
        auto q = m_store.db().query(
            "SELECT t.id, t.citizen_id, t.kind, t.title, t.due_at, coalesce(t.assignee_id, ''), coalesce(e.name, ''), "
            "coalesce(t.assignee_role, ''), t.source, coalesce(t.source_id, '') FROM task t "
            "LEFT JOIN employee e ON e.id = t.assignee_id WHERE t.team_id = ? AND t.citizen_id IS NOT NULL "
            "AND NOT EXISTS (SELECT 1 FROM task_done x WHERE x.task_id = t.id) ORDER BY t.due_at, t.id");
        q->bind(1, m_teamId);
        while (q->next()) {
            auto it = byCitizen.find(q->text(1));
            if (it == byCitizen.end())
                continue;
            Task t;
            t.id = q->text(0);
            t.teamId = m_teamId;
            t.citizenId = it->citizenId;
            t.citizenName = it->citizenName;
            t.kindKey = q->text(2);
            t.kind = Tasks::kindFromKey(t.kindKey).value_or(TaskKind::Action);
            t.title = q->text(3);
            t.dueAt = QDateTime::fromSecsSinceEpoch(q->int64(4), zone);
            t.assigneeId = q->text(5);
            t.assigneeName = q->text(6);
            t.assigneeRole = Roles::fromKey(q->text(7));
            t.source = Tasks::sourceFromKey(q->text(8)).value_or(TaskSource::Triage);
            t.sourceId = q->text(9);
            it->tasks << t;
        }
    }

    // A task for everyone of a role is the filtered person's too (a red citizen's visit is any nurse's).
    const std::optional<Role> filterRole = filter.nurseId.isEmpty()
        ? std::nullopt
        : Roles::fromKey(m_store.db().textFor("SELECT role FROM employee WHERE id = ?", filter.nurseId));
    const auto forFiltered = [&](const Task &t) {
        return t.assigneeId == filter.nurseId || (t.assigneeId.isEmpty() && t.assigneeRole && t.assigneeRole == filterRole);
    };
    for (BoardEntry &e : byCitizen) {
        const bool coloured = e.decision && e.colour != TriageColour::Green;
        if (!coloured && e.newReports == 0 && !e.waitingSuggestion && e.tasks.isEmpty())
            continue;
        if (filter.colour && (!e.decision || e.colour != *filter.colour))
            continue;
        if (!filter.nurseId.isEmpty() && e.contactPersonId != filter.nurseId
            && std::none_of(e.tasks.cbegin(), e.tasks.cend(), forFiltered))
            continue;
        for (const Task &t : e.tasks)
            e.overdueSecs = std::max(e.overdueSecs, t.overdueSecs(now));
        if (e.decision && e.colour == TriageColour::Red) {
            auto q =
                m_store.db().query("SELECT d.done_at, coalesce(e.name, '') FROM task t JOIN task_done d ON d.task_id = t.id "
                                   "LEFT JOIN employee e ON e.id = d.done_by WHERE t.source_id = ? AND t.kind = 'nurse-visit' "
                                   "ORDER BY d.done_at, d._lam, d.id LIMIT 1");
            q->bind(1, e.decision->id);
            if (q->next()) {
                e.nurseSeenAt = QDateTime::fromSecsSinceEpoch(q->int64(0), zone);
                e.nurseSeenBy = q->text(1);
            }
        }
        if (e.decision && e.colour == TriageColour::Yellow) {
            e.meetingAt = e.decision->meetingAt;
            auto q = m_store.db().query("SELECT max(done_at) FROM triage_followup WHERE decision_id = ?");
            q->bind(1, e.decision->id);
            if (q->next() && !q->isNull(0))
                e.lastFollowUp = QDateTime::fromSecsSinceEpoch(q->int64(0), zone);
            const QDateTime last = e.lastFollowUp.isValid() ? e.lastFollowUp : e.decision->decidedAt;
            e.followedUpToday = e.lastFollowUp.isValid() && e.lastFollowUp.toTimeZone(zone).date() == today;
            e.followUpDue = TriageRules::followUpDue(last).toTimeZone(zone);
            e.overdueSecs = std::max(e.overdueSecs, TriageRules::overdueSecs(e.followUpDue, now));
        }
        board.entries << e;
    }
    std::sort(board.entries.begin(), board.entries.end(), [](const BoardEntry &a, const BoardEntry &b) {
        const int ra = a.decision ? TriageColours::rank(a.colour) : -1;
        const int rb = b.decision ? TriageColours::rank(b.colour) : -1;
        if (ra != rb)
            return ra > rb;
        if (a.overdueSecs != b.overdueSecs)
            return a.overdueSecs > b.overdueSecs;
        return a.citizenName.localeAwareCompare(b.citizenName) < 0;
    });
    return board;
}

} // namespace Kvarter
