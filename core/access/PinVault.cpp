// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PinVault.h"

#include "Access.h"
#include "PinPolicy.h"
#include "common/Clock.h"
#include "store/Store.h"
#include "sync/Crypto.h"
#include "team/TeamService.h"

#include <sodium.h>

namespace Kvarter {

namespace {

QString hashPin(const QString &pin)
{
    Sync::Crypto::init();
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    // Interactive limits: a few tenths of a second, so a switch of user stays quick, while each
    // guess at a copied file costs the same.
    if (crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw Error(PinVault::tr("There is not enough free memory to protect the PIN; close other programs and try again."));
    return QString::fromLatin1(out);
}

bool matches(const QString &hash, const QString &pin)
{
    Sync::Crypto::init();
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}

} // namespace

PinVault::PinVault(Store &store) : m_store(store) {}

int PinVault::waitAfter(int failedTries)
{
    if (failedTries <= 3)
        return 0;
    return std::min(5 << std::min(failedTries - 4, 8), 600);
}

PinStatus PinVault::status(const QString &employeeId)
{
    PinStatus s;
    auto q = m_store.db().query("SELECT failed_tries, not_before FROM local_pin WHERE employee_id = ?");
    q->bind(1, employeeId);
    if (!q->next())
        return s;
    s.chosen = true;
    s.failedTries = int(q->int64(0));
    if (const qint64 notBefore = q->int64(1); notBefore > m_store.clock().nowMs())
        s.notBefore = QDateTime::fromMSecsSinceEpoch(notBefore, Qt::UTC);
    s.lockedOut = s.failedTries >= MaximumTries;
    return s;
}

void PinVault::verify(const QString &employeeId, const QString &pin)
{
    QString hash;
    int failed = 0;
    qint64 notBefore = 0;
    {
        auto q = m_store.db().query("SELECT hash, failed_tries, not_before FROM local_pin WHERE employee_id = ?");
        q->bind(1, employeeId);
        if (!q->next())
            throw PinRefused(PinRefused::Reason::NotChosen, tr("You have no PIN on this computer yet; choose one first."));
        hash = q->text(0);
        failed = int(q->int64(1));
        notBefore = q->int64(2);
    }
    if (failed >= MaximumTries)
        throw PinRefused(PinRefused::Reason::LockedOut,
                         tr("The PIN was wrong %1 times and is now locked. A planner or team leader can give you a new one.")
                             .arg(MaximumTries));
    const qint64 now = m_store.clock().nowMs();
    if (now < notBefore) {
        const int wait = int((notBefore - now + 999) / 1000);
        throw PinRefused(PinRefused::Reason::Wait, tr("Wait %n second(s) before trying again.", nullptr, wait), wait,
                         MaximumTries - failed);
    }
    if (matches(hash, pin)) {
        if (failed > 0)
            m_store.db()
                .cached("UPDATE local_pin SET failed_tries = 0, not_before = 0 WHERE employee_id = ?")
                .bind(1, employeeId)
                .run();
        return;
    }
    const int nowFailed = failed + 1;
    const int wait = waitAfter(nowFailed);
    m_store.db()
        .cached("UPDATE local_pin SET failed_tries = ?, not_before = ? WHERE employee_id = ?")
        .bind(1, qint64(nowFailed))
        .bind(2, now + qint64(wait) * 1000)
        .bind(3, employeeId)
        .run();
    if (nowFailed >= MaximumTries)
        throw PinRefused(PinRefused::Reason::LockedOut,
                         tr("The PIN was wrong %1 times and is now locked. A planner or team leader can give you a new one.")
                             .arg(MaximumTries));
    const int left = MaximumTries - nowFailed;
    QString message = tr("Wrong PIN. %n try(s) left before the PIN is locked.", nullptr, left);
    if (wait > 0)
        message += QLatin1Char(' ') + tr("Wait %n second(s) before the next try.", nullptr, wait);
    throw PinRefused(PinRefused::Reason::Wrong, message, wait, left);
}

void PinVault::checkChoosable(const QString &employeeId, const QString &pin)
{
    const std::optional<Employee> employee = TeamService(m_store).employee(employeeId);
    if (!employee)
        throw Error(tr("There is no employee %1 in this team.").arg(employeeId));
    if (const QString problem = PinPolicy::problem(pin, employee->birthDate); !problem.isEmpty())
        throw ValidationError({ { QStringLiteral("pin"), problem } });
}

void PinVault::choose(const QString &employeeId, const QString &pin)
{
    if (status(employeeId).chosen)
        throw Error(tr("You already have a PIN on this computer; sign in with it."));
    checkChoosable(employeeId, pin);
    store(employeeId, hashPin(pin));
}

void PinVault::set(const Actor &by, const QString &employeeId, const QString &pin)
{
    if (by.employeeId() != employeeId)
        Access::require(by, Right::ResetPin);
    checkChoosable(employeeId, pin);
    store(employeeId, hashPin(pin));
}

void PinVault::assignForDemo(const QStringList &employeeIds, const QString &pin)
{
    const QString hash = hashPin(pin);
    for (const QString &id : employeeIds)
        store(id, hash);
}

void PinVault::store(const QString &employeeId, const QString &hash)
{
    // A plain local write, not Store::insert: a PIN hash is this laptop's and never travels.
    m_store.db()
        .cached("INSERT OR REPLACE INTO local_pin (employee_id, hash, set_at, failed_tries, not_before) VALUES (?, ?, ?, 0, 0)")
        .bind(1, employeeId)
        .bind(2, hash)
        .bind(3, m_store.clock().nowMs())
        .run();
}

} // namespace Kvarter
