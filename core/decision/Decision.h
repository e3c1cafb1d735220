// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "frame/FrameRule.h"
#include "grant/Grant.h"

#include <QDateTime>
#include <QString>

namespace Kvarter {

/// A proposed change of a citizen's grant, as the decision form (or `kvarter-cli decide`) fills it in.
struct Proposal
{
    QString citizenId;
    QString assessmentId; // the FSIII assessment it is made from (another feature's record; by id)
    QString grantId;      // the grant to change or end; empty: the citizen's active grant of the service, else a new one
    QString serviceCode;  // the service decides whether minutes or a course level count
    bool end = false;
    int minutesPerWeek = 0;
    int courseLevel = 0;
    /// What the citizen asked for; -1: what is proposed (everything asked for is granted).
    int requestedAmount = -1;
    /// A reduction or end the citizen wants too (else it is a decision against their wish).
    bool citizenAgrees = false;
    QDate validFrom;       // invalid: today. With an end: the last day with the help
    QDate followUp;        // invalid: as late as the frame allows (26 weeks without a limit)
    QString application;   // what was applied for, or why the case was opened
    QString justification; // the facts and main considerations (forvaltningsloven § 22–24)
    QString reason;        // the concrete, individual reason for a reduction or an end
    QDateTime heardAt;     // partshøring before a decision against the citizen's wish
    QString heardHow;      // in-person, phone, letter, email
};

/// One decision record. Append-only: a correction is a new record naming the one it corrects;
/// an escalation is a record with outcome Escalated that the visitator's record answers.
struct Decision
{
    enum class Outcome {
        Decided,
        Escalated,
        Refused
    };
    enum class Change {
        New,
        Change,
        End
    };

    QString id;
    QString caseNumber;
    QString citizenId;
    QString teamId;
    QString grantId;
    QString assessmentId;
    Change change = Change::New;
    FrameAction action = FrameAction::Grant;
    QString serviceCode;
    Grant::Kind kind = Grant::Kind::MinutesPerWeek;
    int amount = 0;          // minutes per week or course level decided (or proposed, when escalated)
    int previousAmount = 0;  // the grant's amount before
    int requestedAmount = 0; // what the citizen asked for
    bool citizenAgrees = false;
    QDate validFrom;
    QDate followUp;
    QString application;
    Outcome outcome = Outcome::Decided;
    QString frameRuleId;    // the frame version it was checked against; empty: decided by the authority
    QString frameNote;      // the frame check's words (why it was escalated)
    QString escalatedTo;    // the citizen's fixed visitator
    QString answersId;      // the escalation this decision answers
    QString baseDecisionId; // the decision in force on the grant when this one was made
    QString correctsId;
    QString justification;
    QString reason;
    QDateTime heardAt;
    QString heardHow;
    QString decidedBy;
    QDateTime decidedAt;
    QString letterHash; // SHA-256 of the letter's text as made from this record

    QByteArray letterFacts; // LetterFacts as JSON, as they were when decided

    // Filled on reads.
    quint64 syncOrder = 0; // the record's Lamport value: with syncDevice, the order all laptops agree on
    QString syncDevice;
    QString decidedByName;
    QString correctedById;
    QString answeredById;

    /// The citizen did not get everything asked for: a justification and a hearing are needed.
    bool againstWish() const;
    static QString outcomeKey(Outcome outcome);
    static Outcome outcomeFromKey(const QString &key);
    static QString changeKey(Change change);
    static Change changeFromKey(const QString &key);
};

inline bool Decision::againstWish() const
{
    if (outcome == Outcome::Refused)
        return true;
    if (action == FrameAction::Reduce || action == FrameAction::End)
        return !citizenAgrees;
    return amount < requestedAmount;
}

inline QString Decision::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Decided: return QStringLiteral("decided");
    case Outcome::Escalated: return QStringLiteral("escalated");
    case Outcome::Refused: return QStringLiteral("refused");
    }
    return {};
}

inline Decision::Outcome Decision::outcomeFromKey(const QString &key)
{
    if (key == QLatin1String("escalated"))
        return Outcome::Escalated;
    if (key == QLatin1String("refused"))
        return Outcome::Refused;
    return Outcome::Decided;
}

inline QString Decision::changeKey(Change change)
{
    switch (change) {
    case Change::New: return QStringLiteral("new");
    case Change::Change: return QStringLiteral("change");
    case Change::End: return QStringLiteral("end");
    }
    return {};
}

inline Decision::Change Decision::changeFromKey(const QString &key)
{
    if (key == QLatin1String("change"))
        return Change::Change;
    if (key == QLatin1String("end"))
        return Change::End;
    return Change::New;
}

} // namespace Kvarter
