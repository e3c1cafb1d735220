// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Database.h"

#include "Migrations.h"
#include "Profile.h"
#include "Schema.h"
#include "common/Error.h"
#include "common/PrivateFiles.h"

#include <QDir>
#include <QFileInfo>
#include <sqlite3.h>

namespace Kvarter {

namespace {

// kv_fold(text): case-folded text without hyphens, used by the citizen search column so that
// "Søren", "SØREN" and "010203-1234" all find what a nurse means. SQLite's lower() is ASCII only.
void foldFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *raw = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    QString folded = QString::fromUtf8(raw, sqlite3_value_bytes(argv[0])).toCaseFolded();
    folded.remove(QLatin1Char('-'));
    const QByteArray utf8 = folded.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

Database::Database(const QString &path, int targetVersion, Lock lock) : Database(path, Schema::current(), targetVersion, lock) {}

Database::Database(const QString &path, const Schema &schema, int targetVersion, Lock lock) : m_path(path), m_schema(&schema)
{
    const bool inMemory = path == memoryPath();
    const bool existed = !inMemory && QFileInfo::exists(path);
    if (!inMemory) {
        // The file holds every citizen of the team and the device's keys: its owner's only. The
        // profile folder is Kvarter's own, so an older profile's 0755 is tightened; a folder the
        // user chose for --db is left as it is (the files in it are private all the same).
        const QFileInfo info(path);
        const bool profileFolder = info.absolutePath() == QFileInfo(Profile::defaultDatabasePath()).absolutePath();
        if (!PrivateFiles::makeFolder(info.absolutePath(), profileFolder))
            throw Error(tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        if (lock == Lock::Take)
            acquireLock();
        // SQLite gives the -wal and -shm files it makes the mode of the database file.
        if (!existed && !PrivateFiles::createFile(path))
            throw Error(tr("Cannot create the database %1.").arg(QDir::toNativeSeparators(path)));
    }
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(tr("Cannot open the database %1: %2").arg(path, detail));
    }
    try {
        sqlite3_extended_result_codes(m_db, 1);
        sqlite3_create_function_v2(m_db, "kv_fold", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, &foldFunction, nullptr,
                                   nullptr, nullptr);
        refuseIfForeignOrDamaged();
        if (existed) {
            // A Kvarter database, made by an older version or under a looser umask: tightened now.
            for (const char *suffix : { "", "-wal", "-shm", "-journal" })
                PrivateFiles::tighten(path + QLatin1String(suffix));
        }
        configure();
        Migrations::migrate(*this, schema, targetVersion < 0 ? schema.latestVersion() : targetVersion);
    } catch (...) {
        m_cache.clear();
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

Database::~Database()
{
    m_cache.clear();
    if (m_db)
        sqlite3_close(m_db);
}

void Database::acquireLock()
{
    m_lock = std::make_unique<QLockFile>(m_path + QStringLiteral(".lock"));
    // A lock left by a killed process is detected by its PID, not by age: never steal a live one.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        PrivateFiles::tighten(m_path + QStringLiteral(".lock"));
        return;
    }
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    throw Error(tr("The database %1 is already open in another Kvarter program (%2, process %3). "
                   "Close that program first; nothing has been changed.")
                    .arg(QDir::toNativeSeparators(m_path), app.isEmpty() ? tr("unknown") : app)
                    .arg(pid));
}

void Database::refuseIfForeignOrDamaged()
{
    // Read before any write: a damaged or foreign file must be left exactly as it was found.
    qint64 appId = 0;
    qint64 tables = 0;
    try {
        appId = scalar("PRAGMA application_id");
        tables = scalar("SELECT count(*) FROM sqlite_schema");
    } catch (const Error &) {
        throw Error(tr("The file %1 is damaged or is not a Kvarter database. It has not been changed; "
                       "restore it from a backup or choose another file.")
                        .arg(QDir::toNativeSeparators(m_path)));
    }
    if (tables > 0 && appId != ApplicationId)
        throw Error(tr("The file %1 is an SQLite database, but not a Kvarter database. It has not been changed.")
                        .arg(QDir::toNativeSeparators(m_path)));
}

void Database::configure()
{
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = NORMAL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA busy_timeout = 5000");
    // 64 MiB page cache, filled only with the pages a connection touches: the desktop touring every
    // page stays near 68 MB, and its sync connection merging a large batch adds up to 64 MiB more,
    // under the 150 MB goal. Merging remote changes into a section's file takes 10-15 % less CPU
    // than with 16 MB; 256 MiB takes ~30 % less but no longer fits (kvarter-cli bench sync, README).
    exec("PRAGMA cache_size = -65536");
    exec("PRAGMA temp_store = MEMORY");
}

Statement &Database::cached(const QByteArray &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(m_db, sql)).first;
    else
        it->second->reset();
    return *it->second;
}

Database::Query Database::query(const QByteArray &sql) { return Query(cached(sql)); }

void Database::exec(const QByteArray &sql)
{
    char *error = nullptr;
    if (const int rc = sqlite3_exec(m_db, sql.constData(), nullptr, nullptr, &error); rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(error);
        sqlite3_free(error);
        const int primary = rc & 0xff;
        if (primary == SQLITE_CONSTRAINT || primary == SQLITE_ERROR)
            throw Error(tr("The database reported an error: %1").arg(detail));
        throw Error(Statement::describeFailure(m_db, rc));
    }
}

qint64 Database::scalar(const QByteArray &sql)
{
    Statement statement(m_db, sql);
    return statement.next() ? statement.int64(0) : 0;
}

int Database::changes() const { return sqlite3_changes(m_db); }

int Database::userVersion() { return int(scalar("PRAGMA user_version")); }

const QList<QByteArray> &Database::columns(const QByteArray &table)
{
    auto known = m_columns.find(table);
    if (known == m_columns.end()) {
        QList<QByteArray> names;
        auto q = query("SELECT name FROM pragma_table_info(?)");
        q->bind(1, QString::fromLatin1(table));
        while (q->next())
            names << q->text(0).toLatin1();
        known = m_columns.emplace(table, std::move(names)).first;
    }
    return known->second;
}

QString Database::textFor(const QByteArray &sql, const QString &argument, const QString &fallback)
{
    // query(), not cached(): a statement left un-reset would hold a read snapshot open, and this
    // connection would stop seeing what other connections (the background sync) commit.
    auto q = query(sql);
    q->bind(1, argument);
    return q->next() ? q->text(0) : fallback;
}

QString Database::meta(const QString &key, const QString &fallback)
{
    return textFor("SELECT value FROM meta WHERE key = ?", key, fallback);
}

void Database::setMeta(const QString &key, const QString &value)
{
    cached("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

void Database::begin()
{
    // IMMEDIATE takes the write lock up front, so a busy database fails at begin, not halfway.
    if (m_depth == 0)
        exec("BEGIN IMMEDIATE");
    ++m_depth;
}

void Database::commit()
{
    if (--m_depth > 0)
        return;
    if (m_aborted) {
        // An inner part failed and was swallowed by a caller: never commit half a write.
        m_aborted = false;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw Error(tr("Part of the change failed, so none of it was saved."));
    }
    exec("COMMIT");
}

void Database::rollback()
{
    if (--m_depth == 0) {
        m_aborted = false;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        m_aborted = true;
    }
}

QStringList Database::integrityProblems()
{
    QStringList problems;
    Statement q(m_db, "PRAGMA integrity_check");
    while (q.next()) {
        const QString line = q.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    Statement fk(m_db, "PRAGMA foreign_key_check");
    while (fk.next())
        problems << tr("Broken reference in %1 (row %2) to %3").arg(fk.text(0)).arg(fk.int64(1)).arg(fk.text(2));
    return problems;
}

} // namespace Kvarter
