// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DecisionService.h"

#include "DecisionRules.h"
#include "access/Access.h"
#include "catalogue/ServiceCatalogue.h"
#include "citizen/CitizenService.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "frame/CourseLevels.h"
#include "frame/EconomicFrameService.h"
#include "frame/FrameService.h"
#include "grant/GrantService.h"
#include "store/Store.h"
#include "team/TeamService.h"

#include <algorithm>

namespace Kvarter {

namespace {
constexpr int MinutesInWeek = 7 * 24 * 60;
constexpr int FollowUpWeeksWithoutLimit = 26;

int amountOf(const Grant &g) { return g.kind == Grant::Kind::Course ? g.courseLevel : g.minutesPerWeek; }

// Case numbers are made on the laptop, offline, so they come from the record's id, not a counter.
QString caseNumberFor(const QString &id, const QDate &day)
{
    return QStringLiteral("KV-%1-%2").arg(day.year()).arg(id.left(8).toUpper());
}

FrameAction actionFor(Decision::Change change, int previous, int amount)
{
    if (change == Decision::Change::New)
        return FrameAction::Grant;
    if (change == Decision::Change::End)
        return FrameAction::End;
    return amount < previous ? FrameAction::Reduce : FrameAction::Increase;
}

// The decisions that are not corrected, with the sync order of the record each one started from:
// a correction keeps the place of what it corrects, so correcting a justification never makes an
// older amount win over a decision made meanwhile on another laptop.
struct Ranked
{
    Decision decision;
    std::pair<quint64, QString> order;
    QString rootBase; // what the first record of the chain was made on
};
QList<Ranked> uncorrectedInRootOrder(const QList<Decision> &all)
{
    QHash<QString, const Decision *> byId;
    for (const Decision &d : all)
        byId.insert(d.id, &d);
    QList<Ranked> result;
    for (const Decision &d : all) {
        if (!d.correctedById.isEmpty())
            continue;
        const Decision *root = &d;
        while (!root->correctsId.isEmpty() && byId.contains(root->correctsId))
            root = byId.value(root->correctsId);
        result << Ranked { d, { root->syncOrder, root->syncDevice }, root->baseDecisionId };
    }
    std::sort(result.begin(), result.end(), [](const Ranked &a, const Ranked &b) { return a.order < b.order; });
    return result;
}
} // namespace

Citizen DecisionService::citizenOf(const QString &citizenId)
{
    const std::optional<Citizen> citizen = CitizenService(m_store, m_actor).citizen(citizenId);
    if (!citizen)
        throw Error(tr("The citizen does not exist."));
    return *citizen;
}

Decision DecisionService::draft(const Proposal &p, const Citizen &citizen, std::optional<Grant> &current)
{
    FieldErrors errors;
    const Service *service = m_catalogue.find(p.serviceCode);
    if (!service)
        throw ValidationError({ FieldError { QStringLiteral("service"), tr("Choose a service from the FSIII catalogue.") } });
    const Grant::Kind kind = service->holisticCourse ? Grant::Kind::Course : Grant::Kind::MinutesPerWeek;
    const QDate from = p.validFrom.isValid() ? p.validFrom : m_store.clock().today();

    GrantService grants(m_store, m_catalogue, m_actor);
    if (!p.grantId.isEmpty()) {
        current = grants.grant(p.grantId);
        if (!current || current->citizenId != citizen.id)
            throw ValidationError({ FieldError { QStringLiteral("grant"), tr("The grant is not one of this citizen's.") } });
    } else {
        for (const Grant &g : grants.grantsFor(citizen.id))
            if (g.serviceCode == p.serviceCode && (g.isActiveOn(from) || g.validFrom > from))
                current = g;
    }

    const int amount = p.end ? 0 : (kind == Grant::Kind::Course ? p.courseLevel : p.minutesPerWeek);
    if (!p.end) {
        if (kind == Grant::Kind::Course && !CourseLevels::isValid(amount))
            errors << FieldError { QStringLiteral("level"),
                                   tr("%1 is granted as a course under Ældreloven: choose a course level between 1 and %2.")
                                       .arg(service->name)
                                       .arg(CourseLevels::highest()) };
        if (kind == Grant::Kind::MinutesPerWeek && (amount <= 0 || amount > MinutesInWeek))
            errors << FieldError {
                QStringLiteral("minutes"),
                tr("%1 is granted in minutes per week: between 1 and %2.").arg(service->name).arg(MinutesInWeek)
            };
    }
    if (p.end && !current)
        errors << FieldError { QStringLiteral("grant"), tr("The citizen has no grant of %1 to end.").arg(service->name) };
    if (!p.end && current && amountOf(*current) == amount)
        errors << FieldError { QStringLiteral("minutes"), tr("The citizen has this already; nothing would change.") };
    if (!errors.isEmpty())
        throw ValidationError(errors);

    Decision d;
    d.citizenId = citizen.id;
    d.teamId = citizen.teamId;
    d.grantId = current ? current->id : Id::create();
    d.assessmentId = p.assessmentId.trimmed();
    d.change = p.end ? Decision::Change::End : current ? Decision::Change::Change : Decision::Change::New;
    d.serviceCode = service->code;
    d.kind = kind;
    d.amount = amount;
    d.previousAmount = current ? amountOf(*current) : 0;
    d.action = actionFor(d.change, d.previousAmount, amount);
    d.citizenAgrees = p.citizenAgrees;
    if (d.action == FrameAction::End || d.action == FrameAction::Reduce)
        d.requestedAmount = p.citizenAgrees ? amount : std::max(p.requestedAmount, d.previousAmount);
    else
        d.requestedAmount = p.requestedAmount >= 0 ? p.requestedAmount : amount;
    d.validFrom = from;
    d.followUp = p.followUp;
    d.application = p.application.trimmed();
    d.justification = p.justification.trimmed();
    d.reason = p.reason.trimmed();
    d.heardAt = p.heardAt;
    d.heardHow = p.heardHow.trimmed();
    return d;
}

DecisionPreview DecisionService::preview(const Proposal &proposal)
{
    Access::require(m_actor, Right::DecideWithinFrame);
    const Citizen citizen = citizenOf(proposal.citizenId);
    DecisionPreview preview;
    preview.decision = draft(proposal, citizen, preview.current);
    Decision &d = preview.decision;
    preview.byAuthority = Access::allows(m_actor.role(), Right::DecideEscalation);
    if (preview.byAuthority) {
        preview.verdict.inside = true;
        preview.verdict.explanation = tr("Decided by the visitation authority.");
    } else {
        FrameQuestion question { m_actor.role(), m_catalogue.find(d.serviceCode), d.action, d.amount, 0 };
        if (d.followUp.isValid())
            question.weeks = int((d.validFrom.daysTo(d.followUp) + 6) / 7);
        preview.verdict = FrameCheck::check(FrameService(m_store, m_catalogue, m_actor).currentRules(citizen.teamId), question);
        d.frameRuleId = preview.verdict.ruleId;
    }
    if (!d.followUp.isValid() && d.action != FrameAction::End)
        d.followUp =
            d.validFrom.addDays(7 * (preview.verdict.maxWeeks > 0 ? preview.verdict.maxWeeks : FollowUpWeeksWithoutLimit));
    d.frameNote = preview.verdict.explanation;
    d.outcome = preview.verdict.inside ? Decision::Outcome::Decided : Decision::Outcome::Escalated;
    if (d.outcome == Decision::Outcome::Escalated)
        d.escalatedTo = citizen.visitatorId;
    preview.effectHoursPerWeek = EconomicFrameService::effectOf(preview.current, d.kind, d.amount, d.action == FrameAction::End);
    return preview;
}

Decision DecisionService::propose(const Proposal &proposal)
{
    DecisionPreview preview = this->preview(proposal);
    Decision &d = preview.decision;
    FieldErrors errors = DecisionRules::validate(d, m_store.clock().now());
    if (d.outcome == Decision::Outcome::Escalated && d.escalatedTo.isEmpty())
        errors << FieldError { QStringLiteral("visitator"),
                               tr("The proposal is outside your frame, and the citizen has no fixed visitator to send it to: "
                                  "ask the planner to name one.") };
    if (!errors.isEmpty())
        throw ValidationError(errors);
    write(d, citizenOf(d.citizenId), preview.current);
    return d;
}

Decision DecisionService::decideEscalation(const QString &escalationId, const EscalationAnswer &answer)
{
    Access::require(m_actor, Right::DecideEscalation);
    const std::optional<Decision> escalation = decision(escalationId);
    if (!escalation || escalation->outcome != Decision::Outcome::Escalated)
        throw Error(tr("There is no escalation with id %1.").arg(escalationId));
    if (!escalation->answeredById.isEmpty())
        throw Error(tr("This escalation has been decided already (decision %1).").arg(escalation->answeredById));
    if (!escalation->correctedById.isEmpty())
        throw Error(tr("This escalation was corrected; decide the correction %1 instead.").arg(escalation->correctedById));
    const Citizen citizen = citizenOf(escalation->citizenId);
    std::optional<Grant> current;
    if (escalation->change != Decision::Change::New)
        current = GrantService(m_store, m_catalogue, m_actor).grant(escalation->grantId);

    Decision d = *escalation;
    d.id.clear();
    d.answersId = escalation->id;
    d.escalatedTo.clear();
    d.frameRuleId.clear();
    d.frameNote = tr("Decided by the visitator on a proposal outside the team's frame.");
    d.outcome = answer.kind == EscalationAnswer::Kind::Refused ? Decision::Outcome::Refused : Decision::Outcome::Decided;
    d.previousAmount = current ? amountOf(*current) : 0;
    if (answer.kind == EscalationAnswer::Kind::Changed) {
        const bool valid = d.kind == Grant::Kind::Course ? CourseLevels::isValid(answer.amount)
                                                         : answer.amount > 0 && answer.amount <= MinutesInWeek;
        if (!valid)
            throw ValidationError({ FieldError { QStringLiteral("amount"), tr("Give the amount to grant.") } });
        d.amount = answer.amount;
    }
    if (d.change != Decision::Change::End)
        d.action = actionFor(d.change, d.previousAmount, d.amount);
    if (d.validFrom < m_store.clock().today())
        d.validFrom = m_store.clock().today(); // the escalation waited: nothing starts in the past
    if (answer.followUp.isValid())
        d.followUp = answer.followUp;
    d.justification = answer.justification.trimmed();
    if (!answer.reason.trimmed().isEmpty())
        d.reason = answer.reason.trimmed();
    d.heardAt = answer.heardAt;
    d.heardHow = answer.heardHow.trimmed();
    if (const FieldErrors errors = DecisionRules::validate(d, m_store.clock().now()); !errors.isEmpty())
        throw ValidationError(errors);
    write(d, citizen, current);
    return d;
}

Decision DecisionService::correct(const QString &decisionId, const QString &justification, const QString &reason)
{
    Access::require(m_actor, Right::DecideWithinFrame);
    const std::optional<Decision> old = decision(decisionId);
    if (!old)
        throw Error(tr("There is no decision with id %1.").arg(decisionId));
    if (!old->correctedById.isEmpty())
        throw Error(tr("This decision has been corrected already; correct the newest record, %1.").arg(old->correctedById));
    Decision d = *old;
    d.id.clear();
    d.correctsId = old->id;
    d.baseDecisionId = old->id;
    if (!justification.trimmed().isEmpty())
        d.justification = justification.trimmed();
    if (!reason.trimmed().isEmpty())
        d.reason = reason.trimmed();
    if (const FieldErrors errors = DecisionRules::validate(d, m_store.clock().now()); !errors.isEmpty())
        throw ValidationError(errors);
    // The amount is what the corrected record decided and the grant already holds it: a
    // correction of words must not write the grant again (it would outrank decisions made since).
    write(d, citizenOf(d.citizenId), std::nullopt);
    return d;
}

LetterFacts DecisionService::factsFor(const Decision &d, const Citizen &citizen)
{
    TeamService team(m_store);
    LetterFacts f;
    f.citizenName = citizen.name;
    f.address = citizen.address;
    f.postcodeAndCity = QStringList { citizen.postcode, citizen.city }.join(QLatin1Char(' ')).trimmed();
    for (const Team &t : team.teams())
        if (t.id == citizen.teamId) {
            f.teamName = t.name;
            f.municipality = t.municipality;
        }
    if (const std::optional<Employee> me = team.employee(m_actor.employeeId())) {
        f.responsibleName = me->name;
        f.responsibleRole = Roles::displayName(me->role);
    }
    if (const std::optional<Employee> visitator = team.employee(citizen.visitatorId)) {
        f.visitatorName = visitator->name;
        f.visitatorPhone = visitator->phone;
    }
    if (const Service *s = m_catalogue.find(d.serviceCode)) {
        f.serviceName = s->name;
        f.serviceGroupCode = s->groupCode;
        f.serviceGroupName = s->groupName;
        f.course = s->holisticCourse;
        f.nursing = s->nursing;
    }
    return f;
}

void DecisionService::write(Decision &d, const Citizen &citizen, const std::optional<Grant> &current)
{
    d.id = Id::create();
    d.decidedBy = m_actor.employeeId();
    d.decidedAt = m_store.clock().now();
    if (d.caseNumber.isEmpty())
        d.caseNumber = caseNumberFor(d.id, d.decidedAt.toTimeZone(Clock::teamZone()).date());
    if (d.correctsId.isEmpty()) {
        const std::optional<Decision> before = inForce(d.grantId);
        d.baseDecisionId = before ? before->id : QString();
    }
    if (d.outcome != Decision::Outcome::Escalated) {
        d.letterFacts = factsFor(d, citizen).toJson();
        d.letterHash = DecisionLetter::compose(d, LetterFacts::fromJson(d.letterFacts)).hash();
    }
    const auto optional = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    const bool minutes = d.kind == Grant::Kind::MinutesPerWeek;
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("decision", d.id,
                       { { "case_number", d.caseNumber },
                         { "citizen_id", d.citizenId },
                         { "team_id", d.teamId },
                         { "grant_id", d.grantId },
                         { "assessment_id", optional(d.assessmentId) },
                         { "change", Decision::changeKey(d.change) },
                         { "action", FrameRule::actionKey(d.action) },
                         { "service_code", d.serviceCode },
                         { "kind", minutes ? QStringLiteral("minutes") : QStringLiteral("course") },
                         { "minutes_per_week", minutes ? QVariant(d.amount) : QVariant() },
                         { "course_level", minutes ? QVariant() : QVariant(d.amount) },
                         { "previous_minutes", minutes ? QVariant(d.previousAmount) : QVariant() },
                         { "previous_level", minutes ? QVariant() : QVariant(d.previousAmount) },
                         { "requested_minutes", minutes ? QVariant(d.requestedAmount) : QVariant() },
                         { "requested_level", minutes ? QVariant() : QVariant(d.requestedAmount) },
                         { "citizen_agrees", d.citizenAgrees ? 1 : 0 },
                         { "valid_from", d.validFrom.toString(Qt::ISODate) },
                         { "follow_up", d.followUp.isValid() ? QVariant(d.followUp.toString(Qt::ISODate)) : QVariant() },
                         { "application", d.application },
                         { "outcome", Decision::outcomeKey(d.outcome) },
                         { "frame_rule_id", optional(d.frameRuleId) },
                         { "frame_note", d.frameNote },
                         { "escalated_to", optional(d.escalatedTo) },
                         { "answers_id", optional(d.answersId) },
                         { "base_decision_id", optional(d.baseDecisionId) },
                         { "corrects_id", optional(d.correctsId) },
                         { "justification", d.justification },
                         { "reason", d.reason },
                         { "heard_at", d.heardAt.isValid() ? QVariant(d.heardAt.toSecsSinceEpoch()) : QVariant() },
                         { "heard_how", optional(d.heardHow) },
                         { "decided_by", d.decidedBy },
                         { "decided_at", d.decidedAt.toSecsSinceEpoch() },
                         { "letter_facts", d.letterFacts.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(d.letterFacts)) },
                         { "letter_hash", optional(d.letterHash) } });
        if (d.outcome != Decision::Outcome::Decided || !d.correctsId.isEmpty())
            return;
        Grant grant;
        if (current) {
            grant = *current;
        } else {
            grant.id = d.grantId;
            grant.citizenId = d.citizenId;
            grant.serviceCode = d.serviceCode;
            grant.kind = d.kind;
            grant.validFrom = d.validFrom;
        }
        if (d.action == FrameAction::End)
            grant.validTo = d.validFrom; // for an end, the start of the change is the last day with help
        else if (minutes)
            grant.minutesPerWeek = d.amount;
        else
            grant.courseLevel = d.amount;
        GrantService(m_store, m_catalogue, m_actor).applyDecision(grant);
    });
}

