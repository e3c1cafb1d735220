// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "StateHash.h"

#include "ChangeApplier.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace Kvarter::Sync {

namespace {

void addQuery(QCryptographicHash &hash, Store &store, const QByteArray &sql)
{
    auto q = store.db().query(sql);
    while (q->next()) {
        QJsonArray row;
        for (int c = 0; c < q->columnCount(); ++c)
            row.append(ChangeApplier::canonical(QJsonValue::fromVariant(q->value(c))));
        hash.addData(QJsonDocument(row).toJson(QJsonDocument::Compact));
        hash.addData(QByteArrayView("\n"));
    }
}
} // namespace

QByteArray StateHash::of(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const SyncedTable &synced : store.db().schema().syncedTables()) {
        const QByteArray &table = synced.name;
        // Columns by name, so a column added by a migration on one laptop first cannot reorder the hash.
        QList<QByteArray> columns = store.db().columns(table);
        columns.removeIf([](const QByteArray &c) { return c.startsWith('_') || c == "search"; });
        std::sort(columns.begin(), columns.end());
        hash.addData(QByteArray(QByteArray(table) + ':' + columns.join(',') + '\n'));
        addQuery(hash, store, "SELECT " + columns.join(", ") + " FROM " + table + " ORDER BY id");
    }
    hash.addData(QByteArrayView("conflicts\n"));
    addQuery(hash, store,
             "SELECT row_id, field, loser_hlc, loser_device, loser_value FROM conflict "
             "WHERE resolved = 0 AND loser_value IS NOT NULL ORDER BY row_id, field, loser_hlc, loser_device");
    return hash.result().toHex();
}

} // namespace Kvarter::Sync
