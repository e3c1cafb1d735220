// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ServerStorage.h"

#include "common/Error.h"
#include "common/Id.h"
#include "common/PrivateFiles.h"
#include "sync/Crypto.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Kvarter::Server {

namespace {

QSqlDatabase connection(const QString &driver)
{
    // Each storage gets its own connection name, so tests can run SQLite and PostgreSQL side by side.
    return QSqlDatabase::addDatabase(driver, QStringLiteral("kvarter-server-") + Id::create());
}
} // namespace

ServerStorage::ServerStorage(QSqlDatabase db, QString kind) : m_db(std::move(db)), m_kind(std::move(kind)) { migrate(); }

ServerStorage::~ServerStorage()
{
    for (auto &q : m_queries)
        q.reset();
    if (m_advisoryLocked) {
        // Released now rather than when PostgreSQL notices the connection is gone, so a server
        // started right after this one can claim the database.
        QSqlQuery unlock(m_db);
        unlock.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(AdvisoryLockKey));
    }
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

std::unique_ptr<ServerStorage> ServerStorage::openSqlite(const QString &path)
{
    // The server holds no key and only encrypted bundles, but who syncs when and the devices'
    // public keys are its operator's business: 0600, and a folder it makes 0700 (SQLite gives
    // -wal and -shm the database file's mode). One made by an older version is tightened.
    if (!PrivateFiles::makeFolder(QFileInfo(path).absolutePath(), false) || !PrivateFiles::createFile(path))
        throw Error(tr("Cannot open the server database %1: %2").arg(path, tr("the file cannot be created")));
    for (const char *suffix : { "-wal", "-shm", ".server-lock" })
        PrivateFiles::tighten(path + QLatin1String(suffix));
    QSqlDatabase db = connection(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open())
        throw Error(tr("Cannot open the server database %1: %2").arg(path, db.lastError().text()));
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // FULL: a push is answered as stored only once it would survive a power cut, as on PostgreSQL.
    // (NORMAL, faster, may lose the last commits then, and the laptop would never send them again.)
    pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    return std::unique_ptr<ServerStorage>(new ServerStorage(db, QStringLiteral("sqlite")));
}

std::unique_ptr<ServerStorage> ServerStorage::openPostgres(const QString &conninfo)
{
    QSqlDatabase db = connection(QStringLiteral("QPSQL"));
    // QPSQL takes the parts separately; accept the familiar libpq "key=value" form.
    for (const QString &part : conninfo.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0);
        const QString value = part.section(QLatin1Char('='), 1);
        if (key == QLatin1String("host"))
            db.setHostName(value);
        else if (key == QLatin1String("port"))
            db.setPort(value.toInt());
        else if (key == QLatin1String("dbname"))
            db.setDatabaseName(value);
        else if (key == QLatin1String("user"))
            db.setUserName(value);
        else if (key == QLatin1String("password"))
            db.setPassword(value);
    }
    if (!db.open())
        throw Error(tr("Cannot connect to PostgreSQL (%1): %2").arg(conninfo, db.lastError().text()));
    return std::unique_ptr<ServerStorage>(new ServerStorage(db, QStringLiteral("postgresql")));
}