QList<EscalationItem> DecisionService::escalationQueue()
{
    Access::require(m_actor, Right::DecideEscalation);
    QList<EscalationItem> items;
    const QList<Decision> open = read("WHERE d.outcome = 'escalated' AND d.id <> ? "
                                      "AND NOT EXISTS (SELECT 1 FROM decision a WHERE a.answers_id = d.id) "
                                      "AND NOT EXISTS (SELECT 1 FROM decision c WHERE c.corrects_id = d.id)",
                                      QString());
    auto names = m_store.db().query("SELECT t.name, c.name FROM citizen c JOIN team t ON t.id = c.team_id WHERE c.id = ?");
    for (const Decision &d : open) {
        EscalationItem item { d, {}, {}, d.decidedByName };
        names->bind(1, d.citizenId);
        if (names->next()) {
            item.teamName = names->text(0);
            item.citizenName = names->text(1);
        }
        names->reset();
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](const EscalationItem &a, const EscalationItem &b) {
        if (a.teamName != b.teamName)
            return a.teamName.localeAwareCompare(b.teamName) < 0;
        return a.escalation.decidedAt < b.escalation.decidedAt;
    });
    return items;
}

std::optional<Decision> DecisionService::decision(const QString &id)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QList<Decision> found = read("WHERE d.id = ?", id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Decision> DecisionService::decisionsFor(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    return read("WHERE d.citizen_id = ?", citizenId);
}

std::optional<Decision> DecisionService::inForce(const QString &grantId)
{
    Access::require(m_actor, Right::ReadCitizen);
    QList<Decision> decided;
    for (const Decision &d : read("WHERE d.grant_id = ?", grantId))
        if (d.outcome == Decision::Outcome::Decided)
            decided << d;
    const QList<Ranked> ranked = uncorrectedInRootOrder(decided);
    if (ranked.isEmpty())
        return std::nullopt;
    return ranked.last().decision;
}

QList<QList<Decision>> DecisionService::concurrentDecisions()
{
    Access::require(m_actor, Right::ReadCitizen);
    QList<QList<Decision>> groups;
    // Refusals change no grant, so only decided records can have been made apart on one.
    QList<std::pair<QString, QString>> keys;
    {
        auto q = m_store.db().query("SELECT grant_id, coalesce(base_decision_id, '') FROM decision "
                                    "WHERE outcome = 'decided' AND corrects_id IS NULL "
                                    "GROUP BY grant_id, coalesce(base_decision_id, '') HAVING count(*) > 1 ORDER BY grant_id");
        while (q->next())
            keys << std::pair { q->text(0), q->text(1) };
    }
    for (const auto &[grantId, base] : keys) {
        QList<Decision> decided;
        for (const Decision &d : read("WHERE d.grant_id = ?", grantId))
            if (d.outcome == Decision::Outcome::Decided)
                decided << d;
        // Each member as it stands now: its newest correction, if it was corrected.
        QList<Decision> group;
        for (const Ranked &r : uncorrectedInRootOrder(decided))
            if (r.rootBase == base)
                group << r.decision;
        if (group.size() > 1)
            groups << group;
    }
    return groups;
}

DecisionLetter DecisionService::letter(const QString &decisionId)
{
    const std::optional<Decision> d = decision(decisionId);
    if (!d)
        throw Error(tr("There is no decision with id %1.").arg(decisionId));
    if (d->outcome == Decision::Outcome::Escalated)
        throw Error(tr("An escalation has no letter: the visitator's decision on it has."));
    return DecisionLetter::compose(*d, LetterFacts::fromJson(d->letterFacts));
}

QList<Decision> DecisionService::read(const QByteArray &where, const QString &key)
{
    auto q = m_store.db().query(
        "SELECT d.id, d.case_number, d.citizen_id, d.team_id, d.grant_id, coalesce(d.assessment_id, ''), d.change, d.action, "
        "d.service_code, d.kind, coalesce(d.minutes_per_week, d.course_level, 0), coalesce(d.previous_minutes, d.previous_level, "
        "0), "
        "coalesce(d.requested_minutes, d.requested_level, 0), d.citizen_agrees, d.valid_from, coalesce(d.follow_up, ''), "
        "d.application, d.outcome, coalesce(d.frame_rule_id, ''), d.frame_note, coalesce(d.escalated_to, ''), "
        "coalesce(d.answers_id, ''), coalesce(d.base_decision_id, ''), coalesce(d.corrects_id, ''), d.justification, d.reason, "
        "d.heard_at, coalesce(d.heard_how, ''), d.decided_by, d.decided_at, coalesce(d.letter_facts, ''), "
        "coalesce(d.letter_hash, ''), coalesce(d._lam, d._hlc), d._dev, coalesce(e.name, ''), "
        "coalesce((SELECT c.id FROM decision c WHERE c.corrects_id = d.id ORDER BY coalesce(c._lam, c._hlc) DESC LIMIT 1), ''), "
        "coalesce((SELECT a.id FROM decision a WHERE a.answers_id = d.id ORDER BY coalesce(a._lam, a._hlc) DESC LIMIT 1), '') "
        "FROM decision d LEFT JOIN employee e ON e.id = d.decided_by "
        + where + " ORDER BY d.decided_at, coalesce(d._lam, d._hlc), d._dev");
    if (where.contains('?'))
        q->bind(1, key);
    const QTimeZone zone = Clock::teamZone();
    QList<Decision> result;
    while (q->next()) {
        Decision d;
        d.id = q->text(0);
        d.caseNumber = q->text(1);
        d.citizenId = q->text(2);
        d.teamId = q->text(3);
        d.grantId = q->text(4);
        d.assessmentId = q->text(5);
        d.change = Decision::changeFromKey(q->text(6));
        const QString action = q->text(7);
        d.action = action == QLatin1String("increase") ? FrameAction::Increase
            : action == QLatin1String("reduce")        ? FrameAction::Reduce
            : action == QLatin1String("end")           ? FrameAction::End
                                                       : FrameAction::Grant;
        d.serviceCode = q->text(8);
        d.kind = q->text(9) == QLatin1String("course") ? Grant::Kind::Course : Grant::Kind::MinutesPerWeek;
        d.amount = q->integer(10);
        d.previousAmount = q->integer(11);
        d.requestedAmount = q->integer(12);
        d.citizenAgrees = q->integer(13) != 0;
        d.validFrom = QDate::fromString(q->text(14), Qt::ISODate);
        d.followUp = QDate::fromString(q->text(15), Qt::ISODate);
        d.application = q->text(16);
        d.outcome = Decision::outcomeFromKey(q->text(17));
        d.frameRuleId = q->text(18);
        d.frameNote = q->text(19);
        d.escalatedTo = q->text(20);
        d.answersId = q->text(21);
        d.baseDecisionId = q->text(22);
        d.correctsId = q->text(23);
        d.justification = q->text(24);
        d.reason = q->text(25);
        if (!q->isNull(26))
            d.heardAt = QDateTime::fromSecsSinceEpoch(q->int64(26), zone);
        d.heardHow = q->text(27);
        d.decidedBy = q->text(28);
        d.decidedAt = QDateTime::fromSecsSinceEpoch(q->int64(29), zone);
        d.letterFacts = q->text(30).toUtf8();
        d.letterHash = q->text(31);
        d.syncOrder = quint64(q->int64(32));
        d.syncDevice = q->text(33);
        d.decidedByName = q->text(34);
        d.correctedById = q->text(35);
        d.answeredById = q->text(36);
        result << d;
    }
    return result;
}

} // namespace Kvarter
