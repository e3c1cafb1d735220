// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "MeetingCommands.h"

#include "CliContext.h"
#include "citizen/Cpr.h"
#include "common/DisplayTime.h"
#include "pdf/AgendaPdf.h"
#include "session/Session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kvarter {

namespace {

std::optional<QDate> readDate(CliContext &context, int &code)
{
    const QString text = context.parser().value(QStringLiteral("date"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        code = context.fail(
            QCoreApplication::translate("Kvarter::AgendaCommand", "give the meeting's date with --date YYYY-MM-DD."), 2);
        return std::nullopt;
    }
    return date;
}

} // namespace

void AgendaCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("date"), tr("The meeting's date (YYYY-MM-DD)."), tr("date") });
    parser.addOption({ QStringLiteral("pdf"), tr("Write the agenda to this PDF file."), tr("file") });
    CliContext::addActorOption(parser);
}

int AgendaCommand::run(CliContext &context)
{
    int code = 0;
    const std::optional<QDate> date = readDate(context, code);
    if (!date)
        return code;
    const Agenda agenda = context.session().meetings().agenda(*date);
    QStringList shown;
    for (const AgendaItem &i : agenda.items)
        shown << i.citizenId;
    const QString pdf = context.parser().value(QStringLiteral("pdf"));
    context.recordOpenings(shown, pdf.isEmpty() ? AccessPart::Triage : AccessPart::BoardPrinted);
    if (!pdf.isEmpty()) {
        AgendaPdf::document(agenda).writePdf(pdf);
        context.emitResult(
            QJsonObject { { QStringLiteral("pdf"), pdf }, { QStringLiteral("citizens"), int(agenda.items.size()) } },
            tr("Agenda with %n citizen(s) written to %1.", nullptr, int(agenda.items.size())).arg(pdf));
        return 0;
    }
    QJsonArray array;
    QStringList lines { tr("Team meeting %1, %2:").arg(agenda.teamName, DisplayTime::date(agenda.date)) };
    for (const AgendaItem &i : agenda.items) {
        QJsonArray reasons;
        lines << QStringLiteral("%1  %2").arg(i.citizenName, Cpr::formatted(i.cpr));
        for (const AgendaReasonLine &r : i.reasons) {
            reasons << QJsonObject { { QStringLiteral("reason"), AgendaReasons::key(r.reason) },
                                     { QStringLiteral("why"), r.why } };
            lines << QStringLiteral("    %1: %2").arg(AgendaReasons::name(r.reason), r.why);
        }
        array << QJsonObject { { QStringLiteral("citizen_id"), i.citizenId },
                               { QStringLiteral("name"), i.citizenName },
                               { QStringLiteral("cpr"), i.cpr },
                               { QStringLiteral("reasons"), reasons } };
    }
    if (agenda.items.isEmpty())
        lines << tr("  Nothing on the agenda.");
    context.emitResult(array, lines.join(QLatin1Char('\n')));
    return 0;
}

void MinutesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("date"), tr("The meeting's date (YYYY-MM-DD)."), tr("date") });
    parser.addOption({ QStringLiteral("item"), tr("The citizen the item is about (CPR number or id)."), tr("citizen") });
    parser.addOption({ QStringLiteral("decision"), tr("What the meeting decided."), tr("text") });
    parser.addOption({ QStringLiteral("task"), tr("What is to be done (becomes a follow-up task)."), tr("text") });
    parser.addOption({ QStringLiteral("assignee"), tr("Who does it (employee id or initials)."), tr("employee") });
    parser.addOption({ QStringLiteral("role"), tr("Or everyone of a role (nurse, sosu-assistant, …)."), tr("role") });
    parser.addOption({ QStringLiteral("due"), tr("By when (YYYY-MM-DDTHH:MM, the team's time)."), tr("time") });
    parser.addOption({ QStringLiteral("with"), tr("Who took part, comma-separated (ids or initials)."), tr("employees") });
    CliContext::addActorOption(parser);
}

