// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ChangeApplier.h"

#include "common/Error.h"
#include "store/Schema.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Kvarter::Sync {

namespace {

// Entity and field names come from other devices: only synced tables and plain column names pass.
bool isPlainName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('_')) || name == QLatin1String("id"))
        return false;
    for (const QChar c : name)
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    return true;
}

QString canonicalText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

} // namespace

QJsonValue ChangeApplier::canonical(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? 1.0 : 0.0;
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return value.toString();
    return QJsonValue::Null;
}

namespace {
const QString WaitingCheckedKey = QStringLiteral("sync_waiting_checked_schema");
} // namespace

ApplyResult ChangeApplier::apply(const QList<Change> &changes)
{
    ApplyResult result;
    m_store.writeUnordered([&] {
        for (const Change &change : changes)
            applyOne(change, result, false);
        retryPending(result);
    });
    return result;
}

qint64 ChangeApplier::waitingCount(Store &store) { return store.db().scalar("SELECT count(*) FROM sync_waiting_change"); }

ApplyResult ChangeApplier::applyWaiting()
{
    ApplyResult result;
    // Only a new schema (an upgrade) can make a waiting change known: otherwise nothing to try.
    const QString schema = QString::number(m_store.db().userVersion());
    if (waitingCount(m_store) == 0 || m_store.db().meta(WaitingCheckedKey) == schema)
        return result;
    QList<std::pair<Change, bool>> waiting;
    {
        auto q = m_store.db().query(QByteArray("SELECT ") + Change::Columns
                                    + ", remainder FROM sync_waiting_change ORDER BY 7, device");
        while (q->next())
            waiting.append({ Change::fromRow(*q), q->int64(8) != 0 });
    }
    m_store.writeUnordered([&] {
        m_store.db().exec("DELETE FROM sync_waiting_change");
        // What is still unknown goes back to waiting, the rest is applied in the order it was written.
        for (const auto &[change, remainder] : waiting)
            applyOne(change, result, false, remainder);
        retryPending(result);
        m_store.db().setMeta(WaitingCheckedKey, schema);
    });
    return result;
}

bool ChangeApplier::setAsideUnknown(Change &change, ApplyResult &result, bool remainder)
{
    const SyncedTable *table = isPlainName(change.entity) ? m_store.db().schema().syncedTable(change.entity.toLatin1()) : nullptr;
    if (!table || change.rowId.isEmpty()) {
        keepWaiting(change, remainder, result);
        return false;
    }
    const QList<QByteArray> &columns = m_store.db().columns(table->name);
    Change unknown = change;
    unknown.fields = {};
    unknown.base = {};
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
        if (isPlainName(it.key()) && columns.contains(it.key().toLatin1()))
            continue;
        unknown.fields.insert(it.key(), it.value());
        if (change.base.contains(it.key()))
            unknown.base.insert(it.key(), change.base.value(it.key()));
    }
    if (unknown.fields.isEmpty())
        return true;
    const bool firstWrite = change.isFirstWrite() && !remainder;
    // An append-only row cannot be completed later (it is never updated), nor can a row be created
    // from nothing: then the whole change waits. Otherwise the known fields are applied now, so the
    // team's other work (a new visit, a moved one) still reaches this laptop.
    if (table->merge == MergeKind::AppendOnlyUnion || unknown.fields.size() == change.fields.size()) {
        keepWaiting(change, remainder, result);
        return false;
    }
    keepWaiting(unknown, remainder || firstWrite, result);
    for (auto it = unknown.fields.begin(); it != unknown.fields.end(); ++it) {
        change.fields.remove(it.key());
        change.base.remove(it.key());
    }
    return true;
}

