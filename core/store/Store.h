// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Database.h"
#include "HybridLogicalClock.h"
#include "LamportClock.h"
#include "Version.h"

#include <QObject>
#include <QSet>
#include <QVariant>
#include <utility>

namespace Kvarter {

class Clock;
class Schema;

/// One field of a record write: column name and new value.
using Field = std::pair<const char *, QVariant>;
using Fields = QList<Field>;

/// The write side of the local replica. Every record write goes through insert()/update(), which
/// change the row *and* append the same field values to the change log with a hybrid logical
/// clock stamp and this device's id, inside one transaction. The sync engine ships that log.
/// After the outermost write commits, changed() tells item models which entities to refresh.
class Store final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)

public:
    Store(const QString &path, const Clock &clock, int targetVersion = -1);
    /// The same with another build's schema (tests: a laptop running a newer Kvarter).
    Store(const QString &path, const Clock &clock, const Schema &schema, int targetVersion = -1);
    /// A second connection to `owner`'s file for a worker thread (background sync). Create and
    /// use it in that thread only. The owner must call reloadClock() after the worker wrote.
    static std::unique_ptr<Store> companion(const Store &owner);
    /// Takes in the clock the companion advanced, so this store's next stamp is newer still.
    void reloadClock();
    /// Tells models about changes another connection made to the file.
    void announce(const QStringList &entities) { Q_EMIT changed(entities); }
    ~Store() override;

    Database &db() { return *m_db; }
    const Clock &clock() const { return m_clock; }
    const QString &deviceId() const { return m_deviceId; }
    /// Re-reads the device id after joining a team gave this replica its invited id.
    void reloadIdentity() { m_deviceId = m_db->meta(QStringLiteral("device_id")); }
    quint64 lastHlc() const { return m_hlc.last(); }
    /// The next Lamport value, for a change written outside insert()/update() (RestoredHistory).
    quint64 tickLamport() { return m_lamport.tick(); }

    /// Runs `work` in one transaction; on any exception nothing of it is kept.
    template<typename Work> void write(Work &&work) { write(QString(), std::forward<Work>(work)); }
    /// The same, naming the employee whose writes these are (kept with each change, so a conflict
    /// can say who wrote what). An inner write keeps the outer one's author.
    template<typename Work> void write(const QString &author, Work &&work)
    {
        if (m_depth == 0)
            m_author = author;
        begin();
        try {
            work();
        } catch (...) {
            abort();
            throw;
        }
        finish();
    }

    /// write() for the sync engine's merges: a visit may arrive before the citizen it belongs to
    /// (from another device's bundle), so references are not enforced until the work is done.
    /// PRAGMA foreign_keys cannot change inside a transaction: only an outermost write may ask.
    template<typename Work> void writeUnordered(Work &&work)
    {
        Q_ASSERT(m_depth == 0);
        m_db->exec("PRAGMA foreign_keys = OFF");
        try {
            write(std::forward<Work>(work));
        } catch (...) {
            m_db->exec("PRAGMA foreign_keys = ON");
            throw;
        }
        m_db->exec("PRAGMA foreign_keys = ON");
    }

    void insert(const char *entity, const QString &id, const Fields &fields);
    /// Changes fields of an existing row. Each field's base (the version it overwrites) goes into
    /// the log, so a merge can tell this informed overwrite from a concurrent edit. `resolves`
    /// names conflict losers per field that this write settles (a nurse chose a value).
    void update(const char *entity, const QString &id, const Fields &fields, const QHash<QString, QList<Version>> &resolves = {});

    /// The version of one field of a row: its own if it was changed since the row was written,
    /// else the row's. Null when the row does not exist.
    Version fieldVersion(const char *entity, const QString &id, const QString &field);
    bool rowExists(const char *entity, const QString &id);
    /// Records who wrote a field last and which version that write replaced.
    void setFieldVersion(const QString &rowId, const QString &field, const QString &entity, const Version &version,
                         const Version &base);
    /// Marks a conflict loser as settled (seen and overwritten, or chosen against) by the write `by`,
    /// which is remembered: if that write is later undone (a revoked device's), the loser is open again.
    void settleConflict(const QString &rowId, const QString &field, const Version &loser, const char *entity, const Version &by);
    /// Called by the sync engine for changes from other devices: this replica's next write is
    /// ordered after them. (The hybrid clock is left alone: it tells the time of this laptop's own
    /// writes, and a laptop a day ahead must not drag everyone's shown times along.)
    void observe(quint64 remoteLamport) { m_lamport.observe(remoteLamport); }
    /// Tells item models `entity` changed when the current write commits (the sync engine's writes).
    void touch(const QString &entity) { m_touched.insert(entity); }

Q_SIGNALS:
    void changed(const QStringList &entities);

private:
    struct CompanionTag
    {};
    Store(const QString &path, const Clock &clock, const Schema &schema, CompanionTag);
    void begin();
    void finish();
    void abort();
    void loadClocks();
    Version nextVersion();
    void appendToLog(const char *entity, const QString &id, const Fields &fields, const Version &version,
                     const QByteArray &base = QByteArrayLiteral("{}"));

    std::unique_ptr<Database> m_db;
    const Clock &m_clock;
    QString m_deviceId;
    HybridLogicalClock m_hlc;
    LamportClock m_lamport;
    QSet<QString> m_touched;
    int m_depth = 0;
    QString m_author;
};

} // namespace Kvarter
