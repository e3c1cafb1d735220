// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Actor.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Kvarter {

class Clock;
class Store;

/// Why a PIN did not sign somebody in. The message says what to do next, for a person.
class PinRefused final : public Error
{
public:
    enum class Reason {
        Wrong,     // a wrong PIN; triesLeft before the lock-out
        Wait,      // too soon after wrong tries: waitSeconds to go (the PIN was not even checked)
        LockedOut, // ten wrong tries: a planner or team leader must give a new PIN
        NotChosen, // no PIN yet on this laptop: the employee chooses one first
    };
    PinRefused(Reason reason, QString message, int waitSeconds = 0, int triesLeft = 0)
        : Error(std::move(message)), m_reason(reason), m_waitSeconds(waitSeconds), m_triesLeft(triesLeft)
    {
    }
    Reason reason() const { return m_reason; }
    int waitSeconds() const { return m_waitSeconds; }
    int triesLeft() const { return m_triesLeft; }

private:
    Reason m_reason;
    int m_waitSeconds;
    int m_triesLeft;
};

/// Where a PIN stands for one employee on this laptop.
struct PinStatus
{
    bool chosen = false;
    int failedTries = 0;
    /// No try is checked before this moment (null when there is no wait).
    QDateTime notBefore;
    bool lockedOut = false;
};

/// The employees' PINs on this laptop: Argon2id hashes (libsodium crypto_pwhash_str, interactive
/// limits), never the PIN itself, in a table that is never synced, and the wrong tries counted
/// against each. A wrong try costs a growing wait, kept in the file so closing the program does not
/// reset it; after MaximumTries the employee is locked out until a planner or team leader gives a
/// new PIN.
class PinVault final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::PinVault)

public:
    static constexpr int MaximumTries = 10;

    explicit PinVault(Store &store);

    PinStatus status(const QString &employeeId);
    /// Returns when `pin` is the employee's PIN; throws PinRefused otherwise, and counts a wrong try.
    void verify(const QString &employeeId, const QString &pin);
    /// The first PIN of an employee who has none on this laptop yet. Throws ValidationError (field
    /// "pin") for a trivial PIN and Error when a PIN is already chosen.
    void choose(const QString &employeeId, const QString &pin);
    /// A new PIN for one's own or, with Right::ResetPin, a colleague's; clears the wrong tries.
    void set(const Actor &by, const QString &employeeId, const QString &pin);
    /// The demo: every one of `employeeIds` gets `pin`, hashed once (the demo must not take minutes).
    void assignForDemo(const QStringList &employeeIds, const QString &pin);

    /// The wait after `failedTries` wrong tries: none for the first three (typing errors), then
    /// doubling from 5 seconds.
    static int waitAfter(int failedTries);

private:
    void checkChoosable(const QString &employeeId, const QString &pin);
    void store(const QString &employeeId, const QString &hash);

    Store &m_store;
};

} // namespace Kvarter
