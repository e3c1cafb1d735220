// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Revocation.h"

#include "ChangeApplier.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <tuple>

namespace Kvarter::Sync {

void Revocation::enforce()
{
    QList<std::pair<QString, qint64>> due;
    {
        auto q = m_store.db().query("SELECT d.id, d.revoked_after_lamport FROM team_device d WHERE d.revoked_after_lamport >= 0 "
                                    "AND NOT EXISTS (SELECT 1 FROM sync_revocation_enforced e WHERE e.device = d.id "
                                    "AND e.lamport <= d.revoked_after_lamport)");
        while (q->next())
            due.append({ q->text(0), q->int64(1) });
    }
    for (const auto &[device, lamport] : due) {
        m_store.writeUnordered([&] {
            undoAfter(device, lamport);
            m_store.db()
                .cached("INSERT OR REPLACE INTO sync_revocation_enforced (device, lamport) VALUES (?, ?)")
                .bind(1, device)
                .bind(2, lamport)
                .run();
        });
    }
}

void Revocation::undoAfter(const QString &device, qint64 cut)
{
    Database &db = m_store.db();
    // A successor it announced after the cut (RestoredHistory) never joined: all its work goes too.
    QStringList successors;
    {
        auto q = db.query("SELECT id FROM team_device WHERE _dev = ? AND coalesce(_lam, _hlc) > ? AND id != ?");
        q->bind(1, device).bind(2, cut).bind(3, device);
        while (q->next())
            successors << q->text(0);
    }
    // Rows the device created after the cut: they never existed for the laptops that refused them.
    for (const SyncedTable &table : db.schema().syncedTables()) {
        QStringList rows;
        {
            auto q = db.query("SELECT id FROM " + table.name + " WHERE _dev = ? AND coalesce(_lam, _hlc) > ?");
            q->bind(1, device).bind(2, cut);
            while (q->next())
                rows << q->text(0);
        }
        if (rows.isEmpty())
            continue;
        if (table.merge == MergeKind::AppendOnlyUnion)
            db.exec("DROP TRIGGER IF EXISTS " + table.name + "_no_delete");
        for (const QString &id : rows) {
            db.cached("DELETE FROM " + table.name + " WHERE id = ?").bind(1, id).run();
            db.cached("DELETE FROM field_version WHERE row_id = ?").bind(1, id).run();
            db.cached("DELETE FROM conflict WHERE row_id = ?").bind(1, id).run();
        }
        if (table.merge == MergeKind::AppendOnlyUnion)
            db.exec(Schema::appendOnlyTriggers(table.name));
        m_store.touch(QString::fromLatin1(table.name));
    }
    // Fields it wrote after the cut get back what the others wrote.
    QList<std::tuple<QString, QString, QString>> fields;
    {
        auto q = db.query("SELECT entity, row_id, field FROM field_version WHERE device = ? AND coalesce(lamport, hlc) > ?");
        q->bind(1, device).bind(2, cut);
        while (q->next())
            fields.append({ q->text(0), q->text(1), q->text(2) });
    }
    for (const auto &[entity, rowId, field] : fields)
        restoreField(entity, rowId, field, device, cut);
    // What only its later writes settled is open again, as on the laptops that never saw them.
    QList<std::tuple<QString, QString, qint64, QString, QString>> settled;
    {
        auto q =
            db.query("SELECT row_id, field, loser_hlc, loser_device, settled_by FROM conflict WHERE instr(settled_by, ?) > 0");
        q->bind(1, device + QLatin1Char(':'));
        while (q->next())
            settled.append({ q->text(0), q->text(1), q->int64(2), q->text(3), q->text(4) });
    }
    for (const auto &[rowId, field, loserHlc, loserDevice, by] : settled) {
        QStringList kept;
        for (const QString &entry : by.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            if (!(entry.section(QLatin1Char(':'), 0, -2) == device && entry.section(QLatin1Char(':'), -1).toLongLong() > cut))
                kept << entry + QLatin1Char(';');
        db.cached("UPDATE conflict SET settled_by = ?, resolved = ? WHERE row_id = ? AND field = ? AND loser_hlc = ? AND "
                  "loser_device = ?")
            .bind(1, kept.join(QString()))
            .bind(2, !kept.isEmpty())
            .bind(3, rowId)
            .bind(4, field)
            .bind(5, loserHlc)
            .bind(6, loserDevice)
            .run();
    }
    // Its later values are nobody's to review, and its later changes still waiting will never count.
    for (const char *sql : { "DELETE FROM conflict WHERE loser_device = ? AND coalesce(loser_lamport, loser_hlc) > ?",
                             "DELETE FROM pending_change WHERE device = ? AND coalesce(lamport, hlc) > ?",
                             "DELETE FROM sync_waiting_change WHERE device = ? AND lamport > ?" })
        db.cached(sql).bind(1, device).bind(2, cut).run();
    m_store.touch(QStringLiteral("conflict"));
    for (const QString &successor : successors)
        undoAfter(successor, 0);
}

void Revocation::restoreField(const QString &entity, const QString &rowId, const QString &field, const QString &device,
                              qint64 cut)
{
    Database &db = m_store.db();
    const QByteArray table = entity.toLatin1();
    if (!db.schema().isSynced(table) || !db.columns(table).contains(field.toLatin1()))
        return;
    // The newest value another write left here: the merge kept each value it replaced.
    auto q =
        db.query("SELECT coalesce(loser_lamport, loser_hlc), loser_device, loser_hlc, loser_value, loser_author FROM conflict "
                 "WHERE row_id = ? AND field = ? AND loser_value IS NOT NULL "
                 "AND NOT (loser_device = ? AND coalesce(loser_lamport, loser_hlc) > ?) "
                 "ORDER BY 1 DESC, 2 DESC LIMIT 1");
    q->bind(1, rowId).bind(2, field).bind(3, device).bind(4, cut);
    if (!q->next())
        return; // nothing to go back to is known here: the value stays
    const Version previous { quint64(q->int64(0)), q->text(1), quint64(q->int64(2)), q->text(4) };
    const QJsonValue value = QJsonDocument::fromJson(q->text(3).toUtf8()).array().at(0);
    db.cached("UPDATE " + table + " SET " + field.toLatin1() + " = ? WHERE id = ?")
        .bind(1, ChangeApplier::canonical(value).toVariant())
        .bind(2, rowId)
        .run();
    // As on a laptop that never saw the revoked write: the value's own version (none of its own if it
    // is the row's first), no conflict for it.
    db.cached("DELETE FROM field_version WHERE row_id = ? AND field = ?").bind(1, rowId).bind(2, field).run();
    if (!(previous == m_store.fieldVersion(table.constData(), rowId, field)))
        m_store.setFieldVersion(rowId, field, entity, previous, {});
    db.cached(
          "DELETE FROM conflict WHERE row_id = ? AND field = ? AND loser_device = ? AND coalesce(loser_lamport, loser_hlc) = ?")
        .bind(1, rowId)
        .bind(2, field)
        .bind(3, previous.device)
        .bind(4, qint64(previous.lamport))
        .run();
    m_store.touch(entity);
}

} // namespace Kvarter::Sync
