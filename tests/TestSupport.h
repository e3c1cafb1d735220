// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "access/SignIn.h"
#include "catalogue/ServiceCatalogue.h"
#include "citizen/CitizenService.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "store/Store.h"
#include "team/TeamService.h"

#include <QTemporaryDir>
#include <memory>

namespace Kvarter::Test {

/// Monday 23 November 2026, 10:00 in Copenhagen: tests never depend on the real date.
inline QDateTime fixedNow() { return QDateTime(QDate(2026, 11, 23), QTime(10, 0), Clock::teamZone()); }

/// The employee as the actor of a service call, with the role the roster gives them.
inline Actor signIn(Store &store, const QString &employeeId) { return SignIn::unattended(store, employeeId); }

/// A small team by hand: one of each role we need and one citizen.
struct SmallTeam
{
    QString team, nurse, planner, visitator, helper, citizen;
};
inline SmallTeam makeSmallTeam(Store &store)
{
    SmallTeam s;
    TeamService team(store);
    s.team = team.createTeam({ {}, QStringLiteral("Team Test"), QStringLiteral("Svendborg") });
    s.nurse =
        team.addEmployee({ {}, s.team, QStringLiteral("Karen Sygeplejerske"), QStringLiteral("KS"), Role::Nurse, {}, true, {} });
    s.planner =
        team.addEmployee({ {}, s.team, QStringLiteral("Poul Planlægger"), QStringLiteral("PP"), Role::Planner, {}, true, {} });
    s.visitator =
        team.addEmployee({ {}, s.team, QStringLiteral("Vera Visitator"), QStringLiteral("VV"), Role::Visitator, {}, true, {} });
    s.helper =
        team.addEmployee({ {}, s.team, QStringLiteral("Hans Hjælper"), QStringLiteral("HH"), Role::SosuHelper, {}, true, {} });
    Citizen c;
    c.teamId = s.team;
    c.cpr = QStringLiteral("010240-1234");
    c.name = QStringLiteral("Søren Østergaard");
    c.address = QStringLiteral("Møllergade 12");
    c.postcode = QStringLiteral("5700");
    c.city = QStringLiteral("Svendborg");
    c.contactPersonId = s.nurse;
    c.visitatorId = s.visitator;
    s.citizen = CitizenService(store, signIn(store, s.planner)).add(c);
    return s;
}

/// A fresh database in a temporary folder with a fixed clock, optionally with the demo team.
struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock { fixedNow() };
    std::unique_ptr<Store> store;

    explicit Fixture(bool demo = false)
    {
        store = std::make_unique<Store>(path(), clock);
        if (demo)
            DemoGenerator(*store, ServiceCatalogue::standard(), 7).generate(DemoGenerator::Scale::Team);
    }
    QString path() const { return dir.filePath(QStringLiteral("kvarter.db")); }

    Employee firstWithRole(Role role)
    {
        for (const Employee &e : TeamService(*store).employees())
            if (e.role == role)
                return e;
        return {};
    }

    /// The first employee of `role` in the roster, signed in.
    Actor as(Role role) { return SignIn::unattended(*store, firstWithRole(role).id); }

    using Small = SmallTeam;
    Small makeSmallTeam() { return Test::makeSmallTeam(*store); }
};

} // namespace Kvarter::Test
