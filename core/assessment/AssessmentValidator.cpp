// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AssessmentValidator.h"

#include "FsiiiTerms.h"

#include <QSet>

namespace Kvarter {

namespace {

// A value-set entry in its current code when it is one, else as typed.
QString resolved(const FsiiiValueSet &set, const QString &input)
{
    const QString current = set.resolve(input.trimmed());
    return current.isEmpty() ? input.trimmed() : current;
}

} // namespace

QString AssessmentValidator::fieldKey(const char *list, qsizetype index, const char *field)
{
    return QStringLiteral("%1[%2].%3").arg(QLatin1String(list)).arg(index).arg(QLatin1String(field));
}

Assessment AssessmentValidator::normalized(Assessment assessment) const
{
    for (AssessedCondition &c : assessment.conditions) {
        if (const QString current = m_terms.conditionCode(c.code); !current.isEmpty())
            c.code = current;
        else
            c.code = c.code.trimmed();
        if (!c.performance.isEmpty())
            c.performance = resolved(m_terms.performance(), c.performance);
        if (!c.meaning.isEmpty())
            c.meaning = resolved(m_terms.meaning(), c.meaning);
        if (!c.goalType.isEmpty())
            c.goalType = resolved(m_terms.goalTypes(), c.goalType);
        c.note = c.note.trimmed();
    }
    for (FollowUp &f : assessment.followUps) {
        if (const QString current = m_terms.conditionCode(f.conditionCode); !current.isEmpty())
            f.conditionCode = current;
        f.outcome = resolved(m_terms.followUpOutcomes(), f.outcome);
        f.note = f.note.trimmed();
    }
    assessment.wishes = assessment.wishes.trimmed();
    assessment.overall = assessment.overall.trimmed();
    return assessment;
}

FieldErrors AssessmentValidator::validate(const Assessment &a) const
{
    FieldErrors errors;
    if (a.citizenId.isEmpty())
        errors << FieldError { QStringLiteral("citizen"), tr("Choose the citizen the assessment is about.") };
    // A follow-up alone says what happens next but not how the citizen is: it comes with an assessment.
    if (a.conditions.isEmpty() && a.wishes.isEmpty() && a.overall.isEmpty())
        errors << FieldError { QStringLiteral("content"),
                               tr("Assess at least one condition, or write the citizen's wishes or an overall assessment.") };
    if (a.wishes.size() > MaxTextLength)
        errors << FieldError { QStringLiteral("wishes"), tr("The wishes can be at most %1 characters.").arg(MaxTextLength) };
    if (a.overall.size() > MaxTextLength)
        errors << FieldError { QStringLiteral("overall"),
                               tr("The overall assessment can be at most %1 characters.").arg(MaxTextLength) };

    QSet<QString> seen;
    for (qsizetype i = 0; i < a.conditions.size(); ++i) {
        const AssessedCondition &c = a.conditions[i];
        if (seen.contains(c.code))
            errors << FieldError { fieldKey("conditions", i, "code"),
                                   tr("%1 is assessed twice; assess each condition once.").arg(m_terms.displayOf(c.code)) };
        seen.insert(c.code);
        validateCondition(c, fieldKey("conditions", i, ""), errors);
    }

    for (qsizetype i = 0; i < a.followUps.size(); ++i) {
        const FollowUp &f = a.followUps[i];
        if (f.conditionCode.isEmpty() == f.grantId.isEmpty())
            errors << FieldError { fieldKey("followUps", i, "subject"),
                                   tr("A follow-up is about one condition or one service.") };
        else if (!f.conditionCode.isEmpty() && m_terms.conditionCode(f.conditionCode).isEmpty())
            errors << FieldError { fieldKey("followUps", i, "subject"),
                                   tr("'%1' is not an FSIII condition.").arg(f.conditionCode) };
        if (m_terms.followUpOutcomes().resolve(f.outcome).isEmpty())
            errors << FieldError { fieldKey("followUps", i, "outcome"),
                                   tr("Choose the outcome: continues, changed within the frame, ends or back to the "
                                      "visitator.") };
        if (f.note.size() > MaxTextLength)
            errors << FieldError { fieldKey("followUps", i, "note"),
                                   tr("A note can be at most %1 characters.").arg(MaxTextLength) };
    }
    return errors;
}

void AssessmentValidator::validateCondition(const AssessedCondition &c, const QString &key, FieldErrors &errors) const
{
    const auto error = [&](const char *field, const QString &message) {
        errors << FieldError { key + QLatin1String(field), message };
    };
    const std::optional<FsiiiTerms::Found> found = m_terms.find(c.code);
    if (!found) {
        error("code", tr("'%1' is not an FSIII condition.").arg(c.code));
        return;
    }
    if (!found->condition) {
        error("code", tr("%1 is an area; assess one of its conditions.").arg(found->area->area.display));
        return;
    }
    const QString name = found->condition->display;
    if (found->group == ConditionGroup::HomeCare) {
        if (!c.level)
            error("level", tr("%1 needs a level: 0–4, or 9 when not relevant.").arg(name));
        else if (!FsiiiTerms::isLevel(*c.level))
            error("level", tr("%1: %2 is not a level; use 0–4, or 9 when not relevant.").arg(name).arg(*c.level));
        if (c.nursing != NursingState::None)
            error("nursing", tr("%1 is a function-ability condition: give a level, not problem or potential problem.").arg(name));
        if (!c.performance.isEmpty() && m_terms.performance().resolve(c.performance).isEmpty())
            error("performance", tr("'%1' is not a value of Udførelse.").arg(c.performance));
        if (!c.meaning.isEmpty() && m_terms.meaning().resolve(c.meaning).isEmpty())
            error("meaning", tr("'%1' is not a value of Betydning.").arg(c.meaning));
    } else {
        if (c.level)
            error("level", tr("%1 is a nursing condition: it has no level, only problem or potential problem.").arg(name));
        if (c.nursing == NursingState::None)
            error("nursing", tr("Mark %1 as a problem or a potential problem.").arg(name));
        if (!c.performance.isEmpty() || !c.meaning.isEmpty())
            error("performance", tr("The citizen's own view (Udførelse, Betydning) belongs to function-ability conditions."));
    }
    if (c.goalLevel && c.goalType.isEmpty() == false)
        error("goal", tr("Give the goal as an expected level or as a goal type, not both."));
    else if (c.goalLevel && (found->group == ConditionGroup::Nursing || !FsiiiTerms::isLevel(*c.goalLevel)))
        error("goal",
              found->group == ConditionGroup::Nursing
                  ? tr("A nursing condition's goal is a goal type, not a level.")
                  : tr("%1 is not a level; use 0–4, or 9 when not relevant.").arg(*c.goalLevel));
    else if (!c.goalType.isEmpty() && m_terms.goalTypes().resolve(c.goalType).isEmpty())
        error("goal", tr("'%1' is not a goal type: the condition disappears, lessens or stays.").arg(c.goalType));
    if (c.note.size() > MaxTextLength)
        error("note", tr("A note can be at most %1 characters.").arg(MaxTextLength));
}

} // namespace Kvarter