void ChangeApplier::keepWaiting(const Change &change, bool remainder, ApplyResult &result)
{
    m_store.db()
        .cached(
            "INSERT OR IGNORE INTO sync_waiting_change (device, lamport, hlc, entity, row_id, fields, base, author, remainder) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, change.device)
        .bind(2, qint64(change.lamport))
        .bind(3, qint64(change.hlc))
        .bind(4, change.entity)
        .bind(5, change.rowId)
        .bindUtf8(6, QJsonDocument(change.fields).toJson(QJsonDocument::Compact))
        .bindUtf8(7, QJsonDocument(change.base).toJson(QJsonDocument::Compact))
        .bind(8, change.author)
        .bind(9, remainder)
        .run();
    ++result.waiting;
}

void ChangeApplier::applyOne(const Change &incoming, ApplyResult &result, bool fromPending, bool remainder)
{
    m_store.observe(incoming.lamport);
    if (incoming.device == m_store.deviceId()) {
        ++result.skipped;
        return;
    }
    Change change = incoming;
    if (!setAsideUnknown(change, result, remainder))
        return;
    const QByteArray entity = change.entity.toLatin1();
    if (m_store.db().schema().syncedTable(entity)->merge == MergeKind::AppendOnlyUnion) {
        insertRow(change, true);
        ++result.applied;
        return;
    }
    const bool exists = m_store.rowExists(entity.constData(), change.rowId);
    if (!exists) {
        if (remainder) {
            keepWaiting(change, true, result); // the row its first write made is not here (yet)
        } else if (change.isFirstWrite()) {
            insertRow(change, false);
            ++result.applied;
        } else if (!fromPending) {
            // An edit of a row we do not have yet: keep it until the row's first write arrives.
            m_store.db()
                .cached("INSERT OR IGNORE INTO pending_change (device, hlc, entity, row_id, fields, base, lamport, author) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, change.device)
                .bind(2, qint64(change.hlc))
                .bind(3, change.entity)
                .bind(4, change.rowId)
                .bindUtf8(5, QJsonDocument(change.fields).toJson(QJsonDocument::Compact))
                .bindUtf8(6, QJsonDocument(change.base).toJson(QJsonDocument::Compact))
                .bind(7, qint64(change.lamport))
                .bind(8, change.author)
                .run();
            ++result.parked;
        }
        return;
    }
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
        if (remainder)
            applyRemainderField(change, it.key(), result);
        else
            applyField(change, it.key(), result);
    }
}

void ChangeApplier::applyRemainderField(const Change &change, const QString &field, ApplyResult &result)
{
    // Part of the row's first write, held back until this laptop knew the field: nobody can have
    // written the field here before (it did not exist), unless a later write of it was applied.
    auto later = m_store.db().query("SELECT 1 FROM field_version WHERE row_id = ? AND field = ?");
    later->bind(1, change.rowId).bind(2, field);
    if (later->next()) {
        applyField(change, field, result);
        return;
    }
    m_store.db()
        .cached("UPDATE " + change.entity.toLatin1() + " SET " + field.toLatin1() + " = ? WHERE id = ?")
        .bind(1, canonical(change.fields.value(field)).toVariant())
        .bind(2, change.rowId)
        .run();
    m_store.touch(change.entity);
    ++result.applied;
}

void ChangeApplier::insertRow(const Change &change, bool ignoreExisting)
{
    QByteArray sql = QByteArray(ignoreExisting ? "INSERT OR IGNORE INTO " : "INSERT INTO ") + change.entity.toLatin1()
        + " (id, _lam, _dev, _hlc";
    QByteArray values = "?, ?, ?, ?";
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it) {
        sql += ", " + it.key().toLatin1();
        values += ", ?";
    }
    sql += ") VALUES (" + values + ")";
    Statement &q = m_store.db().cached(sql);
    q.bind(1, change.rowId).bind(2, qint64(change.lamport)).bind(3, change.device).bind(4, qint64(change.hlc));
    int index = 5;
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it)
        q.bind(index++, canonical(it.value()).toVariant());
    q.run();
    m_store.touch(change.entity);
}

QJsonValue ChangeApplier::currentValue(const Change &change, const QString &field)
{
    auto q = m_store.db().query("SELECT " + field.toLatin1() + " FROM " + change.entity.toLatin1() + " WHERE id = ?");
    q->bind(1, change.rowId);
    if (!q->next())
        return QJsonValue::Null;
    return canonical(QJsonValue::fromVariant(q->value(0)));
}

