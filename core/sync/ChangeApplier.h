// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Change.h"

#include <QJsonValue>

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// What one apply did.
struct ApplyResult
{
    int applied = 0;   // field values or rows that changed here
    int skipped = 0;   // already known, or older than what is here
    int conflicts = 0; // concurrent edits whose losing value was kept
    int parked = 0;    // changes to rows not yet here, kept until the row arrives
    int waiting = 0;   // changes naming a table or field this version does not know, kept until an upgrade
};

/// Merges other devices' changes into the local replica, field by field.
///
/// The newer version (Lamport clock, then device id; see Version) wins. When the two writes were made
/// apart — neither author saw the other's value (the winner's base is older than the loser) —
/// the losing value is kept in the conflict table for a person to review. Append-only records
/// (notes) merge as a union. Applying is idempotent and independent of order, duplication and
/// batching: replicas that saw the same changes hold the same data and the same open conflicts.
///
/// A colleague's laptop may run a newer Kvarter: a change naming a table or field this schema does
/// not know is not an error. Its unknown part waits in the database (the rest is applied), and
/// applyWaiting() applies it in order once an upgrade's migration has added the table or field.
class ChangeApplier final
{
public:
    explicit ChangeApplier(Store &store) : m_store(store) {}
    ApplyResult apply(const QList<Change> &changes);
    /// Applies the waiting changes this schema now knows (after an upgrade), oldest first.
    ApplyResult applyWaiting();
    /// Changes kept for a newer version of Kvarter than this one.
    static qint64 waitingCount(Store &store);

    /// A value in the one form every replica compares and stores (numbers as numbers, bools as 0/1).
    static QJsonValue canonical(const QJsonValue &value);

private:
    void applyOne(const Change &change, ApplyResult &result, bool fromPending, bool remainder = false);
    /// Splits off and keeps the part of `change` this schema does not know; false when nothing is left.
    bool setAsideUnknown(Change &change, ApplyResult &result, bool remainder);
    void keepWaiting(const Change &change, bool remainder, ApplyResult &result);
    void applyField(const Change &change, const QString &field, ApplyResult &result);
    void applyRemainderField(const Change &change, const QString &field, ApplyResult &result);
    void insertRow(const Change &change, bool ignoreExisting);
    void retryPending(ApplyResult &result);
    void recordLoser(const Change &change, const QString &field, const Version &loser, const QJsonValue &value);
    QJsonValue currentValue(const Change &change, const QString &field);

    Store &m_store;
};

} // namespace Kvarter::Sync
