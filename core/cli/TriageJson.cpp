// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TriageJson.h"

#include "common/Clock.h"

#include <QJsonArray>

namespace Kvarter {

QString TriageJson::time(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(Clock::teamZone()).toString(Qt::ISODate) : QString();
}

QJsonObject TriageJson::report(const ChangeReport &r)
{
    QJsonArray lookBy;
    for (Role role : r.lookBy)
        lookBy << Roles::key(role);
    return { { QStringLiteral("id"), r.id },
             { QStringLiteral("citizen_id"), r.citizenId },
             { QStringLiteral("visit_id"), r.visitId },
             { QStringLiteral("items"), QJsonArray::fromStringList(r.items) },
             { QStringLiteral("fall_comment"), r.fallComment },
             { QStringLiteral("note"), r.note },
             { QStringLiteral("suggested_colour"), r.suggestedColour ? TriageColours::key(*r.suggestedColour) : QString() },
             { QStringLiteral("look_by"), lookBy },
             { QStringLiteral("reported_by"), r.reportedBy },
             { QStringLiteral("reported_by_name"), r.reportedByName },
             { QStringLiteral("reported_at"), time(r.reportedAt) } };
}

QJsonObject TriageJson::decision(const TriageDecision &d)
{
    return { { QStringLiteral("id"), d.id },
             { QStringLiteral("citizen_id"), d.citizenId },
             { QStringLiteral("colour"), TriageColours::key(d.colour) },
             { QStringLiteral("previous_colour"), TriageColours::key(d.previous) },
             { QStringLiteral("reason"), d.reason },
             { QStringLiteral("report_id"), d.reportId },
             { QStringLiteral("decided_by"), d.decidedBy },
             { QStringLiteral("decided_by_name"), d.decidedByName },
             { QStringLiteral("decided_at"), time(d.decidedAt) },
             { QStringLiteral("meeting_at"), time(d.meetingAt) },
             { QStringLiteral("due_at"), time(d.dueAt) } };
}

QJsonObject TriageJson::task(const Task &t, const QDateTime &now)
{
    return { { QStringLiteral("id"), t.id },
             { QStringLiteral("citizen_id"), t.citizenId },
             { QStringLiteral("citizen"), t.citizenName },
             { QStringLiteral("kind"), t.kindKey },
             { QStringLiteral("title"), t.displayTitle() },
             { QStringLiteral("due_at"), time(t.dueAt) },
             { QStringLiteral("assignee_id"), t.assigneeId },
             { QStringLiteral("assignee_role"), t.assigneeRole ? Roles::key(*t.assigneeRole) : QString() },
             { QStringLiteral("assignee"), t.assigneeText() },
             { QStringLiteral("source"), Tasks::sourceKey(t.source) },
             { QStringLiteral("source_id"), t.sourceId },
             { QStringLiteral("done"), t.done() },
             { QStringLiteral("done_by"), t.doneBy },
             { QStringLiteral("done_at"), time(t.doneAt) },
             { QStringLiteral("overdue_minutes"), t.overdueSecs(now) / 60 } };
}

QJsonObject TriageJson::entry(const BoardEntry &e, const QDateTime &now)
{
    QJsonArray tasks;
    for (const Task &t : e.tasks)
        tasks << task(t, now);
    QJsonObject o { { QStringLiteral("citizen_id"), e.citizenId },
                    { QStringLiteral("citizen"), e.citizenName },
                    { QStringLiteral("contact_person"), e.contactPersonName },
                    { QStringLiteral("colour"), e.decision ? TriageColours::key(e.colour) : QString() },
                    { QStringLiteral("triaged"), e.decision.has_value() },
                    { QStringLiteral("new_reports"), e.newReports },
                    { QStringLiteral("waiting_suggestion"),
                      e.waitingSuggestion ? TriageColours::key(*e.waitingSuggestion) : QString() },
                    { QStringLiteral("tasks"), tasks },
                    { QStringLiteral("meeting_at"), time(e.meetingAt) },
                    { QStringLiteral("follow_up_due"), time(e.followUpDue) },
                    { QStringLiteral("followed_up_today"), e.followedUpToday },
                    { QStringLiteral("overdue_minutes"), e.overdueSecs / 60 } };
    if (e.decision)
        o.insert(QStringLiteral("decision"), decision(*e.decision));
    if (e.latestReport)
        o.insert(QStringLiteral("latest_report"), report(*e.latestReport));
    return o;
}

} // namespace Kvarter
