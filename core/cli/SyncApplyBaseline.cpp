// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncApplyBaseline.h"

#include "common/Error.h"
#include "store/Version.h"
#include "sync/ChangeApplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <array>
#include <sqlite3.h>

namespace Kvarter {

namespace {

// The columns of a visit's first write, in the order the insert below names them.
constexpr std::array<const char *, 6> VisitColumns { "citizen_id", "employee_id", "minutes", "services", "start", "status" };

[[noreturn]] void fail(sqlite3 *db) { throw Error(QString::fromUtf8(sqlite3_errmsg(db))); }

// A value as the engine stores a loser: the JSON array of its canonical form.
QByteArray loserText(sqlite3_stmt *row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_INTEGER: return '[' + QByteArray::number(sqlite3_column_int64(row, column)) + ']';
    case SQLITE_NULL: return QByteArrayLiteral("[null]");
    case SQLITE_FLOAT: return QJsonDocument(QJsonArray { sqlite3_column_double(row, column) }).toJson(QJsonDocument::Compact);
    default: {
        const QString text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, column)),
                                               sqlite3_column_bytes(row, column));
        return QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    }
    }
}

QString columnText(sqlite3_stmt *row, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(row, column)), sqlite3_column_bytes(row, column));
}

} // namespace

/// One prepared statement with the few binds the baseline needs.
class SyncApplyBaseline::Prepared
{
public:
    Prepared(sqlite3 *db, const QByteArray &sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
            fail(db);
    }
    ~Prepared() { sqlite3_finalize(m_stmt); }
    Q_DISABLE_COPY_MOVE(Prepared)

