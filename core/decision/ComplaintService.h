// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Complaint.h"
#include "access/Actor.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class Store;

/// The complaint register. Append-only like the decisions: a registration and each outcome are
/// records, a wrong registration is corrected by a new one naming it.
class ComplaintService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::ComplaintService)

public:
    ComplaintService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    static QStringList channelKeys();
    static QString channelName(const QString &key);

    /// Registers a complaint about a decided or refused decision; returns it with its deadline.
    Complaint registerComplaint(const QString &decisionId, const QDate &receivedOn, const QString &channel,
                                const QString &correctsId = {});
    /// Upheld (sent on to Ankestyrelsen) or changed by the new decision `newDecisionId`.
    Complaint recordOutcome(const QString &complaintId, Complaint::Outcome outcome, const QString &newDecisionId,
                            const QString &note = {});
    std::optional<Complaint> complaint(const QString &id);
    /// Complaints not corrected, pending first by deadline, then the rest.
    QList<Complaint> complaints();

private:
    QList<Complaint> read(const QByteArray &where, const QString &key);
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
