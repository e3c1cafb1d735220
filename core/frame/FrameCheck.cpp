// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "FrameCheck.h"

#include "CourseLevels.h"
#include "catalogue/ServiceCatalogue.h"

namespace Kvarter {

QString FrameCheck::actionName(FrameAction action)
{
    switch (action) {
    case FrameAction::Grant: return tr("grant");
    case FrameAction::Increase: return tr("increase");
    case FrameAction::Reduce: return tr("reduce");
    case FrameAction::End: return tr("end");
    }
    return {};
}

const FrameRule *FrameCheck::ruleFor(const QList<FrameRule> &rules, Role role, const Service &service)
{
    const FrameRule *byGroup = nullptr;
    for (const FrameRule &rule : rules) {
        if (rule.role != role)
            continue;
        if (rule.serviceCode == service.code)
            return &rule;
        if (!byGroup && rule.serviceCode == service.groupCode)
            byGroup = &rule;
    }
    return byGroup;
}

FrameVerdict FrameCheck::check(const QList<FrameRule> &rules, const FrameQuestion &question)
{
    FrameVerdict verdict;
    if (!question.service) {
        verdict.explanation = tr("The service is not in the FSIII catalogue.");
        return verdict;
    }
    const Service &service = *question.service;
    const QString role = Roles::displayName(question.role).toLower();
    const FrameRule *rule = ruleFor(rules, question.role, service);
    if (!rule || !rule->active) {
        verdict.explanation = tr("No frame lets a %1 decide %2.").arg(role, service.name);
        return verdict;
    }
    verdict.ruleId = rule->id;
    verdict.maxWeeks = rule->maxWeeks;
    if (!rule->allows(question.action)) {
        verdict.explanation = tr("The frame does not let a %1 %2 %3.").arg(role, actionName(question.action), service.name);
        return verdict;
    }
    if (question.action != FrameAction::End) {
        if (rule->kind == Grant::Kind::MinutesPerWeek && question.amount > rule->maxMinutesPerWeek) {
            verdict.explanation = tr("%1 minutes per week is above the frame's %2 minutes per week for a %3.")
                                      .arg(question.amount)
                                      .arg(rule->maxMinutesPerWeek)
                                      .arg(role);
            return verdict;
        }
        if (rule->kind == Grant::Kind::Course && question.amount > rule->maxCourseLevel) {
            verdict.explanation =
                tr("%1 is above the frame's %2 for a %3.")
                    .arg(CourseLevels::displayName(question.amount), CourseLevels::displayName(rule->maxCourseLevel), role);
            return verdict;
        }
        if (rule->maxWeeks > 0 && question.weeks > rule->maxWeeks) {
            verdict.explanation = tr("The frame allows at most %1 weeks until the next follow-up.").arg(rule->maxWeeks);
            return verdict;
        }
    }
    verdict.inside = true;
    verdict.explanation = tr("Inside the frame for a %1.").arg(role);
    return verdict;
}

} // namespace Kvarter
