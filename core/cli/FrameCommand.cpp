// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "FrameCommand.h"

#include "CliContext.h"
#include "JsonViews.h"
#include "catalogue/ServiceCatalogue.h"
#include "frame/CourseLevels.h"
#include "session/Session.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <algorithm>

namespace Kvarter {

namespace {
QString nameOf(Session &session, const QString &employeeId)
{
    const std::optional<Employee> e = session.team().employee(employeeId);
    return e ? e->name : employeeId;
}
} // namespace

void FrameCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({ QStringLiteral("team"), tr("The team (id or name; default: your own)."), tr("team") });
    parser.addOption(
        { QStringLiteral("set"), tr("Set a frame: --set ROLE SERVICE MAX (minutes per week, or a course level)."), tr("role") });
    parser.addOption({ QStringLiteral("weeks"), tr("With --set: the latest follow-up in weeks (0: no limit)."), tr("n"),
                       QStringLiteral("26") });
    parser.addOption({ QStringLiteral("actions"), tr("With --set: what may be done (grant,increase,reduce,end)."), tr("list"),
                       QStringLiteral("grant,increase,reduce,end") });
    parser.addOption({ QStringLiteral("withdraw"), tr("With --set ROLE SERVICE: withdraw the right instead.") });
    parser.addOption({ QStringLiteral("hours"), tr("Set the team's economic frame, hours per week."), tr("hours") });
    parser.addOption({ QStringLiteral("history"), tr("List every version of the team's frames, newest first.") });
    CliContext::addActorOption(parser);
}

int FrameCommand::run(CliContext &context)
{
    QCommandLineParser &parser = context.parser();
    Session &session = context.session();
    QString teamId = session.teamId();
    if (const QString key = parser.value(QStringLiteral("team")); !key.isEmpty()) {
        teamId.clear();
        for (const Team &t : session.team().teams())
            if (t.id == key || t.name.compare(key, Qt::CaseInsensitive) == 0)
                teamId = t.id;
        if (teamId.isEmpty())
            return context.fail(tr("no team with id or name '%1'.").arg(key), 4);
    }
    FrameService frames = session.frames();
    QString written;
    if (parser.isSet(QStringLiteral("set"))) {
        const QStringList rest = parser.positionalArguments().mid(1);
        const std::optional<Role> role = Roles::fromKey(parser.value(QStringLiteral("set")));
        if (!role)
            return context.fail(
                tr("'%1' is not a role (nurse, sosu-assistant, therapist, planner, …).").arg(parser.value(QStringLiteral("set"))),
                2);
        const bool withdraw = parser.isSet(QStringLiteral("withdraw"));
        if (rest.size() != (withdraw ? 1 : 2))
            return context.fail(withdraw ? tr("give --set ROLE SERVICE --withdraw.") : tr("give --set ROLE SERVICE MAX."), 2);
        FrameRule rule;
        rule.teamId = teamId;
        rule.role = *role;
        rule.serviceCode = rest.at(0);
        rule.active = !withdraw;
        bool ok = true;
        if (!withdraw) {
            rule.maxMinutesPerWeek = rule.maxCourseLevel = rest.at(1).toInt(&ok);
            if (!ok)
                return context.fail(tr("'%1' is not a number.").arg(rest.at(1)), 2);
        }
        rule.maxWeeks = parser.value(QStringLiteral("weeks")).toInt(&ok);
        if (!ok)
            return context.fail(tr("'%1' is not a number of weeks.").arg(parser.value(QStringLiteral("weeks"))), 2);
        rule.actions = FrameRule::actionsFromKey(parser.value(QStringLiteral("actions")));
        written = frames.setRule(rule);
    }
    if (parser.isSet(QStringLiteral("hours"))) {
        bool ok = false;
        const double hours = parser.value(QStringLiteral("hours")).toDouble(&ok);
        if (!ok)
            return context.fail(tr("'%1' is not a number of hours.").arg(parser.value(QStringLiteral("hours"))), 2);
        session.economicFrame().setHoursPerWeek(teamId, hours);
    }

    const bool history = parser.isSet(QStringLiteral("history"));
    const QList<FrameRule> rules = history ? frames.history(teamId) : frames.currentRules(teamId);
    const EconomicFrame economy = session.economicFrame().figure(teamId, context.clock().today());
    QJsonArray items;
    QStringList lines;
    qsizetype roleWidth = 0, codeWidth = 0;
    for (const FrameRule &r : rules) {
        roleWidth = std::max(roleWidth, Roles::displayName(r.role).size());
        codeWidth = std::max(codeWidth, r.serviceCode.size());
    }
    for (const FrameRule &r : rules) {
        items << JsonViews::frameRule(r);
        const QString max = !r.active       ? tr("withdrawn")
            : r.kind == Grant::Kind::Course ? tr("up to %1").arg(CourseLevels::displayName(r.maxCourseLevel))
                                            : tr("up to %1 min/week").arg(r.maxMinutesPerWeek);
        const QString weeks = r.maxWeeks > 0 ? tr(", follow-up within %1 weeks").arg(r.maxWeeks) : QString();
        QString line = QStringLiteral("  %1  %2  %3%4  [%5]  %6")
                           .arg(Roles::displayName(r.role), -int(roleWidth))
                           .arg(r.serviceCode, -int(codeWidth))
                           .arg(max, weeks, FrameRule::actionsKey(r.actions), r.id.left(8));
        if (history)
            line += tr("  %1 by %2").arg(r.editedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), nameOf(session, r.editedBy));
        lines << line;
    }
    if (lines.isEmpty())
        lines << tr("  No frames: every proposal goes to the visitator.");
    lines.prepend(history ? tr("Every version of the delegated frames, newest first:") : tr("Delegated frames:"));
    lines << (economy.isSet() ? tr("Economic frame: %1 of %2 hours per week used (%3 grants).")
                                    .arg(economy.usedHoursPerWeek, 0, 'f', 1)
                                    .arg(economy.frameHoursPerWeek, 0, 'f', 1)
                                    .arg(economy.grants)
                              : tr("Economic frame: not set; the team's grants use %1 hours per week.")
                                    .arg(economy.usedHoursPerWeek, 0, 'f', 1));
    if (!written.isEmpty())
        lines.prepend(tr("Frame version %1 written.").arg(written));
    const QJsonObject result { { QStringLiteral("team_id"), teamId },
                               { QStringLiteral("written"), written },
                               { QStringLiteral("frames"), items },
                               { QStringLiteral("economic_frame"),
                                 QJsonObject { { QStringLiteral("version"), economy.versionId },
                                               { QStringLiteral("frame_hours_per_week"), economy.frameHoursPerWeek },
                                               { QStringLiteral("used_hours_per_week"), economy.usedHoursPerWeek },
                                               { QStringLiteral("grants"), economy.grants } } } };
    context.emitResult(result, lines.join(QLatin1Char('\n')));
    return 0;
}

} // namespace Kvarter
