// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "sync/Change.h"

#include <map>
#include <memory>

struct sqlite3;

namespace Kvarter {

/// The raw-SQLite side of the sync apply figure: remote visit changes applied with hand-written
/// prepared statements doing the merge's work and nothing more. A first write inserts the row; a
/// later version goes through the same newer-wins guard as ChangeApplier (Lamport value, then
/// device id, against field_version or the row's own version), updates the row, upserts
/// field_version and keeps the replaced value as a settled loser, so both end in the same state.
/// Only visit rows: it is a yardstick for the engine, not a second engine.
class SyncApplyBaseline final
{
public:
    explicit SyncApplyBaseline(sqlite3 *db);
    ~SyncApplyBaseline();
    Q_DISABLE_COPY_MOVE(SyncApplyBaseline)

    /// Applies `changes` in one transaction; returns the rows inserted plus the fields changed.
    int apply(const QList<Sync::Change> &changes);

private:
    class Prepared;
    struct FieldStatements;
    void insertVisit(const Sync::Change &change);
    void applyField(const Sync::Change &change, const QString &field);
    void park(const Sync::Change &change);
    FieldStatements &statementsFor(const QString &field);

    sqlite3 *m_db = nullptr;
    std::unique_ptr<Prepared> m_insert;
    std::unique_ptr<Prepared> m_fieldVersion;
    std::unique_ptr<Prepared> m_loser;
    std::unique_ptr<Prepared> m_settle;
    std::unique_ptr<Prepared> m_pending;
    std::map<QString, std::unique_ptr<FieldStatements>> m_fields;
    quint64 m_lamport = 0;
    int m_applied = 0;
};

} // namespace Kvarter
