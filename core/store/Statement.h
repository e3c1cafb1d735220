// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace Kvarter {

/// A prepared SQLite statement. Thin on purpose: the store talks to the sqlite3 C API directly
/// because the visit insert path must keep up with a raw prepared-statement loop (see bench).
/// Binding indices are 1-based as in SQLite; errors throw Kvarter::Error.
class Statement final
{
public:
    Statement(sqlite3 *db, const QByteArray &sql);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QVariant &value);
    Statement &bindNull(int index);
    /// Binds text that is already UTF-8 (no conversion).
    Statement &bindUtf8(int index, const QByteArray &utf8);
    /// Binds an empty string as NULL: optional references are NULL in the database.
    Statement &bindOptional(int index, const QString &value);

    /// Steps once. True when a row is available, false when the statement is done.
    bool next();
    /// Runs to completion (an INSERT/UPDATE) and resets, keeping the statement for reuse.
    void run();
    /// Rewinds and clears bindings so the statement can be reused from a cache.
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    bool isNull(int column) const;
    QVariant value(int column) const;
    int columnCount() const;
    /// A message for a person about SQLite result `code` (disk full, read-only, damaged …).
    static QString describeFailure(sqlite3 *db, int code);
    QString columnName(int column) const;

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace Kvarter
