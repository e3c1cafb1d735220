// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Store.h"

#include "Schema.h"

#include "common/Clock.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace Kvarter {

Store::Store(const QString &path, const Clock &clock, int targetVersion) : Store(path, clock, Schema::current(), targetVersion) {}

Store::Store(const QString &path, const Clock &clock, const Schema &schema, int targetVersion)
    : m_db(std::make_unique<Database>(path, schema, targetVersion)), m_clock(clock)
{
    loadClocks();
}

Store::Store(const QString &path, const Clock &clock, const Schema &schema, CompanionTag)
    : m_db(std::make_unique<Database>(path, schema, -1, Database::Lock::ShareOwners)), m_clock(clock)
{
    loadClocks();
}

std::unique_ptr<Store> Store::companion(const Store &owner)
{
    std::unique_ptr<Store> store(new Store(owner.m_db->path(), owner.m_clock, owner.m_db->schema(), CompanionTag {}));
    store->m_hlc.observe(owner.m_hlc.last());
    store->m_lamport.observe(owner.m_lamport.last());
    return store;
}

void Store::loadClocks()
{
    m_deviceId = m_db->meta(QStringLiteral("device_id"));
    const QString hlc = m_db->meta(QStringLiteral("hlc"), QStringLiteral("0"));
    m_hlc.observe(hlc.toULongLong());
    // A file from before schema 5 has no Lamport clock yet: its writes' Lamport values are their
    // hlc values, so the clock starts above the largest of them.
    m_lamport.observe(m_db->meta(QStringLiteral("lamport"), hlc).toULongLong());
}

void Store::reloadClock() { loadClocks(); }

Store::~Store() = default;

void Store::begin()
{
    if (m_depth++ == 0)
        m_touched.clear();
    m_db->begin();
}

void Store::finish()
{
    const bool outermost = m_depth == 1;
    if (outermost) {
        try {
            m_db->setMeta(QStringLiteral("hlc"), QString::number(m_hlc.last()));
            m_db->setMeta(QStringLiteral("lamport"), QString::number(m_lamport.last()));
        } catch (...) {
            abort();
            throw;
        }
    }
    --m_depth;
    m_db->commit(); // throws, having rolled back, if an inner part failed
    if (outermost && !m_touched.isEmpty())
        Q_EMIT changed(m_touched.values());
}

void Store::abort()
{
    --m_depth;
    m_db->rollback();
}

void Store::insert(const char *entity, const QString &id, const Fields &fields)
{
    Q_ASSERT(m_db->schema().isSynced(entity));
    // Statements are cached by their SQL text, so building the text is the only per-call cost.
    QByteArray sql = QByteArray("INSERT INTO ") + entity + " (id, _lam, _dev, _hlc";
    QByteArray values = "?, ?, ?, ?";
    for (const Field &f : fields) {
        sql += ", " % QByteArray(f.first);
        values += ", ?";
    }
    sql += ") VALUES (" % values % ")";
    const Version version = nextVersion();
    Statement &q = m_db->cached(sql);
    q.bind(1, id).bind(2, qint64(version.lamport)).bind(3, m_deviceId).bind(4, qint64(version.hlc));
    int index = 5;
    for (const Field &f : fields)
        q.bind(index++, f.second);
    q.run();
    appendToLog(entity, id, fields, version);
}

Version Store::fieldVersion(const char *entity, const QString &id, const QString &field)
{
    {
        auto q =
            m_db->query("SELECT coalesce(lamport, hlc), device, hlc, author FROM field_version WHERE row_id = ? AND field = ?");
        q->bind(1, id).bind(2, field);
        if (q->next())
            return { quint64(q->int64(0)), q->text(1), quint64(q->int64(2)), q->text(3) };
    }
    auto q = m_db->query(QByteArray("SELECT coalesce(_lam, _hlc), _dev, _hlc FROM ") + entity + " WHERE id = ?");
    q->bind(1, id);
    if (q->next())
        return { quint64(q->int64(0)), q->text(1), quint64(q->int64(2)) };
    return {};
}

void Store::setFieldVersion(const QString &rowId, const QString &field, const QString &entity, const Version &version,
                            const Version &base)
{
    m_db->cached("INSERT INTO field_version (row_id, field, entity, lamport, device, hlc, base_lamport, base_device, base_hlc, "
                 "author) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET lamport = excluded.lamport, "
                 "device = excluded.device, hlc = excluded.hlc, base_lamport = excluded.base_lamport, "
                 "base_device = excluded.base_device, base_hlc = excluded.base_hlc, author = excluded.author")
        .bind(1, rowId)
        .bind(2, field)
        .bind(3, entity)
        .bind(4, qint64(version.lamport))
        .bind(5, version.device)
        .bind(6, qint64(version.hlc))
        .bind(7, qint64(base.lamport))
        .bind(8, base.device)
        .bind(9, qint64(base.hlc))
        .bind(10, version.author)
        .run();
}

