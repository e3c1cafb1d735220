// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "TestSupport.h"
#include "store/Schema.h"
#include "sync/SyncEngine.h"
#include "sync/TeamMembership.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace Kvarter::Test {

/// One team laptop with its own database file in a folder of the test's.
struct Laptop
{
    Laptop(const QString &dir, const QString &name, const Schema &schema = Schema::current())
        : path(dir + QLatin1Char('/') + name + QStringLiteral(".db"))
    {
        open(schema);
    }
    /// Closes the file and opens it again with `schema`: an upgrade to a newer Kvarter.
    void open(const Schema &schema)
    {
        store.reset();
        store = std::make_unique<Store>(path, clock, schema);
    }
    QString path;
    ManualClock clock { fixedNow() };
    std::unique_ptr<Store> store;
    Sync::SyncReport sync(const QString &folder) { return Sync::SyncEngine::syncFolder(*store, folder); }
    QString deviceId() const { return store->deviceId(); }
};

/// A planner's laptop with a small team (one citizen) that created the sync team, and two more
/// laptops invited into it: what most sync tests start from.
struct SyncTeam
{
    QTemporaryDir dir;
    QString share = dir.filePath(QStringLiteral("share"));
    std::unique_ptr<Laptop> a = std::make_unique<Laptop>(dir.path(), QStringLiteral("a")); // the planner's
    SmallTeam people = makeSmallTeam(*a->store);
    Actor planner = signIn(*a->store, people.planner);
    std::unique_ptr<Laptop> b, c;

    explicit SyncTeam(const Schema &schemaOfC = Schema::current())
    {
        QDir().mkpath(share);
        Sync::TeamMembership(*a->store).create(people.team, QStringLiteral("Planner's laptop"), planner);
        b = invite(QStringLiteral("b"));
        c = invite(QStringLiteral("c"), schemaOfC);
    }

    std::unique_ptr<Laptop> invite(const QString &name, const Schema &schema = Schema::current())
    {
        const QString passphrase = QStringLiteral("kaffe-først-så-pleje");
        auto laptop = std::make_unique<Laptop>(dir.path(), name, schema);
        Sync::TeamMembership(*laptop->store).join(Sync::TeamMembership(*a->store).invite(name, passphrase, planner), passphrase);
        return laptop;
    }

    /// Where a device's bundles lie on the share.
    QString deviceFolder(const Laptop &laptop) const
    {
        return share + QLatin1Char('/') + people.team + QLatin1Char('/') + laptop.deviceId();
    }
    void syncAll()
    {
        for (int round = 0; round < 2; ++round)
            for (Laptop *l : { a.get(), b.get(), c.get() })
                l->sync(share);
    }
};

} // namespace Kvarter::Test
