// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "ChangeReport.h"
#include "access/Actor.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class Store;

/// What saving a change report did.
struct ChangeReportResult
{
    QString reportId;
    /// The colour decision the observer's suggestion made, when it changed the colour.
    std::optional<TriageDecision> decision;
    /// The suggestion would move the citizen down from red, which the observer may not: it waits on
    /// the board for a nurse or a SOSU assistant.
    bool suggestionWaits = false;
};

/// Changes in need (ændringsskema): whoever sees the citizen reports what changed from the usual state,
/// offline, in one write. A suggested colour that differs from the one in force is set at once (a
/// decision of the observer's, with the follow-up task it brings), unless it lowers red and the
/// observer may not. Reports are append-only and synced; a later observation is a new report.
class ChangeService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::ChangeService)

public:
    ChangeService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// Field errors of a report: an item or a note at least, known items, a comment on a fall, who
    /// should look among nurse, visitator and therapist.
    static FieldErrors validate(const ChangeReport &report);
    /// Saves the report made now by the actor (Right::Triage). Throws ValidationError.
    ChangeReportResult report(const ChangeReport &report);
    /// A citizen's change reports, newest first (at most `limit`, all when negative).
    QList<ChangeReport> reportsFor(const QString &citizenId, int limit = -1);
    std::optional<ChangeReport> report(const QString &id);

    /// Reports read straight from the store (the board's reader); `where` binds `arguments`.
    static QList<ChangeReport> readReports(Store &store, const QByteArray &where, const QList<QVariant> &arguments);

private:
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
