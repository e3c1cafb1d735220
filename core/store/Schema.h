// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Kvarter {

/// How the rows of a synced table merge between laptops.
enum class MergeKind {
    /// Each field keeps the newest write (Lamport clock, then device); a concurrent loser is kept for review.
    FieldLastWriterWins,
    /// Rows are only ever added (clinical and legal records): the merge is their union, and the
    /// database refuses UPDATE and DELETE on them (triggers written from this declaration).
    AppendOnlyUnion,
};

struct SyncedTable
{
    QByteArray name;
    MergeKind merge = MergeKind::FieldLastWriterWins;
};

/// What a build of Kvarter knows about its database: the migration steps (forward only, step N
/// brings a file to PRAGMA user_version N) and the tables whose rows travel between laptops, in
/// one place. The store's writer, the merge, the state hash, snapshots and the append-only
/// triggers all take the synced tables from here, so a new table is declared once.
///
/// A team never upgrades every laptop on the same day: a change for a table or column this
/// schema does not know waits on the laptop until a newer schema (an upgrade) knows it. Tests
/// make such a newer build with extendedBy().
class Schema final
{
public:
    /// This build's schema.
    static const Schema &current();

    int latestVersion() const { return int(m_steps.size()); }
    const QByteArray &step(int version) const { return m_steps.at(version - 1); }
    const QList<SyncedTable> &syncedTables() const { return m_tables; }
    /// The declaration of a synced table, or nullptr when this build does not sync it.
    const SyncedTable *syncedTable(QByteArrayView name) const;
    bool isSynced(QByteArrayView name) const { return syncedTable(name) != nullptr; }

    /// A later build's schema: one more migration step, and `tables` synced besides these.
    Schema extendedBy(const QByteArray &step, const QList<SyncedTable> &tables = {}) const;

    /// The two triggers that make `table` append-only (no UPDATE, no DELETE): one helper writes
    /// both, so no table ever gets one without the other.
    static QByteArray appendOnlyTriggers(QByteArrayView table);

private:
    Schema(QList<QByteArray> steps, QList<SyncedTable> tables) : m_steps(std::move(steps)), m_tables(std::move(tables)) {}
    QList<QByteArray> m_steps;
    QList<SyncedTable> m_tables;
};

} // namespace Kvarter
