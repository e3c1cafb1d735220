// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Assessment.h"
#include "FsiiiTerms.h"
#include "access/Actor.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class Store;

/// A condition's most recent assessment, for the citizen page's overview.
struct LatestCondition
{
    AssessedCondition condition;
    QDateTime assessedAt;
    QString assessmentId;
};

/// FSIII assessments of citizens (function ability, nursing conditions, the citizen's own view and
/// wishes, follow-ups). There is no edit and no delete: a correction is a new assessment that
/// supersedes the old one, which stays readable; the database refuses UPDATE and DELETE too.
/// Saving an assessment removes its author's draft of it (AssessmentDrafts) in the same write.
class AssessmentService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AssessmentService)

public:
    AssessmentService(Store &store, const Actor &actor, const FsiiiTerms &terms = FsiiiTerms::standard())
        : m_store(store), m_actor(actor), m_terms(terms)
    {
    }

    /// Saves a new assessment made now by the actor; legacy codes are saved as current ones.
    /// With `supersedesId` set it is a correction (see correct()). Returns its id; throws
    /// ValidationError, Error for a correction of the wrong assessment, or AccessDenied without Right::Assess.
    QString add(const Assessment &assessment);
    /// Saves `corrected` as the replacement of assessment `supersedesId` (same citizen, same
    /// assessed moment); returns the new id. Only the newest of a chain can be corrected.
    QString correct(const QString &supersedesId, Assessment corrected);

    /// A citizen's assessments, newest first; a superseded one names the one that replaced it. Of two
    /// corrections of one assessment (made on two laptops apart) the later one is in force and
    /// supersedes the other, alike on every laptop.
    QList<Assessment> assessments(const QString &citizenId);
    std::optional<Assessment> assessment(const QString &id);
    /// Each condition's latest level or state, from the assessments in force (not superseded), in
    /// FSIII order.
    QList<LatestCondition> latestConditions(const QString &citizenId);
    /// One area's conditions over time (chart and table); `areaCode` may be a legacy code (J1).
    /// Throws Error for a code that is no area.
    AreaHistory areaHistory(const QString &citizenId, const QString &areaCode);

private:
    QList<Assessment> read(const QByteArray &where, const QString &key);
    Store &m_store;
    Actor m_actor;
    const FsiiiTerms &m_terms;
};

} // namespace Kvarter