void ServerStorage::migrate()
{
    const bool pg = isPostgres();
    const QStringList statements {
        QStringLiteral("CREATE TABLE IF NOT EXISTS server_device (device_id TEXT PRIMARY KEY, team_id TEXT NOT NULL, "
                       "public_key TEXT NOT NULL, role TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0)"),
        pg ? QStringLiteral("CREATE TABLE IF NOT EXISTS server_bundle (cursor BIGSERIAL PRIMARY KEY, team_id TEXT NOT NULL, "
                            "device_id TEXT NOT NULL, first_seq BIGINT NOT NULL, last_seq BIGINT NOT NULL, data BYTEA NOT NULL, "
                            "UNIQUE (device_id, first_seq, last_seq))")
           : QStringLiteral("CREATE TABLE IF NOT EXISTS server_bundle (cursor INTEGER PRIMARY KEY, team_id TEXT NOT NULL, "
                            "device_id TEXT NOT NULL, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL, data BLOB NOT NULL, "
                            "UNIQUE (device_id, first_seq, last_seq))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS server_bundle_by_team ON server_bundle (team_id, cursor)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS server_device_by_team ON server_device (team_id)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS server_enrolment (token_hash TEXT PRIMARY KEY, name TEXT NOT NULL, team_id TEXT)"),
        pg ? QStringLiteral(
            "CREATE TABLE IF NOT EXISTS server_snapshot (team_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, data BYTEA NOT NULL)")
           : QStringLiteral("CREATE TABLE IF NOT EXISTS server_snapshot (team_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, data "
                            "BLOB NOT NULL)"),
    };
    for (const QString &sql : statements) {
        // DDL is executed directly: QPSQL cannot run it as a prepared statement.
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            throw Error(tr("The server's database reported an error: %1").arg(q.lastError().text()));
    }
    finalRegistrations();
    // Added later: a revoked device's bundles after its cut-off are withdrawn, not deleted, so a
    // cursor is never given twice (SQLite would reuse the largest one) and pulls skip them.
    QSqlQuery has(m_db);
    const bool known =
        has.exec(pg ? QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_name = 'server_bundle' "
                                     "AND column_name = 'withdrawn'")
                    : QStringLiteral("SELECT count(*) FROM pragma_table_info('server_bundle') WHERE name = 'withdrawn'"))
        && has.next() && has.value(0).toInt() > 0;
    if (!known) {
        QSqlQuery add(m_db);
        if (!add.exec(
                pg ? QStringLiteral("ALTER TABLE server_bundle ADD COLUMN IF NOT EXISTS withdrawn INTEGER NOT NULL DEFAULT 0")
                   : QStringLiteral("ALTER TABLE server_bundle ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0")))
            throw Error(tr("The server's database reported an error: %1").arg(add.lastError().text()));
    }
}

void ServerStorage::finalRegistrations()
{
    // Enforced by the database, not only by the code that uses it: a device row is never deleted
    // and nothing in it changes but revoked going from 0 to 1. A replayed or forged registration,
    // or a future statement that forgets, cannot bring a revoked laptop back.
    const bool pg = isPostgres();
    QSqlQuery has(m_db);
    if (!has.exec(
            pg ? QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = 'server_device_final'")
               : QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'server_device_final'")))
        throw Error(tr("The server's database reported an error: %1").arg(has.lastError().text()));
    if (has.next() && has.value(0).toInt() > 0)
        return;
    const QStringList statements = pg
        ? QStringList {
              QStringLiteral("CREATE OR REPLACE FUNCTION server_device_final() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                             "IF TG_OP = 'DELETE' OR NEW.device_id <> OLD.device_id OR NEW.team_id <> OLD.team_id "
                             "OR NEW.public_key <> OLD.public_key OR NEW.role <> OLD.role OR NEW.revoked < OLD.revoked THEN "
                             "RAISE EXCEPTION 'a device registration is final'; END IF; RETURN NEW; END $$"),
              QStringLiteral("CREATE TRIGGER server_device_final BEFORE UPDATE OR DELETE ON server_device "
                             "FOR EACH ROW EXECUTE FUNCTION server_device_final()"),
          }
        : QStringList {
              QStringLiteral("CREATE TRIGGER server_device_final BEFORE UPDATE ON server_device "
                             "WHEN NEW.device_id IS NOT OLD.device_id OR NEW.team_id IS NOT OLD.team_id "
                             "OR NEW.public_key IS NOT OLD.public_key OR NEW.role IS NOT OLD.role OR NEW.revoked < OLD.revoked "
                             "BEGIN SELECT RAISE(ABORT, 'a device registration is final'); END"),
              QStringLiteral("CREATE TRIGGER server_device_kept BEFORE DELETE ON server_device "
                             "BEGIN SELECT RAISE(ABORT, 'a device registration is final'); END"),
          };
    for (const QString &sql : statements) {
        QSqlQuery q(m_db);
        if (!q.exec(sql))
            throw Error(tr("The server's database reported an error: %1").arg(q.lastError().text()));
    }
}

void ServerStorage::claimExclusive()
{
    const QString taken = tr("Another kvarter-server is already serving this database. Run one per database: it keeps "
                             "the bundles in order within one process (use --writers and --readers to give it more threads).");
    if (isPostgres()) {
        // A session lock: PostgreSQL releases it when this connection ends, even if the process is killed.
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(AdvisoryLockKey)))
            fail(q.lastError());
        if (!q.next() || !q.value(0).toBool())
            throw Error(taken);
        m_advisoryLocked = true;
        return;
    }
    auto lock = std::make_unique<QLockFile>(m_db.databaseName() + QStringLiteral(".server-lock"));
    lock->setStaleLockTime(0); // a lock left by a killed server is recognised by its process id
    if (!lock->tryLock(0))
        throw Error(taken);
    PrivateFiles::tighten(lock->fileName());
    m_exclusive = std::move(lock);
}

