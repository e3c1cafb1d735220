// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Snapshot.h"

#include "Bundle.h"
#include "ChangeLogReader.h"
#include "TeamMembership.h"
#include "common/Error.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QHash>
#include <algorithm>

namespace Kvarter::Sync {

namespace {

// The synced tables plus the merge bookkeeping a replica needs to go on merging from here.
QList<QByteArray> snapshotTables(Store &store)
{
    QList<QByteArray> tables;
    for (const SyncedTable &table : store.db().schema().syncedTables())
        tables << table.name;
    return tables << "field_version"
                  << "conflict";
}

QList<QByteArray> columnsOf(Store &store, const char *table)
{
    QList<QByteArray> columns = store.db().columns(table);
    columns.removeAll("search"); // kept by triggers from the other columns
    return columns;
}

void writeValue(QCborStreamWriter &w, const Statement &q, int column)
{
    const QVariant v = q.value(column);
    if (v.isNull())
        w.append(nullptr);
    else if (v.typeId() == QMetaType::LongLong)
        w.append(v.toLongLong());
    else if (v.typeId() == QMetaType::Double)
        w.append(v.toDouble());
    else
        w.append(v.toString());
}

// For each device: up to which sequence number its changes are in this replica, counting only
// an unbroken run of bundles from its first (a gap means later bundles must still be applied).
QHash<QString, qint64> coverage(Store &store)
{
    QHash<QString, QList<std::pair<qint64, qint64>>> ranges;
    {
        auto q = store.db().query("SELECT device, first_seq, last_seq FROM sync_seen_bundle");
        while (q->next())
            ranges[q->text(0)].append({ q->int64(1), q->int64(2) });
    }
    QHash<QString, qint64> covered;
    for (auto it = ranges.begin(); it != ranges.end(); ++it) {
        std::sort(it->begin(), it->end());
        qint64 upTo = 0;
        for (const auto &[first, last] : *it) {
            if (first > upTo + 1)
                break;
            upTo = std::max(upTo, last);
        }
        covered.insert(it.key(), upTo);
    }
    {
        auto q = store.db().query("SELECT device, seq FROM sync_covered");
        while (q->next())
            covered[q->text(0)] = std::max(covered.value(q->text(0)), q->int64(1));
    }
    covered[store.deviceId()] = ChangeLogReader(store).lastSeq();
    return covered;
}

// Drops the table's own indexes (not its primary key's) and returns the SQL that makes them again.
// Rows arrive in primary-key order (see create()), a random order for every other index: keeping
// those up to date row by row writes all over them, while making each from all the rows is one sort.
QList<QByteArray> setIndexesAside(Store &store, const QByteArray &table)
{
    QList<std::pair<QByteArray, QByteArray>> indexes;
    {
        auto q = store.db().query("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? "
                                  "AND sql IS NOT NULL");
        q->bind(1, QString::fromLatin1(table));
        while (q->next())
            indexes.append({ q->text(0).toUtf8(), q->text(1).toUtf8() });
    }
    QList<QByteArray> create;
    for (const auto &[name, sql] : indexes) {
        store.db().exec("DROP INDEX \"" + name + '"');
        create << sql;
    }
    return create;
}

// The text at the reader as the UTF-8 it is stored as, so it is bound without a round trip
// through QString; false when the stream is damaged.
bool readUtf8(QCborStreamReader &r, QByteArray &text)
{
    text.clear();
    for (;;) {
        const qsizetype size = r.currentStringChunkSize();
        if (size < 0)
            return false;
        const qsizetype at = text.size();
        text.resize(at + size);
        const QCborStreamReader::StringResult<qsizetype> chunk = r.readStringChunk(text.data() + at, size);
        if (chunk.status == QCborStreamReader::Error)
            return false;
        text.resize(at + (chunk.status == QCborStreamReader::Ok ? chunk.data : 0));
        if (chunk.status == QCborStreamReader::EndOfString)
            return true;
    }
}

} // namespace

bool Snapshot::isFresh(Store &store)
{
    return store.db().scalar("SELECT (SELECT count(*) FROM sync_seen_bundle) + (SELECT count(*) FROM sync_covered) "
                             "+ (SELECT count(*) FROM change_log)")
        == 0;
}

QByteArray Snapshot::create(Store &store)
{
    TeamMembership team(store);
    QByteArray plain;
    QCborStreamWriter w(&plain);
    w.startMap(2);
    w.append(QStringLiteral("covered"));
    const QHash<QString, qint64> covered = coverage(store);
    w.startMap(covered.size());
    for (auto it = covered.begin(); it != covered.end(); ++it) {
        w.append(it.key());
        w.append(it.value());
    }
    w.endMap();
    w.append(QStringLiteral("tables"));
    const QList<QByteArray> tables = snapshotTables(store);
    w.startArray(tables.size());
    for (const QByteArray &table : tables) {
        const QList<QByteArray> columns = columnsOf(store, table.constData());
        w.startArray(3);
        w.append(QString::fromLatin1(table));
        w.startArray(columns.size());
        for (const QByteArray &c : columns)
            w.append(QString::fromLatin1(c));
        w.endArray();
        w.startArray(); // rows, streamed: a section database has a million visits
        // In primary-key order, so a new laptop appends to the key's index as it loads instead of
        // writing all over it (the ids are random UUIDs): on a section's million visits that halves
        // the time to insert them.
        const QByteArray order = columns.contains("id") ? " ORDER BY id" : "";
        auto q = store.db().query("SELECT " + columns.join(", ") + " FROM " + table + order);
        while (q->next()) {
            w.startArray(columns.size());
            for (int c = 0; c < columns.size(); ++c)
                writeValue(w, *q, c);
            w.endArray();
        }
        w.endArray();
        w.endArray();
    }
    w.endArray();
    w.endMap();
    BundleHeader header;
    header.teamId = team.teamId();
    header.deviceId = store.deviceId();
    header.firstSeq = 0; // a snapshot, not a range of changes
    header.lastSeq = covered.value(store.deviceId());
    header.createdHlc = store.lastHlc();
    return Bundle::sealPayload(header, qCompress(plain, 6), team.teamKey(), team.signingKey());
}

void Snapshot::load(Store &store, const QByteArray &sealed)
{
    if (!isFresh(store))
        throw Error(tr("A snapshot can only start a laptop that has not synced yet."));
    TeamMembership team(store);
    Bundle::Opened opened = Bundle::openPayload(sealed, team.teamId(), team.teamKey(), team.signers());
    if (opened.problem != Bundle::Problem::None)
        throw Error(opened.message);
    // A section's snapshot is ~50 MB sealed and ~190 MB plain: each copy is let go once read.
    QByteArray plain = qUncompress(opened.payload);
    opened.payload.clear();
    QCborStreamReader r(plain);
    const auto fail = [] { return Error(tr("The snapshot's contents are damaged.")); };
    const auto readString = [&] {
        QString s;
        auto chunk = r.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            s += chunk.data;
            chunk = r.readString();
        }
        return s;
    };
    QList<QByteArray> indexes;
    store.writeUnordered([&] {
        if (!r.isMap() || !r.enterContainer())
            throw fail();
        while (r.hasNext()) {
            const QString key = readString();
            if (key == QLatin1String("covered")) {
                r.enterContainer();
                while (r.hasNext()) {
                    const QString device = readString();
                    const qint64 seq = r.toInteger();
                    r.next();
                    store.db()
                        .cached("INSERT OR REPLACE INTO sync_covered (device, seq) VALUES (?, ?)")
                        .bind(1, device)
                        .bind(2, seq)
                        .run();
                }
                r.leaveContainer();
            } else if (key == QLatin1String("tables")) {
                r.enterContainer();
                while (r.hasNext()) {
                    r.enterContainer();
                    const QByteArray table = readString().toLatin1();
                    if (!snapshotTables(store).contains(table))
                        throw fail();
                    QList<QByteArray> columns;
                    r.enterContainer();
                    while (r.hasNext())
                        columns << readString().toLatin1();
                    r.leaveContainer();
                    const QList<QByteArray> known = columnsOf(store, table.constData());
                    for (const QByteArray &c : columns)
                        if (!known.contains(c))
                            throw fail();
                    QByteArray marks = "?";
                    for (qsizetype i = 1; i < columns.size(); ++i)
                        marks += ", ?";
                    Statement &insert = store.db().cached("INSERT OR REPLACE INTO " + table + " (" + columns.join(", ")
                                                          + ") VALUES (" + marks + ")");
                    // Made again once all rows are in; a failed load rolls the drop back.
                    indexes << setIndexesAside(store, table);
                    QByteArray text;
                    r.enterContainer();
                    while (r.hasNext()) {
                        r.enterContainer();
                        int index = 1;
                        while (r.hasNext()) {
                            if (r.isString()) {
                                if (!readUtf8(r, text))
                                    throw fail();
                                insert.bindUtf8(index, text);
                            } else if (r.isInteger()) {
                                insert.bind(index, qint64(r.toInteger()));
                                r.next();
                            } else if (r.isDouble()) {
                                insert.bind(index, r.toDouble());
                                r.next();
                            } else {
                                insert.bindNull(index);
                                r.next();
                            }
                            ++index;
                        }
                        r.leaveContainer();
                        insert.run();
                    }
                    r.leaveContainer();
                    r.leaveContainer();
                    store.touch(QString::fromLatin1(table));
                }
                r.leaveContainer();
            } else {
                r.next();
            }
        }
        if (r.lastError() != QCborError::NoError)
            throw fail();
        // The plain contents are read: let them go before the index sorts take their memory.
        r.clear();
        plain.clear();
        for (const QByteArray &sql : indexes)
            store.db().exec(sql);
        // This laptop's clock must run ahead of every version it now holds, or its next edit
        // could lose to an older value.
        quint64 newest = quint64(store.db().scalar("SELECT coalesce(max(coalesce(lamport, hlc)), 0) FROM field_version"));
        for (const SyncedTable &table : store.db().schema().syncedTables()) {
            newest = std::max(
                newest,
                quint64(store.db().scalar(QByteArray("SELECT coalesce(max(coalesce(_lam, _hlc)), 0) FROM ") + table.name)));
        }
        store.observe(newest);
    });
}

} // namespace Kvarter::Sync
