// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "citizen/Citizen.h"
#include "common/Clock.h"
#include "privacy/AccessPart.h"
#include "team/Employee.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace Kvarter {

class Session;
class Store;

/// What every subcommand shares: parsed options, the database (opened on first use), the clock,
/// and output that is either human text or JSON (`--json`), with errors always on stderr.
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CliContext)

public:
    explicit CliContext(QCommandLineParser &parser);
    ~CliContext();

    QCommandLineParser &parser() { return m_parser; }
    bool json() const;
    QString databasePath() const;
    const Clock &clock() const { return *m_clock; }
    /// Takes "now" from --now or KVARTER_NOW when either is given, so a script or a test can run a
    /// command as of a fixed moment; call before the store is opened. Returns an error message for
    /// a time that does not parse, else an empty string.
    QString setUpClock();
    /// An ISO 8601 time; without an offset it is read as Copenhagen time, the team's zone.
    static std::optional<QDateTime> parseTime(const QString &text);

    /// The store, opened on first call. Throws Error (locked, damaged, foreign file).
    Store &store();
    /// An employee by id or by the initials printed on the day plan; throws Error when the initials
    /// are shared, naming the candidates.
    std::optional<Employee> employee(const QString &key);
    /// A citizen by CPR number or id.
    std::optional<Citizen> citizen(const QString &key);
    /// The citizen named by the command's first argument, read as the --as employee (signed in
    /// first, so a missing actor is said before anything else). On a problem it says what is wrong
    /// and returns nothing, with the exit code to use in `exitCode` (usage 2, not found 4).
    std::optional<Citizen> citizenArgument(int &exitCode);
    /// Adds `--as EMPLOYEE`, which every write command takes.
    static void addActorOption(QCommandLineParser &parser);
    /// The session of the employee named by --as, signed in on first call; every command that reads
    /// or writes citizen data goes through it. Throws Error when --as is missing or unknown.
    Session &session();
    /// Adds `--reason TEXT`, which breaks the glass when a read command opens another team's citizen.
    static void addReasonOption(QCommandLineParser &parser);
    /// Logs, as the desktop does, that the session's employee opened `part` of the citizens' records
    /// (one entry each, all in one transaction). Another team's citizen needs `--reason`, which
    /// grants break-the-glass access first; without it BreakGlassNeeded is thrown (exit code 6).
    void recordOpenings(const QStringList &citizenIds, AccessPart part);
    void recordOpening(const QString &citizenId, AccessPart part) { recordOpenings({ citizenId }, part); }
    /// The session of `employeeId` instead (visit-done defaults to the visit's own employee).
    /// Either way the employee's PIN is checked: from KVARTER_PIN, else asked for on the terminal
    /// (not echoed), else read as a line from standard input. Throws PinRefused.
    Session &sessionAs(const QString &employeeId);
    /// A secret for `what` (a prompt such as "PIN for Anna Holm"): the environment variable
    /// `variable` when set, else a line typed on the terminal without echo, else a line of
    /// standard input. Throws Error when there is none.
    QString secret(const char *variable, const QString &what);
    /// The actor of session().
    const Actor &actor();
    /// Closes the store so another process may open the file.
    void closeStore();

    void print(const QString &text);
    void printJson(const QJsonValue &value);
    /// Prints `value` as JSON with --json, else `text`.
    void emitResult(const QJsonValue &value, const QString &text);
    /// Writes a message to stderr and returns the exit code to use.
    int fail(const QString &message, int code = 1);

private:
    QCommandLineParser &m_parser;
    std::unique_ptr<Clock> m_clock = std::make_unique<SystemClock>();
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Session> m_session;
};

} // namespace Kvarter