void ServerStorage::run(QSqlQuery &q)
{
    if (!q.exec())
        fail(q.lastError());
}

void ServerStorage::fail(const QSqlError &error)
{
    // A failed statement may mean the database went away (restarted, or the connection was cut):
    // then this connection is done for, and its thread opens a new one (see ServerWorker).
    QSqlQuery probe(m_db);
    if (!m_db.isOpen() || !probe.exec(QStringLiteral("SELECT 1")))
        m_broken = true;
    throw Error(tr("The server's database reported an error: %1").arg(error.text()));
}

// Every query is finish()ed once its rows are read: on SQLite an unfinished statement keeps its
// read transaction, and a reader thread would go on seeing the bundles of that moment.
QSqlQuery &ServerStorage::prepared(int slot, const QString &sql)
{
    auto &q = m_queries[size_t(slot)];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(sql))
            throw Error(tr("The server's database reported an error: %1").arg(q->lastError().text()));
    }
    q->finish();
    return *q;
}

void ServerStorage::saveSnapshot(const QString &teamId, const QString &deviceId, const QByteArray &data)
{
    QSqlQuery &q =
        prepared(5,
                 QStringLiteral("INSERT INTO server_snapshot (team_id, device_id, data) VALUES (?, ?, ?) "
                                "ON CONFLICT (team_id) DO UPDATE SET device_id = excluded.device_id, data = excluded.data"));
    q.bindValue(0, teamId);
    q.bindValue(1, deviceId);
    q.bindValue(2, data);
    run(q);
}

QByteArray ServerStorage::snapshot(const QString &teamId)
{
    QSqlQuery &q = prepared(6, QStringLiteral("SELECT data FROM server_snapshot WHERE team_id = ?"));
    q.bindValue(0, teamId);
    run(q);
    const QByteArray data = q.next() ? q.value(0).toByteArray() : QByteArray();
    q.finish();
    return data;
}

QString ServerStorage::dataColumn() const
{
    // PostgreSQL encodes (in C, without the line breaks it adds every 76 characters) rather than
    // sending bytea as hex text for this side to unescape and encode again.
    return isPostgres() ? QStringLiteral("translate(encode(data, 'base64'), E'\n', '')") : QStringLiteral("data");
}

QByteArray ServerStorage::base64Data(const QSqlQuery &q, int column) const
{
    return isPostgres() ? q.value(column).toString().toLatin1() : q.value(column).toByteArray().toBase64();
}

namespace {
// The key (cursor or last_seq) of the last row to take: sizes are read first, without the data.
qint64 lastWithin(QSqlQuery &sizes, qint64 maxBytes)
{
    qint64 total = 0, last = -1;
    while (sizes.next()) {
        total += sizes.value(1).toLongLong();
        if (last >= 0 && total > maxBytes)
            break;
        last = sizes.value(0).toLongLong();
    }
    sizes.finish();
    return last;
}
} // namespace