    sqlite3_stmt *get() const { return m_stmt; }
    Prepared &text(int index, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Prepared &utf8(int index, const QByteArray &value)
    {
        sqlite3_bind_text(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Prepared &integer(int index, qint64 value)
    {
        sqlite3_bind_int64(m_stmt, index, value);
        return *this;
    }
    Prepared &json(int index, const QJsonValue &value)
    {
        if (value.isString())
            return text(index, value.toString());
        if (value.isBool())
            return integer(index, value.toBool() ? 1 : 0);
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (d == double(qint64(d)))
                return integer(index, qint64(d));
            sqlite3_bind_double(m_stmt, index, d);
            return *this;
        }
        sqlite3_bind_null(m_stmt, index);
        return *this;
    }
    /// Steps once: true with a row, false when done.
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            fail(m_db);
        return false;
    }
    void run()
    {
        step();
        reset();
    }
    void reset() { sqlite3_reset(m_stmt); }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

struct SyncApplyBaseline::FieldStatements
{
    std::unique_ptr<Prepared> current; // the value and version a field holds now
    std::unique_ptr<Prepared> update;
};

SyncApplyBaseline::SyncApplyBaseline(sqlite3 *db) : m_db(db)
{
    m_insert = std::make_unique<Prepared>(
        db,
        "INSERT INTO visit (id, _lam, _dev, _hlc, citizen_id, employee_id, minutes, services, start, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING");
    m_fieldVersion = std::make_unique<Prepared>(
        db,
        "INSERT INTO field_version (row_id, field, entity, lamport, device, hlc, base_lamport, base_device, base_hlc, "
        "author) VALUES (?, ?, 'visit', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET lamport = excluded.lamport, "
        "device = excluded.device, hlc = excluded.hlc, base_lamport = excluded.base_lamport, "
        "base_device = excluded.base_device, base_hlc = excluded.base_hlc, author = excluded.author");
    // One statement both settles the replaced version and keeps its value, when the author saw it.
    m_loser = std::make_unique<Prepared>(
        db,
        "INSERT INTO conflict (row_id, field, entity, loser_hlc, loser_device, loser_value, loser_lamport, "
        "loser_author, resolved, settled_by) VALUES (?, ?, 'visit', ?, ?, ?, ?, ?, ?, ?9) ON CONFLICT DO UPDATE SET "
        "resolved = max(resolved, excluded.resolved), loser_value = coalesce(loser_value, excluded.loser_value), "
        "loser_author = CASE WHEN excluded.loser_author != '' THEN excluded.loser_author ELSE loser_author END, "
        "settled_by = CASE WHEN ?9 = '' OR instr(settled_by, ?9) > 0 THEN settled_by ELSE settled_by || ?9 END");
    // As Store::settleConflict: each settling write is listed once.
    m_settle = std::make_unique<Prepared>(
        db,
        "INSERT INTO conflict (row_id, field, entity, loser_hlc, loser_device, loser_lamport, resolved, settled_by) "
        "VALUES (?, ?, 'visit', ?, ?, ?, 1, ?6) ON CONFLICT DO UPDATE SET resolved = 1, settled_by = CASE "
        "WHEN instr(settled_by, ?6) > 0 THEN settled_by ELSE settled_by || ?6 END");
    m_pending = std::make_unique<Prepared>(
        db,
        "INSERT OR IGNORE INTO pending_change (device, hlc, entity, row_id, fields, base, lamport, author) "
        "VALUES (?, ?, 'visit', ?, ?, ?, ?, ?)");
}

SyncApplyBaseline::~SyncApplyBaseline() = default;

SyncApplyBaseline::FieldStatements &SyncApplyBaseline::statementsFor(const QString &field)
{
    auto it = m_fields.find(field);
    if (it != m_fields.end())
        return *it->second;
    if (field != QLatin1String("start") && field != QLatin1String("employee_id"))
        throw Error(QStringLiteral("The baseline only moves a visit's start or employee, not %1.").arg(field));
    const QByteArray name = field.toLatin1();
    auto statements = std::make_unique<FieldStatements>();
    statements->current =
        std::make_unique<Prepared>(m_db,
                                   "SELECT v." + name
                                       + ", fv.row_id IS NOT NULL, coalesce(fv.lamport, fv.hlc), fv.device, fv.hlc, fv.author, "
                                         "coalesce(v._lam, v._hlc), v._dev, v._hlc FROM visit v LEFT JOIN field_version fv "
                                         "ON fv.row_id = v.id AND fv.field = '"
                                       + name + "' WHERE v.id = ?");
    statements->update = std::make_unique<Prepared>(m_db, "UPDATE visit SET " + name + " = ? WHERE id = ?");
    return *m_fields.emplace(field, std::move(statements)).first->second;
}

int SyncApplyBaseline::apply(const QList<Sync::Change> &changes)
{
    m_applied = 0;
    // As the engine does: references are not enforced during a merge.
    sqlite3_exec(m_db, "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr);
    sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    try {
        for (const Sync::Change &change : changes) {
            if (change.entity != QLatin1String("visit"))
                throw Error(QStringLiteral("The baseline only applies visits."));
            m_lamport = std::max(m_lamport, change.lamport);
            if (change.isFirstWrite()) {
                insertVisit(change);
                continue;
            }
            for (auto it = change.fields.begin(); it != change.fields.end(); ++it)
                applyField(change, it.key());
        }
        Prepared clock(m_db,
                       "INSERT INTO meta (key, value) VALUES ('lamport', ?) ON CONFLICT(key) DO UPDATE SET "
                       "value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))");
        clock.text(1, QString::number(m_lamport)).run();
        if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(m_db);
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_exec(m_db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        throw;
    }
    sqlite3_exec(m_db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
    return m_applied;
}

void SyncApplyBaseline::insertVisit(const Sync::Change &change)
{
    if (change.fields.size() != qsizetype(VisitColumns.size()))
        throw Error(QStringLiteral("The baseline only inserts whole visits."));
    Prepared &q = *m_insert;
    q.text(1, change.rowId).integer(2, qint64(change.lamport)).text(3, change.device).integer(4, qint64(change.hlc));
    int index = 5;
    for (const char *column : VisitColumns)
        q.json(index++, change.fields.value(QLatin1String(column)));
    q.run();
    if (sqlite3_changes(m_db) == 1) {
        ++m_applied;
        return;
    }
    // The row is here already (a duplicate delivery, or the same id from elsewhere): merge by field.
    for (auto it = change.fields.begin(); it != change.fields.end(); ++it)
        applyField(change, it.key());
}

void SyncApplyBaseline::park(const Sync::Change &change)
{
    m_pending->text(1, change.device)
        .integer(2, qint64(change.hlc))
        .text(3, change.rowId)
        .utf8(4, QJsonDocument(change.fields).toJson(QJsonDocument::Compact))
        .utf8(5, QJsonDocument(change.base).toJson(QJsonDocument::Compact))
        .integer(6, qint64(change.lamport))
        .text(7, change.author)
        .run();
}

void SyncApplyBaseline::applyField(const Sync::Change &change, const QString &field)
{
    FieldStatements &s = statementsFor(field);
    Prepared &current = *s.current;
    current.text(1, change.rowId);
    if (!current.step()) {
        current.reset();
        park(change);
        return;
    }
    sqlite3_stmt *row = current.get();
    const bool own = sqlite3_column_int(row, 1) != 0; // the field has its own version
    const Version local = own
        ? Version(quint64(sqlite3_column_int64(row, 2)), columnText(row, 3), quint64(sqlite3_column_int64(row, 4)),
                  columnText(row, 5))
        : Version(quint64(sqlite3_column_int64(row, 6)), columnText(row, 7), quint64(sqlite3_column_int64(row, 8)));
    const QByteArray replaced = loserText(row, 0);
    current.reset();

    const Version incoming = change.version();
    const QJsonArray seen = change.base.value(field).toArray();
    const Version base = Version::fromString(seen.at(0).toString());
    // The common case, an informed overwrite of exactly what is here, settles and keeps the
    // replaced value in one statement; anything else settles what the author saw first.
    const bool informed = incoming > local && seen.size() == 1 && base == local && base.hlc == local.hlc;
    const QString settler = incoming.device + QLatin1Char(':') + QString::number(incoming.lamport) + QLatin1Char(';');
    if (!informed) {
        for (const QJsonValue &settled : seen)
            if (const Version v = Version::fromString(settled.toString()); !v.isNull())
                m_settle->text(1, change.rowId)
                    .text(2, field)
                    .integer(3, qint64(v.hlc))
                    .text(4, v.device)
                    .integer(5, qint64(v.lamport))
                    .text(6, settler)
                    .run();
    }
    if (incoming == local)
        return;
    const bool wins = incoming > local;
    const Version &loser = wins ? local : incoming;
    if (wins) {
        s.update->json(1, change.fields.value(field)).text(2, change.rowId).run();
        m_fieldVersion->text(1, change.rowId)
            .text(2, field)
            .integer(3, qint64(incoming.lamport))
            .text(4, incoming.device)
            .integer(5, qint64(incoming.hlc))
            .integer(6, qint64(base.lamport))
            .text(7, base.device)
            .integer(8, qint64(base.hlc))
            .text(9, incoming.author)
            .run();
        ++m_applied;
    }
    const QByteArray value = wins
        ? replaced
        : QJsonDocument(QJsonArray { Sync::ChangeApplier::canonical(change.fields.value(field)) }).toJson(QJsonDocument::Compact);
    m_loser->text(1, change.rowId)
        .text(2, field)
        .integer(3, qint64(loser.hlc))
        .text(4, loser.device)
        .utf8(5, value)
        .integer(6, qint64(loser.lamport))
        .text(7, loser.author)
        .integer(8, informed ? 1 : 0)
        .text(9, informed ? settler : QString())
        .run();
}

} // namespace Kvarter
