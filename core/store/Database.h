// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Statement.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <memory>
#include <unordered_map>
#include <utility>

namespace Kvarter {

class Schema;

/// One open Kvarter SQLite file: WAL, foreign keys, an exclusive lock against a second process,
/// a refusal to touch a file that is not ours or is damaged, and a cache of prepared statements.
/// It knows nothing about the domain; Store and the services build on it.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Database)

public:
    /// Our mark in the SQLite header ("KVRT"), so we never migrate somebody else's database.
    static constexpr int ApplicationId = 0x4B565254;
    static QString memoryPath() { return QStringLiteral(":memory:"); }

    /// Opens (or creates) the file and migrates it to `targetVersion` (-1 = latest).
    /// Throws Error with a message for a person when the file is locked, damaged or foreign.
    /// Whether this connection takes the file's lock (the one owner) or shares the owner's
    /// (a second connection in the same program, e.g. the desktop's background sync).
    enum class Lock {
        Take,
        ShareOwners
    };
    explicit Database(const QString &path, int targetVersion = -1, Lock lock = Lock::Take);
    /// The same with the schema of another build (tests: a newer Kvarter beside this one).
    Database(const QString &path, const Schema &schema, int targetVersion = -1, Lock lock = Lock::Take);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    const QString &path() const { return m_path; }
    /// What this program knows of the file: its migrations and its synced tables.
    const Schema &schema() const { return *m_schema; }
    /// Column names of `table` as the file has them (cached: the merge asks for every change).
    const QList<QByteArray> &columns(const QByteArray &table);
    sqlite3 *handle() const { return m_db; }

    /// A prepared statement kept for the life of the connection, reset and ready to bind.
    Statement &cached(const QByteArray &sql);
    /// The same cached statement for reading, reset when the Query goes out of scope so no read
    /// transaction is left open (that would pin the WAL and hide other processes' writes).
    class Query;
    Query query(const QByteArray &sql);
    void exec(const QByteArray &sql);
    qint64 scalar(const QByteArray &sql);
    /// The first column of the first row `sql` gives with `argument` bound to its one "?",
    /// else `fallback` (a name by id, a setting by key).
    QString textFor(const QByteArray &sql, const QString &argument, const QString &fallback = {});

    int userVersion();
    /// Rows changed by the last INSERT/UPDATE/DELETE.
    int changes() const;
    QString meta(const QString &key, const QString &fallback = {});
    void setMeta(const QString &key, const QString &value);

    /// Transactions nest by depth; only the outermost really begins and commits.
    void begin();
    void commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    /// Runs PRAGMA integrity_check; returns the problems (empty when healthy).
    QStringList integrityProblems();

private:
    void acquireLock();
    void refuseIfForeignOrDamaged();
    void configure();

    QString m_path;
    const Schema *m_schema = nullptr;
    std::unordered_map<QByteArray, QList<QByteArray>> m_columns;
    sqlite3 *m_db = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    std::unordered_map<QByteArray, std::unique_ptr<Statement>> m_cache;
    int m_depth = 0;
    bool m_aborted = false;
};

class Database::Query final
{
public:
    explicit Query(Statement &statement) : m_statement(&statement) {}
    Query(Query &&other) noexcept : m_statement(std::exchange(other.m_statement, nullptr)) {}
    Query &operator=(Query &&) = delete;
    Q_DISABLE_COPY(Query)
    ~Query()
    {
        if (m_statement)
            m_statement->reset();
    }
    Statement *operator->() const { return m_statement; }
    Statement &operator*() const { return *m_statement; }

private:
    Statement *m_statement;
};

/// Begins on construction, rolls back on destruction unless commit() was called, so an exception
/// anywhere inside a service leaves the database as it was.
class Transaction final
{
public:
    explicit Transaction(Database &db) : m_db(db) { m_db.begin(); }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    Q_DISABLE_COPY_MOVE(Transaction)
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace Kvarter