QList<std::pair<qint64, QByteArray>> ServerStorage::ownBundles(const QString &teamId, const QString &deviceId, qint64 afterSeq,
                                                               int limit, qint64 maxBytes)
{
    QSqlQuery &sizes =
        prepared(9,
                 QStringLiteral("SELECT last_seq, length(data) FROM server_bundle WHERE team_id = ? AND device_id = ? "
                                "AND last_seq > ? AND withdrawn = 0 ORDER BY last_seq LIMIT ?"));
    sizes.bindValue(0, teamId);
    sizes.bindValue(1, deviceId);
    sizes.bindValue(2, afterSeq);
    sizes.bindValue(3, limit);
    run(sizes);
    const qint64 upToSeq = lastWithin(sizes, maxBytes);
    if (upToSeq < 0)
        return {};
    QSqlQuery &q = prepared(7,
                            QStringLiteral("SELECT last_seq, ") + dataColumn()
                                + QStringLiteral(" FROM server_bundle WHERE team_id = ? AND device_id = ? AND last_seq > ? "
                                                 "AND last_seq <= ? AND withdrawn = 0 ORDER BY last_seq LIMIT ?"));
    q.bindValue(0, teamId);
    q.bindValue(1, deviceId);
    q.bindValue(2, afterSeq);
    q.bindValue(3, upToSeq);
    q.bindValue(4, limit);
    run(q);
    QList<std::pair<qint64, QByteArray>> result;
    while (q.next())
        result.append({ q.value(0).toLongLong(), base64Data(q, 1) });
    q.finish();
    return result;
}

void ServerStorage::dropEverythingForTests()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("DELETE FROM server_snapshot"));
    q.exec(QStringLiteral("DELETE FROM server_enrolment"));
    q.exec(QStringLiteral("DELETE FROM server_bundle"));
    // Devices are never deleted (see finalRegistrations); TRUNCATE and a dropped table pass by that.
    if (isPostgres()) {
        q.exec(QStringLiteral("TRUNCATE server_device"));
    } else {
        q.exec(QStringLiteral("DROP TABLE server_device"));
        migrate();
    }
}

void ServerStorage::dropBundlesAfter(const QString &teamId, const QString &deviceId, qint64 afterSeq)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE server_bundle SET withdrawn = 1 WHERE team_id = ? AND device_id = ? AND last_seq > ?"));
    q.addBindValue(teamId);
    q.addBindValue(deviceId);
    q.addBindValue(afterSeq);
    run(q);
}

void ServerStorage::execForTests(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        throw Error(tr("The server's database reported an error: %1").arg(q.lastError().text()));
}

void ServerStorage::cutOtherConnectionsForTests()
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid <> pg_backend_pid() "
                          "AND datname = current_database() AND backend_type = 'client backend'"));
}

namespace {
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

QString ServerStorage::allowTeam(const QString &name)
{
    const QString token = QString::fromLatin1(Sync::Crypto::randomBytes(18).toBase64(QByteArray::Base64UrlEncoding));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO server_enrolment (token_hash, name) VALUES (?, ?)"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(name);
    run(q);
    return token;
}

bool ServerStorage::enrol(const QString &token, const QString &teamId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE server_enrolment SET team_id = ? WHERE token_hash = ? AND team_id IS NULL"));
    q.addBindValue(teamId);
    q.addBindValue(tokenHash(token));
    run(q);
    return q.numRowsAffected() == 1;
}

bool ServerStorage::teamExists(const QString &teamId)
{
    QSqlQuery &q = prepared(0, QStringLiteral("SELECT 1 FROM server_device WHERE team_id = ?"));
    q.bindValue(0, teamId);
    run(q);
    const bool exists = q.next();
    q.finish();
    return exists;
}

std::optional<ServerDevice> ServerStorage::device(const QString &deviceId)
{
    QSqlQuery &q =
        prepared(1, QStringLiteral("SELECT team_id, public_key, role, revoked FROM server_device WHERE device_id = ?"));
    q.bindValue(0, deviceId);
    run(q);
    if (!q.next()) {
        q.finish();
        return std::nullopt;
    }
    ServerDevice device { q.value(0).toString(), deviceId, QByteArray::fromBase64(q.value(1).toString().toLatin1()),
                          q.value(2).toString(), q.value(3).toInt() != 0 };
    q.finish();
    return device;
}

ServerDevice ServerStorage::registerDevice(const ServerDevice &d)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO server_device (device_id, team_id, public_key, role, revoked) VALUES (?, ?, ?, ?, 0) "
                             "ON CONFLICT (device_id) DO NOTHING"));
    q.addBindValue(d.deviceId);
    q.addBindValue(d.teamId);
    q.addBindValue(QString::fromLatin1(d.publicKey.toBase64()));
    q.addBindValue(d.role);
    run(q);
    const std::optional<ServerDevice> stored = device(d.deviceId);
    if (!stored)
        throw Error(tr("The server's database reported an error: %1").arg(QStringLiteral("device not stored")));
    return *stored;
}