int MinutesCommand::run(CliContext &context)
{
    int code = 0;
    const std::optional<QDate> date = readDate(context, code);
    if (!date)
        return code;
    const QCommandLineParser &p = context.parser();
    MeetingService meetings = context.session().meetings();
    if (p.isSet(QStringLiteral("with"))) {
        QStringList ids;
        for (const QString &key : p.value(QStringLiteral("with")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<Employee> e = context.employee(key.trimmed());
            if (!e)
                return context.fail(tr("no employee with id or initials '%1'.").arg(key), 4);
            ids << e->id;
        }
        meetings.recordMeeting(*date, ids);
    }
    if (p.isSet(QStringLiteral("item"))) {
        const std::optional<Citizen> citizen = context.citizen(p.value(QStringLiteral("item")));
        if (!citizen)
            return context.fail(tr("no citizen with CPR number or id '%1'.").arg(p.value(QStringLiteral("item"))), 4);
        MinutesEntry entry { citizen->id, p.value(QStringLiteral("decision")), {} };
        if (p.isSet(QStringLiteral("task"))) {
            MinutesAction action;
            action.text = p.value(QStringLiteral("task"));
            if (const QString who = p.value(QStringLiteral("assignee")); !who.isEmpty()) {
                const std::optional<Employee> e = context.employee(who);
                if (!e)
                    return context.fail(tr("no employee with id or initials '%1'.").arg(who), 4);
                action.assigneeId = e->id;
            } else if (const QString role = p.value(QStringLiteral("role")); !role.isEmpty()) {
                action.assigneeRole = Roles::fromKey(role);
                if (!action.assigneeRole)
                    return context.fail(tr("--role '%1' is not a role.").arg(role), 2);
            }
            if (p.isSet(QStringLiteral("due"))) {
                const std::optional<QDateTime> due = CliContext::parseTime(p.value(QStringLiteral("due")));
                if (!due)
                    return context.fail(tr("--due needs a date and time, as 2026-11-25T12:00."), 2);
                action.dueAt = *due;
            }
            entry.action = action;
        }
        const MinutesItem item = meetings.addItem(*date, entry);
        context.emitResult(QJsonObject { { QStringLiteral("id"), item.id }, { QStringLiteral("task_id"), item.taskId } },
                           item.taskId.isEmpty() ? tr("Minutes item %1 written.").arg(item.id)
                                                 : tr("Minutes item %1 written; follow-up task %2.").arg(item.id, item.taskId));
        return 0;
    }
    const Minutes minutes = meetings.minutes(*date);
    QStringList shown;
    QJsonArray items;
    QStringList lines { tr("Minutes of the team meeting %1").arg(DisplayTime::date(minutes.date)),
                        tr("Took part: %1")
                            .arg(minutes.participantNames.isEmpty() ? tr("nobody recorded")
                                                                    : minutes.participantNames.join(QStringLiteral(", "))) };
    for (const MinutesItem &i : minutes.items) {
        if (!shown.contains(i.citizenId))
            shown << i.citizenId;
        items << QJsonObject { { QStringLiteral("id"), i.id },          { QStringLiteral("citizen_id"), i.citizenId },
                               { QStringLiteral("cpr"), i.cpr },        { QStringLiteral("decision"), i.decision },
                               { QStringLiteral("task_id"), i.taskId }, { QStringLiteral("written_by"), i.writtenBy } };
        lines << QStringLiteral("%1  %2: %3").arg(i.citizenName, Cpr::formatted(i.cpr), i.decision);
    }
    context.recordOpenings(shown, AccessPart::Triage);
    context.emitResult(QJsonObject { { QStringLiteral("date"), minutes.date.toString(Qt::ISODate) },
                                     { QStringLiteral("participants"), QJsonArray::fromStringList(minutes.participantIds) },
                                     { QStringLiteral("items"), items } },
                       lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace Kvarter
