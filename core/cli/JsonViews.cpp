// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "JsonViews.h"

#include "catalogue/ServiceCatalogue.h"
#include "citizen/Citizen.h"
#include "decision/Complaint.h"
#include "decision/Decision.h"
#include "frame/FrameRule.h"
#include "grant/Grant.h"
#include "team/Employee.h"
#include "visit/Visit.h"
#include "visit/VisitNote.h"

#include <QJsonArray>

namespace Kvarter::JsonViews {

QJsonObject citizen(const Citizen &c)
{
    return { { QStringLiteral("id"), c.id },
             { QStringLiteral("cpr"), c.cpr },
             { QStringLiteral("name"), c.name },
             { QStringLiteral("address"), c.address },
             { QStringLiteral("postcode"), c.postcode },
             { QStringLiteral("city"), c.city },
             { QStringLiteral("phone"), c.phone },
             { QStringLiteral("team_id"), c.teamId },
             { QStringLiteral("contact_person"), c.contactPersonName },
             { QStringLiteral("contact_person_id"), c.contactPersonId },
             { QStringLiteral("visitator"), c.visitatorName },
             { QStringLiteral("visitator_id"), c.visitatorId } };
}

QJsonObject relative(const Relative &r)
{
    return { { QStringLiteral("id"), r.id },
             { QStringLiteral("name"), r.name },
             { QStringLiteral("relation"), r.relation },
             { QStringLiteral("phone"), r.phone },
             { QStringLiteral("primary"), r.isPrimary },
             { QStringLiteral("may_be_informed"), r.mayInform } };
}

QJsonObject grant(const Grant &g)
{
    QJsonObject o {
        { QStringLiteral("id"), g.id },
        { QStringLiteral("service_code"), g.serviceCode },
        { QStringLiteral("service"), ServiceCatalogue::standard().nameOf(g.serviceCode) },
        { QStringLiteral("kind"), g.kind == Grant::Kind::Course ? QStringLiteral("course") : QStringLiteral("minutes") },
        { QStringLiteral("valid_from"), g.validFrom.toString(Qt::ISODate) },
        { QStringLiteral("valid_to"), g.validTo.isValid() ? QJsonValue(g.validTo.toString(Qt::ISODate)) : QJsonValue() }
    };
    if (g.kind == Grant::Kind::MinutesPerWeek)
        o.insert(QStringLiteral("minutes_per_week"), g.minutesPerWeek);
    return o;
}

QJsonObject visit(const Visit &v)
{
    return { { QStringLiteral("id"), v.id },
             { QStringLiteral("citizen_id"), v.citizenId },
             { QStringLiteral("citizen"), v.citizenName },
             { QStringLiteral("address"), v.citizenAddress },
             { QStringLiteral("employee_id"), v.employeeId },
             { QStringLiteral("employee"), v.employeeName },
             { QStringLiteral("start"), v.start.toString(Qt::ISODate) },
             { QStringLiteral("minutes"), v.minutes },
             { QStringLiteral("services"), QJsonArray::fromStringList(v.services) },
             { QStringLiteral("status"), VisitStatuses::key(v.status) } };
}

QJsonObject note(const VisitNote &n)
{
    return { { QStringLiteral("id"), n.id },
             { QStringLiteral("visit_id"), n.visitId },
             { QStringLiteral("author"), n.authorName },
             { QStringLiteral("written_at"), n.writtenAt.toString(Qt::ISODate) },
             { QStringLiteral("text"), n.text },
             { QStringLiteral("corrects_id"), n.correctsId },
             { QStringLiteral("corrected_by_id"), n.correctedById } };
}

QJsonObject employee(const Employee &e)
{
    return { { QStringLiteral("id"), e.id },
             { QStringLiteral("name"), e.name },
             { QStringLiteral("initials"), e.initials },
             { QStringLiteral("role"), Roles::key(e.role) },
             { QStringLiteral("phone"), e.phone } };
}

QJsonObject decision(const Decision &d)
{
    const auto date = [](const QDate &day) { return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(); };
    return { { QStringLiteral("id"), d.id },
             { QStringLiteral("case_number"), d.caseNumber },
             { QStringLiteral("citizen_id"), d.citizenId },
             { QStringLiteral("grant_id"), d.grantId },
             { QStringLiteral("assessment_id"), d.assessmentId },
             { QStringLiteral("outcome"), Decision::outcomeKey(d.outcome) },
             { QStringLiteral("change"), Decision::changeKey(d.change) },
             { QStringLiteral("action"), FrameRule::actionKey(d.action) },
             { QStringLiteral("service"), d.serviceCode },
             { QStringLiteral("kind"), d.kind == Grant::Kind::Course ? QStringLiteral("course") : QStringLiteral("minutes") },
             { QStringLiteral("amount"), d.amount },
             { QStringLiteral("previous_amount"), d.previousAmount },
             { QStringLiteral("requested_amount"), d.requestedAmount },
             { QStringLiteral("valid_from"), date(d.validFrom) },
             { QStringLiteral("follow_up"), date(d.followUp) },
             { QStringLiteral("frame_version"), d.frameRuleId },
             { QStringLiteral("frame_note"), d.frameNote },
             { QStringLiteral("escalated_to"), d.escalatedTo },
             { QStringLiteral("answers"), d.answersId },
             { QStringLiteral("answered_by"), d.answeredById },
             { QStringLiteral("corrects"), d.correctsId },
             { QStringLiteral("corrected_by"), d.correctedById },
             { QStringLiteral("base_decision"), d.baseDecisionId },
             { QStringLiteral("justification"), d.justification },
             { QStringLiteral("reason"), d.reason },
             { QStringLiteral("heard_at"), d.heardAt.isValid() ? QJsonValue(d.heardAt.toString(Qt::ISODate)) : QJsonValue() },
             { QStringLiteral("heard_how"), d.heardHow },
             { QStringLiteral("decided_by"), d.decidedBy },
             { QStringLiteral("decided_at"), d.decidedAt.toString(Qt::ISODate) },
             { QStringLiteral("letter_hash"), d.letterHash } };
}

QJsonObject frameRule(const FrameRule &r)
{
    const bool course = r.kind == Grant::Kind::Course;
    return { { QStringLiteral("id"), r.id },
             { QStringLiteral("team_id"), r.teamId },
             { QStringLiteral("role"), Roles::key(r.role) },
             { QStringLiteral("service"), r.serviceCode },
             { QStringLiteral("kind"), course ? QStringLiteral("course") : QStringLiteral("minutes") },
             { QStringLiteral("max"), course ? r.maxCourseLevel : r.maxMinutesPerWeek },
             { QStringLiteral("max_weeks"), r.maxWeeks },
             { QStringLiteral("actions"), FrameRule::actionsKey(r.actions) },
             { QStringLiteral("active"), r.active },
             { QStringLiteral("supersedes"), r.supersedesId },
             { QStringLiteral("edited_by"), r.editedBy },
             { QStringLiteral("edited_at"), r.editedAt.toString(Qt::ISODate) } };
}

QJsonObject complaint(const Complaint &c)
{
    return { { QStringLiteral("id"), c.id },
             { QStringLiteral("decision_id"), c.decisionId },
             { QStringLiteral("citizen_id"), c.citizenId },
             { QStringLiteral("received_on"), c.receivedOn.toString(Qt::ISODate) },
             { QStringLiteral("channel"), c.channel },
             { QStringLiteral("reassess_by"), c.reassessBy.toString(Qt::ISODate) },
             { QStringLiteral("outcome"), Complaint::outcomeKey(c.outcome) },
             { QStringLiteral("new_decision_id"), c.newDecisionId },
             { QStringLiteral("possibly_late"), c.possiblyLate },
             { QStringLiteral("corrects"), c.correctsId } };
}

} // namespace Kvarter::JsonViews
