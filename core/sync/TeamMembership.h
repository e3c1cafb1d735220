// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Bundle.h"
#include "team/Employee.h"

#include <QCoreApplication>

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// A laptop in the team's roster, as people see it.
struct TeamDevice
{
    QString id;
    QString name;
    QString role; // "planner" may change the roster
    bool removed = false;
};

/// This laptop's place in a sync team: the team key, its own signing key, and the roster of
/// devices allowed to sign bundles (synced as team_device). A planner creates the team and
/// invites devices with a passphrase-protected invitation file; a planner can revoke a device,
/// after which its later bundles are refused everywhere.
class TeamMembership final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::TeamMembership)

public:
    explicit TeamMembership(Store &store) : m_store(store) {}

    /// The roles a device can have in the roster: "planner" (changes the roster) and "member".
    static bool isRole(const QString &role);

    bool isJoined();
    QString teamId();
    QByteArray teamKey();
    QByteArray signingKey();
    /// Role of a device in the roster ("planner" may change the roster), empty if unknown.
    QString roleOf(const QString &deviceId);
    Bundle::SignerLookup signers();
    /// The roster by name, removed laptops included.
    QList<TeamDevice> devices();
    /// Whether `change`, from a device that may not change the roster, only adds that device's own
    /// successor (a new id with its key and role, after a restore from backup: RestoredHistory).
    bool isOwnSuccessor(const Change &change);

    /// Makes this laptop the first device of a new sync team for the local team `teamId`.
    void create(const QString &teamId, const QString &deviceName, const Actor &actor);
    /// Adds a device to the roster and returns its invitation, sealed with `passphrase`.
    QByteArray invite(const QString &deviceName, const QString &passphrase, const Actor &actor);
    /// Joins with an invitation. Only a new, empty profile can join (its device id is the invited one).
    void join(const QByteArray &invitation, const QString &passphrase);
    /// Removes a device: bundles it writes after the ones already seen from it are refused.
    void revoke(const QString &deviceId, const Actor &actor);

private:
    void requirePlanner(const Actor &actor);
    Store &m_store;
};

} // namespace Kvarter::Sync