bool Store::rowExists(const char *entity, const QString &id)
{
    auto q = m_db->query(QByteArray("SELECT 1 FROM ") + entity + " WHERE id = ?");
    q->bind(1, id);
    return q->next();
}

void Store::settleConflict(const QString &rowId, const QString &field, const Version &loser, const char *entity,
                           const Version &by)
{
    // Settled even before the loser itself arrives: a late copy of it must not reopen the conflict.
    // settled_by lists each settling write once ("device:lamport;").
    m_db->cached("INSERT INTO conflict (row_id, field, entity, loser_hlc, loser_device, loser_lamport, resolved, settled_by) "
                 "VALUES (?, ?, ?, ?, ?, ?, 1, ?7) ON CONFLICT DO UPDATE SET resolved = 1, settled_by = CASE "
                 "WHEN instr(settled_by, ?7) > 0 THEN settled_by ELSE settled_by || ?7 END")
        .bind(1, rowId)
        .bind(2, field)
        .bindUtf8(3, QByteArray(entity))
        .bind(4, qint64(loser.hlc))
        .bind(5, loser.device)
        .bind(6, qint64(loser.lamport))
        .bind(7, by.device + QLatin1Char(':') + QString::number(by.lamport) + QLatin1Char(';'))
        .run();
}

void Store::update(const char *entity, const QString &id, const Fields &fields, const QHash<QString, QList<Version>> &resolves)
{
    Q_ASSERT(m_db->schema().isSynced(entity));
    QList<Version> bases;
    for (const Field &f : fields)
        bases << fieldVersion(entity, id, QString::fromLatin1(f.first));
    QByteArray sql = QByteArray("UPDATE ") + entity + " SET ";
    for (qsizetype i = 0; i < fields.size(); ++i)
        sql += (i ? ", " : "") % QByteArray(fields[i].first) % " = ?";
    sql += " WHERE id = ?";
    Statement &q = m_db->cached(sql);
    int index = 1;
    for (const Field &f : fields)
        q.bind(index++, f.second);
    q.bind(index, id);
    q.run();
    if (m_db->changes() == 0)
        throw Error(QCoreApplication::translate("Kvarter::Store",
                                                "The record no longer exists; it may have been "
                                                "removed on another device."));
    for (const Version &b : bases)
        m_lamport.observe(b.lamport);
    const Version version = nextVersion();
    const auto settleConflict = [&](const QString &rowId, const QString &field, const Version &loser, const char *table) {
        this->settleConflict(rowId, field, loser, table, version);
    };
    QJsonObject base;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString field = QString::fromLatin1(fields[i].first);
        setFieldVersion(id, field, QString::fromLatin1(entity), version, bases[i]);
        settleConflict(id, field, bases[i], entity); // what this write saw and replaced is settled
        QJsonArray seen { bases[i].toString() };
        for (const Version &loser : resolves.value(field)) {
            settleConflict(id, field, loser, entity);
            seen.append(loser.toString());
        }
        base.insert(field, seen);
    }
    appendToLog(entity, id, fields, version, QJsonDocument(base).toJson(QJsonDocument::Compact));
}

Version Store::nextVersion()
{
    const quint64 lamport = m_lamport.tick();
    return { lamport, m_deviceId, m_hlc.tick(m_clock.nowMs()), m_author };
}

namespace {
// The change log's field values as compact JSON. Written by hand rather than through QJsonDocument
// because this runs once per record write and sits on the insert path the benchmark measures.
void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    out += '"';
    for (const char c : utf8) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (uchar(c) < 0x20) {
                char escaped[8];
                std::snprintf(escaped, sizeof escaped, "\\u%04x", c);
                out += escaped;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QByteArray fieldsAsJson(const Fields &fields)
{
    QByteArray out;
    out.reserve(160);
    out += '{';
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        appendJsonString(out, QByteArray(fields[i].first));
        out += ':';
        const QVariant &v = fields[i].second;
        if (!v.isValid() || v.isNull()) {
            out += "null";
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Bool: out += v.toBool() ? "true" : "false"; break;
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong: out += QByteArray::number(v.toLongLong()); break;
        case QMetaType::Double: out += QByteArray::number(v.toDouble(), 'g', 17); break;
        default: appendJsonString(out, v.toString().toUtf8());
        }
    }
    out += '}';
    return out;
}
} // namespace

void Store::appendToLog(const char *entity, const QString &id, const Fields &fields, const Version &version,
                        const QByteArray &base)
{
    const QByteArray json = fieldsAsJson(fields);
    m_db->cached("INSERT INTO change_log (hlc, device, entity, row_id, fields, base, lamport, author) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, qint64(version.hlc))
        .bind(2, m_deviceId)
        .bindUtf8(3, QByteArray(entity))
        .bind(4, id)
        .bindUtf8(5, json)
        .bindUtf8(6, base)
        .bind(7, qint64(version.lamport))
        .bind(8, version.author)
        .run();
    m_touched.insert(QString::fromLatin1(entity));
}

} // namespace Kvarter