void ChangeApplier::applyField(const Change &change, const QString &field, ApplyResult &result)
{
    const QByteArray entity = change.entity.toLatin1();
    const Version incoming = change.version();
    const QJsonArray seen = change.base.value(field).toArray();
    const Version base = Version::fromString(seen.at(0).toString());
    // What the author saw and overwrote is settled on every replica, whatever the order of arrival.
    for (const QJsonValue &settled : seen)
        if (const Version v = Version::fromString(settled.toString()); !v.isNull())
            m_store.settleConflict(change.rowId, field, v, entity.constData(), incoming);

    Version local;
    Version localBase;
    {
        auto q = m_store.db().query("SELECT coalesce(lamport, hlc), device, hlc, coalesce(base_lamport, base_hlc), "
                                    "base_device, base_hlc, author FROM field_version WHERE row_id = ? AND field = ?");
        q->bind(1, change.rowId).bind(2, field);
        if (q->next()) {
            local = { quint64(q->int64(0)), q->text(1), quint64(q->int64(2)), q->text(6) };
            localBase = { quint64(q->int64(3)), q->text(4), quint64(q->int64(5)) };
        }
    }
    if (local.isNull())
        local = m_store.fieldVersion(entity.constData(), change.rowId, field);
    if (incoming == local) {
        ++result.skipped;
        return;
    }
    const QJsonValue value = canonical(change.fields.value(field));
    const QJsonValue current = currentValue(change, field);
    if (incoming > local) {
        m_store.db()
            .cached("UPDATE " + entity + " SET " + field.toLatin1() + " = ? WHERE id = ?")
            .bind(1, value.toVariant())
            .bind(2, change.rowId)
            .run();
        m_store.setFieldVersion(change.rowId, field, change.entity, incoming, base);
        m_store.touch(change.entity);
        ++result.applied;
        // The value replaced here is kept as a loser unless some write was made over it knowingly
        // (its base): that settles it on every replica. Which losers stay open thus depends only
        // on the set of changes a replica has seen, never on their order.
        recordLoser(change, field, local, current);
        if (base < local)
            ++result.conflicts;
    } else {
        ++result.skipped;
        recordLoser(change, field, incoming, value);
        if (localBase < incoming)
            ++result.conflicts;
    }
}

void ChangeApplier::recordLoser(const Change &change, const QString &field, const Version &loser, const QJsonValue &value)
{
    m_store.db()
        .cached("INSERT INTO conflict (row_id, field, entity, loser_hlc, loser_device, loser_value, loser_lamport, loser_author, "
                "resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT DO UPDATE SET "
                "loser_value = coalesce(loser_value, excluded.loser_value), "
                "loser_author = CASE WHEN excluded.loser_author != '' THEN excluded.loser_author ELSE loser_author END")
        .bind(1, change.rowId)
        .bind(2, field)
        .bind(3, change.entity)
        .bind(4, qint64(loser.hlc))
        .bind(5, loser.device)
        .bind(6, canonicalText(value))
        .bind(7, qint64(loser.lamport))
        .bind(8, loser.author)
        .run();
    m_store.touch(QStringLiteral("conflict"));
}

void ChangeApplier::retryPending(ApplyResult &result)
{
    QList<Change> ready;
    {
        auto q = m_store.db().query(QByteArray("SELECT ") + Change::Columns + " FROM pending_change ORDER BY 7");
        while (q->next())
            ready << Change::fromRow(*q);
    }
    for (const Change &c : ready) {
        if (!m_store.rowExists(c.entity.toLatin1().constData(), c.rowId))
            continue;
        m_store.db()
            .cached("DELETE FROM pending_change WHERE device = ? AND hlc = ?")
            .bind(1, c.device)
            .bind(2, qint64(c.hlc))
            .run();
        --result.parked;
        applyOne(c, result, true);
    }
}

} // namespace Kvarter::Sync
