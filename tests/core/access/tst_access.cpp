// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "grant/GrantService.h"
#include "plan/PlanService.h"
#include "plan/RunListService.h"
#include "sync/TeamMembership.h"
#include "visit/NoteService.h"
#include "visit/VisitService.h"

#include <QTest>

using namespace Kvarter;

Q_DECLARE_METATYPE(Kvarter::Role)
Q_DECLARE_METATYPE(Kvarter::Right)

class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The matrix as the team's work needs it, written out here independently of Access.cpp.
    void theRoleRightMatrix_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<Right>("right");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<Right, const char *>> rights {
            { Right::ReadCitizen, "read citizen" },   { Right::EditCitizen, "edit citizen" },
            { Right::RecordVisit, "record visit" },   { Right::ReadPlan, "read plan" },
            { Right::Plan, "plan" },                  { Right::ManageGrants, "manage grants" },
            { Right::DecideWithinFrame, "decide" },   { Right::ResolveConflicts, "resolve conflicts" },
            { Right::AdministerTeam, "administer team" },
        };
        //                                    read edit record readplan plan grants decide resolve admin
        const QList<std::pair<Role, QList<bool>>> matrix {
            { Role::SosuHelper,    { true, false, true,  true,  false, false, false, true, false } },
            { Role::SosuAssistant, { true, true,  true,  true,  false, false, true,  true, false } },
            { Role::Nurse,         { true, true,  true,  true,  false, false, true,  true, false } },
            { Role::Therapist,     { true, true,  true,  true,  false, false, true,  true, false } },
            { Role::Planner,       { true, true,  true,  true,  true,  true,  true,  true, true } },
            { Role::Visitator,     { true, true,  false, false, false, true,  true,  true, false } },
            { Role::TeamLeader,    { true, true,  true,  true,  true,  true,  true,  true, true } },
        };
        for (const auto &[role, row] : matrix)
            for (qsizetype i = 0; i < rights.size(); ++i)
                QTest::addRow("%s / %s", qPrintable(Roles::key(role)), rights[i].second) << role << rights[i].first << row[i];
    }
    void theRoleRightMatrix()
    {
        QFETCH(Role, role);
        QFETCH(Right, right);
        QFETCH(bool, allowed);
        QCOMPARE(Access::allows(role, right), allowed);
        if (allowed)
            Access::require({ QStringLiteral("e"), role }, right);
        else
            QVERIFY_THROWS_EXCEPTION(AccessDenied, Access::require({ QStringLiteral("e"), role }, right));
    }

    void aRefusalSaysWhoMay()
    {
        try {
            Access::require({ QStringLiteral("e"), Role::Nurse }, Right::Plan);
            QFAIL("a nurse does not plan");
        } catch (const AccessDenied &e) {
            QVERIFY2(e.message().contains(QLatin1String("nurse")) && e.message().contains(QLatin1String("planner"))
                         && e.message().contains(QLatin1String("team leader")),
                     qPrintable(e.message()));
        }
    }

    // Each service refuses a role without the right before it touches anything.
    void everyServiceChecks()
    {
        Test::Fixture f;
        const Test::SmallTeam s = f.makeSmallTeam();
        Store &store = *f.store;
        const Actor nurse { s.nurse, Role::Nurse }, helper { s.helper, Role::SosuHelper }, visitator { s.visitator, Role::Visitator },
            planner { s.planner, Role::Planner };
        Visit visit;
        visit.citizenId = s.citizen;
        visit.employeeId = s.nurse;
        visit.start = Test::fixedNow();
        visit.minutes = 20;
        const QString visitId = VisitService(store).add(visit, planner);
        const qint64 changes = store.db().scalar("SELECT count(*) FROM change_log");

        Citizen c;
        c.teamId = s.team;
        c.cpr = QStringLiteral("020350-1236");
        c.name = QStringLiteral("Inger Hansen");
        QVERIFY_THROWS_EXCEPTION(AccessDenied, CitizenService(store).add(c, helper));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, VisitService(store).setStatus(visitId, VisitStatus::Done, visitator));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, PlanService(store).reassign(visitId, s.helper, nurse));
        Grant grant;
        grant.citizenId = s.citizen;
        grant.serviceCode = QStringLiteral("x");
        grant.validFrom = Test::fixedNow().date();
        QVERIFY_THROWS_EXCEPTION(AccessDenied, GrantService(store, ServiceCatalogue::standard()).add(grant, nurse));
        VisitNote note;
        note.citizenId = s.citizen;
        note.text = QStringLiteral("Godt humør");
        QVERIFY_THROWS_EXCEPTION(AccessDenied, NoteService(store).add(note, visitator));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, Sync::TeamMembership(store).create(s.team, QStringLiteral("x"), nurse));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, RunListService(store, ServiceCatalogue::standard()).runList(Test::fixedNow().date(), {}, visitator));
        QCOMPARE(store.db().scalar("SELECT count(*) FROM change_log"), changes); // nothing was written

        // … and lets a role with it through.
        VisitService(store).setStatus(visitId, VisitStatus::Done, helper);
        NoteService(store).add(note, nurse);
        QVERIFY(store.db().scalar("SELECT count(*) FROM change_log") > changes);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
