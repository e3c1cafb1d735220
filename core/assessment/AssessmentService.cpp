// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AssessmentService.h"

#include "AssessmentValidator.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"

#include <algorithm>

namespace Kvarter {

namespace {

// Two laptops may correct the same assessment while apart: both corrections arrive everywhere. The one
// made last (then the larger id) is in force, the same on every laptop; the other counts as superseded
// by it. This condition, on `sibling` against `a`, says a sibling correction wins over a.
constexpr const char *SiblingWins =
    "WHERE a.supersedes_id IS NOT NULL AND sibling.supersedes_id = a.supersedes_id AND sibling.id != a.id "
    "AND (sibling.made_at > a.made_at OR (sibling.made_at = a.made_at AND sibling.id > a.id))";

QVariant optionalText(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }
QVariant optionalInt(const std::optional<int> &value) { return value ? QVariant(*value) : QVariant(); }

std::optional<int> optionalIntAt(const Statement &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<int>(q.integer(column));
}

} // namespace

QString AssessmentService::add(const Assessment &input)
{
    Access::require(m_actor, Right::Assess);
    const AssessmentValidator validator(m_terms);
    const Assessment a = validator.normalized(input);
    FieldErrors errors = validator.validate(a);
    if (!a.citizenId.isEmpty() && !m_store.rowExists("citizen", a.citizenId))
        errors << FieldError { QStringLiteral("citizen"), tr("The citizen of the assessment is not in the team's file.") };
    for (qsizetype i = 0; i < a.followUps.size(); ++i) {
        const QString &grant = a.followUps[i].grantId;
        if (grant.isEmpty() || !a.followUps[i].conditionCode.isEmpty())
            continue;
        const QString owner = m_store.db().textFor("SELECT citizen_id FROM care_grant WHERE id = ?", grant);
        if (owner != a.citizenId)
            errors << FieldError { AssessmentValidator::fieldKey("followUps", i, "subject"),
                                   tr("'%1' is not one of the citizen's grants.").arg(grant) };
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);

    const qint64 now = m_store.clock().now().toSecsSinceEpoch();
    qint64 assessedAt = now;
    if (!a.supersedesId.isEmpty()) {
        // A correction replaces the newest of a chain, of the same citizen, and describes its moment.
        const std::optional<Assessment> original = assessment(a.supersedesId);
        if (!original || original->citizenId != a.citizenId)
            throw Error(tr("The assessment to correct does not exist."));
        if (original->superseded())
            throw Error(
                tr("That assessment has already been corrected; correct the newest version (%1).").arg(original->supersededById));
        assessedAt = original->assessedAt.toSecsSinceEpoch();
    }
    const QString id = Id::create();
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("assessment", id,
                       { { "citizen_id", a.citizenId },
                         { "author_id", m_actor.employeeId() },
                         { "made_at", now },
                         { "assessed_at", assessedAt },
                         { "wishes", a.wishes },
                         { "overall", a.overall },
                         { "supersedes_id", optionalText(a.supersedesId) } });
        for (const AssessedCondition &c : a.conditions)
            m_store.insert("assessment_condition", Id::create(),
                           { { "assessment_id", id },
                             { "code", c.code },
                             { "level", optionalInt(c.level) },
                             { "nursing", optionalText(nursingKey(c.nursing)) },
                             { "performance", optionalText(c.performance) },
                             { "meaning", optionalText(c.meaning) },
                             { "goal_level", optionalInt(c.goalLevel) },
                             { "goal_type", optionalText(c.goalType) },
                             { "note", c.note } });
        for (const FollowUp &f : a.followUps)
            m_store.insert("assessment_followup", Id::create(),
                           { { "assessment_id", id },
                             { "condition_code", optionalText(f.conditionCode) },
                             { "grant_id", optionalText(f.grantId) },
                             { "outcome", f.outcome },
                             { "note", f.note } });
        // The draft became this assessment: it must not be offered again.
        m_store.db()
            .cached("DELETE FROM assessment_draft WHERE citizen_id = ? AND author_id = ?")
            .bind(1, a.citizenId)
            .bind(2, m_actor.employeeId())
            .run();
    });
    return id;
}

QString AssessmentService::correct(const QString &supersedesId, Assessment corrected)
{
    Access::require(m_actor, Right::Assess);
    const std::optional<Assessment> original = assessment(supersedesId);
    if (!original)
        throw Error(tr("The assessment to correct does not exist."));
    corrected.citizenId = original->citizenId;
    corrected.supersedesId = supersedesId;
    return add(corrected);
}

QList<Assessment> AssessmentService::assessments(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    return read("WHERE a.citizen_id = ?", citizenId);
}

std::optional<Assessment> AssessmentService::assessment(const QString &id)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QList<Assessment> found = read("WHERE a.id = ?", id);
    return found.isEmpty() ? std::nullopt : std::optional<Assessment>(found.first());
}

QList<LatestCondition> AssessmentService::latestConditions(const QString &citizenId)
{
    Access::require(m_actor, Right::ReadCitizen);
    QHash<QString, LatestCondition> latest;
    // Newest first: the first time a condition is seen is its latest assessment.
    for (const Assessment &a : read("WHERE a.citizen_id = ?", citizenId)) {
        if (a.superseded())
            continue;
        for (const AssessedCondition &c : a.conditions)
            if (!latest.contains(c.code))
                latest.insert(c.code, { c, a.assessedAt, a.id });
    }
    QList<LatestCondition> result = latest.values();
    std::sort(result.begin(), result.end(), [this](const LatestCondition &x, const LatestCondition &y) {
        return m_terms.orderOf(x.condition.code) < m_terms.orderOf(y.condition.code);
    });
    return result;
}

