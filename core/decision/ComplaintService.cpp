// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ComplaintService.h"

#include "LegalTexts.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Id.h"
#include "store/Store.h"

#include <algorithm>

namespace Kvarter {

QStringList ComplaintService::channelKeys()
{
    return { QStringLiteral("letter"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("in-person") };
}

QString ComplaintService::channelName(const QString &key)
{
    if (key == QLatin1String("letter"))
        return tr("letter");
    if (key == QLatin1String("email"))
        return tr("e-mail");
    if (key == QLatin1String("phone"))
        return tr("phone");
    if (key == QLatin1String("in-person"))
        return tr("in person");
    return key;
}

Complaint ComplaintService::registerComplaint(const QString &decisionId, const QDate &receivedOn, const QString &channel,
                                              const QString &correctsId)
{
    Access::require(m_actor, Right::RegisterComplaint);
    QString citizenId, outcome;
    {
        auto q = m_store.db().query("SELECT citizen_id, outcome FROM decision WHERE id = ?");
        q->bind(1, decisionId);
        if (q->next()) {
            citizenId = q->text(0);
            outcome = q->text(1);
        }
    }
    FieldErrors errors;
    if (citizenId.isEmpty())
        errors << FieldError { QStringLiteral("decision"), tr("There is no decision with this id.") };
    else if (outcome == QLatin1String("escalated"))
        errors << FieldError { QStringLiteral("decision"),
                               tr("An escalation is not a decision yet: there is nothing to complain about.") };
    if (!receivedOn.isValid())
        errors << FieldError { QStringLiteral("received"), tr("Enter the date the complaint was received.") };
    else if (receivedOn > m_store.clock().today())
        errors << FieldError { QStringLiteral("received"), tr("A complaint cannot be received in the future.") };
    if (!channelKeys().contains(channel))
        errors << FieldError { QStringLiteral("channel"),
                               tr("How did it come in: %1?").arg(channelKeys().join(QStringLiteral(", "))) };
    if (!correctsId.isEmpty() && !complaint(correctsId))
        errors << FieldError { QStringLiteral("corrects"), tr("The complaint to correct does not exist.") };
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QString id = Id::create();
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("complaint", id,
                       { { "decision_id", decisionId },
                         { "citizen_id", citizenId },
                         { "received_on", receivedOn.toString(Qt::ISODate) },
                         { "channel", channel },
                         { "reassess_by", receivedOn.addDays(LegalTexts::ReassessmentDays).toString(Qt::ISODate) },
                         { "corrects_id", correctsId.isEmpty() ? QVariant() : QVariant(correctsId) },
                         { "registered_by", m_actor.employeeId() },
                         { "registered_at", m_store.clock().now().toSecsSinceEpoch() } });
    });
    return *complaint(id);
}

Complaint ComplaintService::recordOutcome(const QString &complaintId, Complaint::Outcome outcome, const QString &newDecisionId,
                                          const QString &note)
{
    Access::require(m_actor, Right::RegisterComplaint);
    const std::optional<Complaint> c = complaint(complaintId);
    FieldErrors errors;
    if (!c)
        errors << FieldError { QStringLiteral("complaint"), tr("There is no complaint with this id.") };
    if (outcome == Complaint::Outcome::Pending)
        errors << FieldError { QStringLiteral("outcome"), tr("Choose upheld or changed.") };
    if (outcome == Complaint::Outcome::Changed) {
        auto q = m_store.db().query("SELECT citizen_id FROM decision WHERE id = ? AND outcome <> 'escalated'");
        q->bind(1, newDecisionId);
        if (!q->next() || (c && q->text(0) != c->citizenId))
            errors << FieldError { QStringLiteral("decision"),
                                   tr("A changed decision is a new decision about the same citizen: give its id.") };
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const QString id = Id::create();
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert("complaint_outcome", id,
                       { { "complaint_id", complaintId },
                         { "outcome", Complaint::outcomeKey(outcome) },
                         { "new_decision_id", newDecisionId.isEmpty() ? QVariant() : QVariant(newDecisionId) },
                         { "note", note.trimmed() },
                         { "decided_on", m_store.clock().today().toString(Qt::ISODate) },
                         { "recorded_by", m_actor.employeeId() },
                         { "recorded_at", m_store.clock().now().toSecsSinceEpoch() } });
    });
    return *complaint(complaintId);
}

std::optional<Complaint> ComplaintService::complaint(const QString &id)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QList<Complaint> found = read("WHERE c.id = ?", id);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<Complaint> ComplaintService::complaints()
{
    Access::require(m_actor, Right::ReadCitizen);
    QList<Complaint> all =
        read("WHERE NOT EXISTS (SELECT 1 FROM complaint later WHERE later.corrects_id = c.id) AND c.id <> ?", QString());
    std::stable_sort(all.begin(), all.end(), [](const Complaint &a, const Complaint &b) {
        const bool pa = a.outcome == Complaint::Outcome::Pending, pb = b.outcome == Complaint::Outcome::Pending;
        if (pa != pb)
            return pa;
        return a.reassessBy < b.reassessBy;
    });
    return all;
}

QList<Complaint> ComplaintService::read(const QByteArray &where, const QString &key)
{
    // The outcome in force is the latest outcome record in sync order.
    auto q = m_store.db().query(
        "SELECT c.id, c.decision_id, c.citizen_id, c.received_on, c.channel, c.reassess_by, c.registered_by, c.registered_at, "
        "coalesce(c.corrects_id, ''), coalesce(o.outcome, 'pending'), coalesce(o.new_decision_id, ''), coalesce(o.note, ''), "
        "coalesce(o.decided_on, ''), coalesce((SELECT later.id FROM complaint later WHERE later.corrects_id = c.id LIMIT 1), "
        "''), "
        "coalesce(d.decided_at, 0) FROM complaint c "
        "LEFT JOIN complaint_outcome o ON o.id = (SELECT x.id FROM complaint_outcome x WHERE x.complaint_id = c.id "
        "  ORDER BY coalesce(x._lam, x._hlc) DESC, x._dev DESC LIMIT 1) "
        "LEFT JOIN decision d ON d.id = c.decision_id "
        + where + " ORDER BY c.received_on, c.id");
    q->bind(1, key);
    QList<Complaint> result;
    while (q->next()) {
        Complaint c;
        c.id = q->text(0);
        c.decisionId = q->text(1);
        c.citizenId = q->text(2);
        c.receivedOn = QDate::fromString(q->text(3), Qt::ISODate);
        c.channel = q->text(4);
        c.reassessBy = QDate::fromString(q->text(5), Qt::ISODate);
        c.registeredBy = q->text(6);
        c.registeredAt = QDateTime::fromSecsSinceEpoch(q->int64(7), Clock::teamZone());
        c.correctsId = q->text(8);
        const QString outcome = q->text(9);
        c.outcome = outcome == QLatin1String("upheld") ? Complaint::Outcome::Upheld
            : outcome == QLatin1String("changed")      ? Complaint::Outcome::Changed
                                                       : Complaint::Outcome::Pending;
        c.newDecisionId = q->text(10);
        c.outcomeNote = q->text(11);
        c.decidedOn = QDate::fromString(q->text(12), Qt::ISODate);
        c.correctedById = q->text(13);
        const QDate decided = QDateTime::fromSecsSinceEpoch(q->int64(14), Clock::teamZone()).date();
        c.possiblyLate = c.receivedOn > decided.addDays(LegalTexts::ComplaintDays);
        result << c;
    }
    return result;
}

} // namespace Kvarter
