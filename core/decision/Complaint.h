// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Kvarter {

/// A citizen's complaint about a decision: when and how it came in, the municipality's 4 weeks to
/// reassess it, and the outcome once there is one (upheld and sent on to Ankestyrelsen, or changed
/// by a new decision).
struct Complaint
{
    enum class Outcome {
        Pending,
        Upheld,
        Changed
    };

    QString id;
    QString decisionId;
    QString citizenId;
    QDate receivedOn;
    QString channel;  // letter, email, phone, in-person
    QDate reassessBy; // received + 4 weeks
    QString registeredBy;
    QDateTime registeredAt;
    QString correctsId;

    // From the latest outcome record, if any.
    Outcome outcome = Outcome::Pending;
    QString newDecisionId; // with Changed
    QString outcomeNote;
    QDate decidedOn;
    // Filled on reads.
    QString correctedById;
    /// Received later than 4 weeks after the decision's date: possibly too late (the citizen may
    /// have received the letter later; the municipality decides whether to look at it anyway).
    bool possiblyLate = false;

    bool isOverdue(const QDate &today) const { return outcome == Outcome::Pending && today > reassessBy; }
    static QString outcomeKey(Outcome outcome);
};

inline QString Complaint::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending: return QStringLiteral("pending");
    case Outcome::Upheld: return QStringLiteral("upheld");
    case Outcome::Changed: return QStringLiteral("changed");
    }
    return {};
}

} // namespace Kvarter