AreaHistory AssessmentService::areaHistory(const QString &citizenId, const QString &areaCode)
{
    Access::require(m_actor, Right::ReadCitizen);
    const std::optional<FsiiiTerms::Found> found = m_terms.find(areaCode);
    if (!found || found->condition)
        throw Error(tr("'%1' is not an FSIII area.").arg(areaCode));
    const FsiiiArea &area = *found->area;
    AreaHistory history { area.area.code, area.area.display, {}, {} };
    QHash<QString, QList<ConditionPoint>> points;
    QString lastAssessment;
    // Served by assessment_by_citizen, assessment_by_supersedes and condition_by_assessment. A
    // superseded assessment is replaced by its correction, which keeps the moment it describes.
    auto q = m_store.db().query(
        "SELECT a.id, a.assessed_at, c.code, c.level, coalesce(c.nursing, '') FROM assessment a "
        "JOIN assessment_condition c ON c.assessment_id = a.id "
        "WHERE a.citizen_id = ? AND NOT EXISTS (SELECT 1 FROM assessment later WHERE later.supersedes_id = a.id) "
        "AND NOT EXISTS (SELECT 1 FROM assessment sibling "
        + QByteArray(SiblingWins)
        + ") "
          "ORDER BY a.assessed_at, a.made_at, a.id");
    q->bind(1, citizenId);
    const QTimeZone zone = Clock::teamZone();
    while (q->next()) {
        const std::optional<FsiiiTerms::Found> condition = m_terms.find(q->text(2));
        if (!condition || condition->area != &area || !condition->condition)
            continue;
        const QString assessmentId = q->text(0);
        const QDateTime at = QDateTime::fromSecsSinceEpoch(q->int64(1), zone);
        if (assessmentId != lastAssessment) {
            history.assessedAt << at;
            lastAssessment = assessmentId;
        }
        points[condition->condition->code] << ConditionPoint { at, assessmentId, optionalIntAt(*q, 3),
                                                               nursingStateFromKey(q->text(4)) };
    }
    for (const FsiiiConcept &c : area.conditions)
        if (points.contains(c.code))
            history.conditions << ConditionHistory { c.code, c.display, points.value(c.code) };
    return history;
}

QList<Assessment> AssessmentService::read(const QByteArray &where, const QString &key)
{
    QList<Assessment> result;
    const QTimeZone zone = Clock::teamZone();
    {
        auto q = m_store.db().query("SELECT a.id, a.citizen_id, a.author_id, a.made_at, a.assessed_at, a.wishes, a.overall, "
                                    "coalesce(a.supersedes_id, ''), coalesce(e.name, ''), "
                                    "coalesce((SELECT later.id FROM assessment later WHERE later.supersedes_id = a.id "
                                    "          ORDER BY later.made_at DESC, later.id DESC LIMIT 1), "
                                    "         (SELECT sibling.id FROM assessment sibling "
                                    + QByteArray(SiblingWins)
                                    + " "
                                      "          ORDER BY sibling.made_at DESC, sibling.id DESC LIMIT 1), '') "
                                      "FROM assessment a LEFT JOIN employee e ON e.id = a.author_id "
                                    + where + " ORDER BY a.made_at DESC, a.id DESC");
        q->bind(1, key);
        while (q->next()) {
            Assessment a;
            a.id = q->text(0);
            a.citizenId = q->text(1);
            a.authorId = q->text(2);
            a.madeAt = QDateTime::fromSecsSinceEpoch(q->int64(3), zone);
            a.assessedAt = QDateTime::fromSecsSinceEpoch(q->int64(4), zone);
            a.wishes = q->text(5);
            a.overall = q->text(6);
            a.supersedesId = q->text(7);
            a.authorName = q->text(8);
            a.supersededById = q->text(9);
            result << a;
        }
    }
    for (Assessment &a : result) {
        auto q = m_store.db().query(
            "SELECT code, level, coalesce(nursing, ''), coalesce(performance, ''), coalesce(meaning, ''), goal_level, "
            "coalesce(goal_type, ''), note FROM assessment_condition WHERE assessment_id = ?");
        q->bind(1, a.id);
        while (q->next()) {
            const Statement &c = *q;
            // Rows synced from an older laptop may carry a legacy code: shown under the current one.
            const QString current = m_terms.conditionCode(c.text(0));
            a.conditions << AssessedCondition { current.isEmpty() ? c.text(0) : current,
                                                optionalIntAt(c, 1),
                                                nursingStateFromKey(c.text(2)),
                                                c.text(3),
                                                c.text(4),
                                                optionalIntAt(c, 5),
                                                c.text(6),
                                                c.text(7) };
        }
        std::sort(a.conditions.begin(), a.conditions.end(), [this](const AssessedCondition &x, const AssessedCondition &y) {
            return m_terms.orderOf(x.code) < m_terms.orderOf(y.code);
        });
        auto f = m_store.db().query("SELECT coalesce(condition_code, ''), coalesce(grant_id, ''), outcome, note "
                                    "FROM assessment_followup WHERE assessment_id = ? ORDER BY rowid");
        f->bind(1, a.id);
        while (f->next())
            a.followUps << FollowUp { f->text(0), f->text(1), f->text(2), f->text(3) };
    }
    return result;
}

} // namespace Kvarter
