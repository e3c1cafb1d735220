// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <array>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;
class QSqlError;
class QSqlQuery;

namespace Kvarter::Server {

/// A device known to the server: enough to check its request signatures.
struct ServerDevice
{
    QString teamId;
    QString deviceId;
    QByteArray publicKey;
    QString role; // "planner" may register and revoke devices
    bool revoked = false;
};

/// One stored bundle, opaque to the server (it holds no key), with the cursor it was given.
struct StoredBundle
{
    qint64 cursor = 0;
    QByteArray base64; // as the pull answer carries it
};

/// The server's storage through QtSql: embedded SQLite by default, PostgreSQL (QPSQL) for a
/// municipality. The same statements run on both; bundles are stored as opaque bytes.
class ServerStorage final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Server::ServerStorage)

public:
    /// `sqlitePath` or a PostgreSQL conninfo ("host=… port=… dbname=… user=…"). Throws Error.
    static std::unique_ptr<ServerStorage> openSqlite(const QString &path);
    static std::unique_ptr<ServerStorage> openPostgres(const QString &conninfo);
    /// Opens one more connection to the same storage (the server keeps one per thread).
    using Opener = std::function<std::unique_ptr<ServerStorage>()>;
    static Opener sqlite(const QString &path)
    {
        return [path] { return openSqlite(path); };
    }
    static Opener postgres(const QString &conninfo)
    {
        return [conninfo] { return openPostgres(conninfo); };
    }
    ~ServerStorage();

    QString kind() const { return m_kind; }
    /// Makes sure no other kvarter-server serves this database, or throws Error saying so: bundles
    /// are kept in cursor order within one process. Held while this storage lives.
    void claimExclusive();
    /// The connection was lost (the database restarted, say): open a new storage instead.
    bool isBroken() const { return m_broken; }
    bool isPostgres() const { return m_kind == QLatin1String("postgresql"); }
    /// Empties the server's tables (tests only: they share one throwaway cluster).
    void dropEverythingForTests();
    /// Runs one statement outside any transaction (tests only: making a database of their own).
    void execForTests(const QString &sql);
    /// Cuts every other connection to this PostgreSQL database, as a restart would (tests only).
    void cutOtherConnectionsForTests();
    bool teamExists(const QString &teamId);
    /// Allows a team on this server: returns the one-time enrolment token its planner's laptop
    /// brings when it first registers (only a hash of it is kept). `name` is the operator's note.
    QString allowTeam(const QString &name);
    /// Uses up `token` for `teamId`; false if it is unknown or used already.
    bool enrol(const QString &token, const QString &teamId);
    std::optional<ServerDevice> device(const QString &deviceId);
    /// Registers a device unless its id is known: registration is final, it never changes a known
    /// device's team, key, role or revocation (a revoked id stays revoked for good; a new laptop
    /// gets a new id). Returns the device as stored, which may differ from `device`. The database
    /// itself refuses any change to those but revoking (a trigger on SQLite and PostgreSQL alike).
    ServerDevice registerDevice(const ServerDevice &device);
    /// Revokes a device for good.
    void revokeDevice(const QString &deviceId);
    /// Stores a bundle once per (device, first, last); returns its cursor and whether it was new.
    std::pair<qint64, bool> push(const QString &teamId, const QString &deviceId, qint64 firstSeq, qint64 lastSeq,
                                 const QByteArray &data);
    /// The cursor of a stored bundle, 0 if there is none.
    qint64 storedCursor(const QString &deviceId, qint64 firstSeq, qint64 lastSeq);
    /// Bytes of all the team's bundles.
    qint64 storedBytes(const QString &teamId);
    /// Runs `work` in one transaction: many pushes share one commit (one disk flush).
    void inTransaction(const std::function<void()> &work);
    /// The team's newest snapshot (one per team, replaced by the next).
    void saveSnapshot(const QString &teamId, const QString &deviceId, const QByteArray &data);
    QByteArray snapshot(const QString &teamId);
    /// Withdraws a revoked device's bundles ending after `afterSeq`: no pull returns them again.
    void dropBundlesAfter(const QString &teamId, const QString &deviceId, qint64 afterSeq);
    /// One device's bundles ending after `afterSeq`, by sequence number: (last_seq, base64 data).
    /// At most `limit` bundles and, past the first, `maxBytes` of them (as stored).
    QList<std::pair<qint64, QByteArray>> ownBundles(const QString &teamId, const QString &deviceId, qint64 afterSeq, int limit,
                                                    qint64 maxBytes);
    /// The team's bundles after `afterCursor` and up to `upToCursor`, oldest first; at most `limit`
    /// and, past the first, `maxBytes` of them: a page of 50 bundles of 6 MB each would hold a
    /// reader thread and 300 MB of memory for one pull.
    QList<StoredBundle> pull(const QString &teamId, qint64 afterCursor, qint64 upToCursor, int limit, qint64 maxBytes);

private:
    ServerStorage(QSqlDatabase db, QString kind);
    void migrate();
    void finalRegistrations();
    QSqlQuery &prepared(int slot, const QString &sql);
    /// A bundle's bytes as a selected column, and read back from it, as base64 (the pull answer's form).
    QString dataColumn() const;
    QByteArray base64Data(const QSqlQuery &q, int column) const;
    void run(QSqlQuery &q);
    [[noreturn]] void fail(const QSqlError &error);
    QSqlDatabase m_db;
    static constexpr qint64 AdvisoryLockKey = 0x4b76617274; // "Kvart"
    QString m_kind;
    bool m_broken = false;
    bool m_advisoryLocked = false;
    std::unique_ptr<QLockFile> m_exclusive; // SQLite: a lock file beside the database
    // Prepared once per connection: the server answers thousands of requests a second.
    std::array<std::unique_ptr<QSqlQuery>, 10> m_queries;
};

} // namespace Kvarter::Server
