// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Statement.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace Kvarter {

Statement::Statement(sqlite3 *db, const QByteArray &sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

void Statement::fail(int code) const { throw Error(describeFailure(m_db, code)); }

QString Statement::describeFailure(sqlite3 *db, int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return QCoreApplication::translate("Kvarter::Statement",
                                           "The disk is full, so nothing was saved. Free some space and try "
                                           "again; what was saved before is safe.");
    case SQLITE_READONLY:
        return QCoreApplication::translate("Kvarter::Statement",
                                           "The database file cannot be written (read-only). Nothing was saved.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("Kvarter::Statement",
                                           "The database is busy in another program. Nothing was saved; try again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("Kvarter::Statement",
                                           "The database file is damaged. Nothing more was written to it; "
                                           "restore it from a backup.");
    case SQLITE_IOERR:
        return QCoreApplication::translate("Kvarter::Statement", "The disk could not be read or written. Nothing was saved.");
    default:
        return QCoreApplication::translate("Kvarter::Statement", "The database reported an error (%1): %2")
            .arg(code)
            .arg(QString::fromUtf8(sqlite3_errmsg(db)));
    }
}

Statement &Statement::bind(int index, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    const int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_stmt, index, value); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_stmt, index); rc != SQLITE_OK)
        fail(rc);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

Statement &Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return bindNull(index);
    switch (value.typeId()) {
    case QMetaType::Bool: return bind(index, value.toBool());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return bind(index, value.toLongLong());
    case QMetaType::Double: return bind(index, value.toDouble());
    default: return bind(index, value.toString());
    }
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    fail(rc);
}

void Statement::run()
{
    while (next()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
QString Statement::columnName(int column) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, column)); }

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER: return int64(column);
    case SQLITE_FLOAT: return real(column);
    case SQLITE_NULL: return {};
    default: return text(column);
    }
}

} // namespace Kvarter
