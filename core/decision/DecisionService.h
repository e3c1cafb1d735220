// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Decision.h"
#include "DecisionLetter.h"
#include "access/Actor.h"
#include "frame/FrameCheck.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class ServiceCatalogue;
class Store;
struct Citizen;

/// What the decision form shows before a proposal is made: the decision as it would be recorded,
/// whether it is inside the acting person's frame, and what it does to the team's economic frame.
struct DecisionPreview
{
    Decision decision;
    FrameVerdict verdict;
    bool byAuthority = false; // a visitator decides without a delegated frame
    double effectHoursPerWeek = 0;
    std::optional<Grant> current;
};

/// The visitator's answer to an escalation: grant as proposed, grant another amount, or refuse.
struct EscalationAnswer
{
    enum class Kind {
        AsProposed,
        Changed,
        Refused
    };
    Kind kind = Kind::AsProposed;
    int amount = 0; // with Changed: minutes per week or course level
    QDate followUp;
    QString justification;
    QString reason;
    QDateTime heardAt;
    QString heardHow;
};

/// An escalation waiting in the visitator's queue.
struct EscalationItem
{
    Decision escalation;
    QString teamName;
    QString citizenName;
    QString proposedByName;
};

/// Near-visitation decisions. A proposal inside the acting person's frame is decided at once and
/// offline, and changes the grant (GrantService) in the same write; outside it becomes an
/// escalation to the citizen's fixed visitator, whose decision is a later record answering it.
/// Every record is kept: a correction supersedes, two decisions made apart on one grant both stay,
/// the later in sync order is in force, and both are listed for review.
class DecisionService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::DecisionService)

public:
    DecisionService(Store &store, const ServiceCatalogue &catalogue, const Actor &actor)
        : m_store(store), m_catalogue(catalogue), m_actor(actor)
    {
    }

    /// Checks without writing. Throws ValidationError for a proposal that cannot be read at all.
    DecisionPreview preview(const Proposal &proposal);
    /// Decides (inside the frame) or escalates (outside); returns the record written.
    Decision propose(const Proposal &proposal);
    /// The visitator decides an escalation; returns the decision (decided or refused).
    Decision decideEscalation(const QString &escalationId, const EscalationAnswer &answer);
    /// Writes a correction of a decision's justification, reason or hearing; the old record stays.
    Decision correct(const QString &decisionId, const QString &justification, const QString &reason);

    /// Escalations not yet answered, grouped by team (by team name), oldest first in each.
    QList<EscalationItem> escalationQueue();
    std::optional<Decision> decision(const QString &id);
    QList<Decision> decisionsFor(const QString &citizenId);
    /// The decision in force on a grant: the latest in sync order that is neither corrected nor an escalation.
    std::optional<Decision> inForce(const QString &grantId);
    /// Decisions made apart on the same grant (each made on the same earlier state): groups for
    /// review, each in sync order (the last is in force).
    QList<QList<Decision>> concurrentDecisions();
    /// The letter of a decided or refused decision, made again from the record.
    DecisionLetter letter(const QString &decisionId);

private:
    Decision draft(const Proposal &proposal, const Citizen &citizen, std::optional<Grant> &current);
    LetterFacts factsFor(const Decision &decision, const Citizen &citizen);
    void write(Decision &decision, const Citizen &citizen, const std::optional<Grant> &current);
    QList<Decision> read(const QByteArray &where, const QString &key);
    Citizen citizenOf(const QString &citizenId);

    Store &m_store;
    const ServiceCatalogue &m_catalogue;
    Actor m_actor;
};

} // namespace Kvarter