void ServerStorage::revokeDevice(const QString &deviceId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE server_device SET revoked = 1 WHERE device_id = ?"));
    q.addBindValue(deviceId);
    run(q);
}

std::pair<qint64, bool> ServerStorage::push(const QString &teamId, const QString &deviceId, qint64 firstSeq, qint64 lastSeq,
                                            const QByteArray &data)
{
    // One round trip for a new bundle: RETURNING gives its cursor (both SQLite and PostgreSQL).
    // QPSQL sends values as text: base64 decoded by PostgreSQL is far less to send and parse than
    // an escaped bytea literal.
    QSqlQuery &insert =
        prepared(2,
                 isPostgres() ? QStringLiteral("INSERT INTO server_bundle (team_id, device_id, first_seq, last_seq, data) "
                                               "VALUES (?, ?, ?, ?, decode(?, 'base64')) ON CONFLICT DO NOTHING RETURNING cursor")
                              : QStringLiteral("INSERT INTO server_bundle (team_id, device_id, first_seq, last_seq, data) "
                                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING cursor"));
    insert.bindValue(0, teamId);
    insert.bindValue(1, deviceId);
    insert.bindValue(2, firstSeq);
    insert.bindValue(3, lastSeq);
    insert.bindValue(4, isPostgres() ? QVariant(QString::fromLatin1(data.toBase64())) : QVariant(data));
    run(insert);
    if (insert.next()) {
        const qint64 cursor = insert.value(0).toLongLong();
        insert.finish();
        return { cursor, true };
    }
    return { storedCursor(deviceId, firstSeq, lastSeq), false };
}

qint64 ServerStorage::storedCursor(const QString &deviceId, qint64 firstSeq, qint64 lastSeq)
{
    QSqlQuery &cursor =
        prepared(3, QStringLiteral("SELECT cursor FROM server_bundle WHERE device_id = ? AND first_seq = ? AND last_seq = ?"));
    cursor.bindValue(0, deviceId);
    cursor.bindValue(1, firstSeq);
    cursor.bindValue(2, lastSeq);
    run(cursor);
    const qint64 existing = cursor.next() ? cursor.value(0).toLongLong() : 0;
    cursor.finish();
    return existing;
}

qint64 ServerStorage::storedBytes(const QString &teamId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT coalesce(sum(length(data)), 0) FROM server_bundle WHERE team_id = ?"));
    q.addBindValue(teamId);
    run(q);
    const qint64 bytes = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return bytes;
}

void ServerStorage::inTransaction(const std::function<void()> &work)
{
    if (!m_db.transaction())
        fail(m_db.lastError());
    try {
        work();
    } catch (...) {
        m_db.rollback();
        throw;
    }
    if (!m_db.commit())
        fail(m_db.lastError());
}

QList<StoredBundle> ServerStorage::pull(const QString &teamId, qint64 afterCursor, qint64 upToCursor, int limit, qint64 maxBytes)
{
    QSqlQuery &sizes = prepared(8,
                                QStringLiteral("SELECT cursor, length(data) FROM server_bundle WHERE team_id = ? AND cursor > ? "
                                               "AND cursor <= ? AND withdrawn = 0 ORDER BY cursor LIMIT ?"));
    sizes.bindValue(0, teamId);
    sizes.bindValue(1, afterCursor);
    sizes.bindValue(2, upToCursor);
    sizes.bindValue(3, limit);
    run(sizes);
    upToCursor = lastWithin(sizes, maxBytes);
    if (upToCursor < 0)
        return {};
    QSqlQuery &q = prepared(4,
                            QStringLiteral("SELECT cursor, ") + dataColumn()
                                + QStringLiteral(" FROM server_bundle WHERE team_id = ? AND cursor > ? AND cursor <= ? "
                                                 "AND withdrawn = 0 ORDER BY cursor LIMIT ?"));
    q.bindValue(0, teamId);
    q.bindValue(1, afterCursor);
    q.bindValue(2, upToCursor);
    q.bindValue(3, limit);
    run(q);
    QList<StoredBundle> result;
    while (q.next())
        result << StoredBundle { q.value(0).toLongLong(), base64Data(q, 1) };
    q.finish();
    return result;
}

} // namespace Kvarter::Server
