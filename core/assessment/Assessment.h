// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Kvarter {

/// A nursing condition is a problem now or a potential problem; it has no level.
enum class NursingState {
    None,
    Problem,
    Potential
};

/// The key a nursing state is stored and printed as ("problem", "potential"; empty for None).
inline QString nursingKey(NursingState state)
{
    switch (state) {
    case NursingState::Problem: return QStringLiteral("problem");
    case NursingState::Potential: return QStringLiteral("potential");
    case NursingState::None: break;
    }
    return {};
}

inline NursingState nursingStateFromKey(const QString &key)
{
    if (key == QLatin1String("problem"))
        return NursingState::Problem;
    if (key == QLatin1String("potential"))
        return NursingState::Potential;
    return NursingState::None;
}

/// One condition as assessed: a home-care condition with a level 0–4/9 and the citizen's own view,
/// or a nursing condition marked problem / potential problem. Codes are current FSIII codes
/// (FsiiiTerms); the service maps legacy ones when it saves.
struct AssessedCondition
{
    QString code;
    std::optional<int> level;                  // home care only: 0–4 or 9 (ikke relevant)
    NursingState nursing = NursingState::None; // nursing only
    QString performance;                       // Udførelse: udfører selv / dele af / ikke selv / ikke relevant
    QString meaning;                           // Betydning: oplever / oplever ikke begrænsninger
    std::optional<int> goalLevel;              // the level expected at follow-up, or
    QString goalType;                          // Måltype: forsvinder / mindskes / forbliver uændret
    QString note;
    bool operator==(const AssessedCondition &) const = default;
};

/// What a follow-up decided for one condition or one grant (service): Fortsættes, Ændres inden
/// for rammen, Afsluttes or Revisitation (the current code of the outcome).
struct FollowUp
{
    QString conditionCode; // either this
    QString grantId;       // or this
    QString outcome;
    QString note;
    bool operator==(const FollowUp &) const = default;
};

/// An FSIII assessment of a citizen. Append-only: a correction is a new assessment whose
/// `supersedesId` names the one it replaces; the old one stays readable, marked superseded.
struct Assessment
{
    QString id;
    QString citizenId;
    QString authorId;
    QDateTime madeAt;     // when it was written
    QDateTime assessedAt; // the moment it describes: madeAt, or for a correction the original's
    QString wishes;       // the citizen's own wishes and goals
    QString overall;      // the overall assessment (helhedsvurdering)
    QString supersedesId;
    QList<AssessedCondition> conditions;
    QList<FollowUp> followUps;

    // Filled on reads.
    QString authorName;
    QString supersededById; // set when a later assessment replaces this one
    bool superseded() const { return !supersededById.isEmpty(); }
};

/// One point of a condition's history: its level (or nursing state) in one assessment.
struct ConditionPoint
{
    QDateTime assessedAt;
    QString assessmentId;
    std::optional<int> level;
    NursingState nursing = NursingState::None;
};

/// A condition over time, oldest first, for a chart and a table.
struct ConditionHistory
{
    QString code;
    QString display;
    QList<ConditionPoint> points;
};

/// An area's conditions over the citizen's assessments (superseded ones left out), in FSIII order;
/// only the conditions ever assessed are listed.
struct AreaHistory
{
    QString areaCode;
    QString areaDisplay;
    QList<QDateTime> assessedAt; // every assessment that touched the area, oldest first
    QList<ConditionHistory> conditions;
};

} // namespace Kvarter
