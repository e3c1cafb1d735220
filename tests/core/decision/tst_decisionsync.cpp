// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "decision/DecisionService.h"
#include "frame/FrameService.h"
#include "grant/GrantService.h"
#include "sync/ConflictService.h"
#include "sync/StateHash.h"
#include "sync/SyncEngine.h"
#include "sync/TeamMembership.h"

#include <QDir>
#include <QTest>

using namespace Kvarter;

namespace {
const QString Passphrase = QStringLiteral("kaffe-først-så-pleje");

struct Laptop
{
    Laptop(const QString &dir, const QString &name) : path(dir + QLatin1Char('/') + name + QStringLiteral(".db"))
    {
        store = std::make_unique<Store>(path, clock);
    }
    QString path;
    ManualClock clock { Test::fixedNow() };
    std::unique_ptr<Store> store;
    void sync(const QString &folder) { Sync::SyncEngine::syncFolder(*store, folder); }
    DecisionService decisions(const QString &who)
    {
        return DecisionService(*store, ServiceCatalogue::standard(), Test::signIn(*store, who));
    }
    Grant grant(const QString &id, const QString &who)
    {
        return *GrantService(*store, ServiceCatalogue::standard(), Test::signIn(*store, who)).grant(id);
    }
};
} // namespace

// Two laptops decide on the same grant while apart: after syncing through a shared folder both
// decisions are on both laptops, the later in sync order is in force on both, the grant agrees
// with it, and both are listed for review. Frames travel the same way.
class TestDecisionSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_share;
    std::unique_ptr<Laptop> m_a, m_b;
    Test::SmallTeam m_team;
    QString m_nurse2;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString local = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        m_share = local + QStringLiteral("/share");
        QDir().mkpath(m_share);
        m_a = std::make_unique<Laptop>(local, QStringLiteral("a"));
        m_team = Test::makeSmallTeam(*m_a->store);
        TeamService team(*m_a->store);
        const QString leader = team.addEmployee(
            { {}, m_team.team, QStringLiteral("Tove Teamleder"), QStringLiteral("TT"), Role::TeamLeader, {}, true, {} });
        m_nurse2 = team.addEmployee(
            { {}, m_team.team, QStringLiteral("Nina Sygeplejerske"), QStringLiteral("NS"), Role::Nurse, {}, true, {} });
        FrameRule rule;
        rule.teamId = m_team.team;
        rule.role = Role::Nurse;
        rule.serviceCode = QStringLiteral("83_stk_1_nr_1_Personlig_hjaelp_og_pleje");
        rule.maxMinutesPerWeek = 200;
        FrameService(*m_a->store, ServiceCatalogue::standard(), Test::signIn(*m_a->store, leader)).setRule(rule);

        const Actor planner = Test::signIn(*m_a->store, m_team.planner);
        Sync::TeamMembership(*m_a->store).create(m_team.team, QStringLiteral("Planner's laptop"), planner);
        m_b = std::make_unique<Laptop>(local, QStringLiteral("b"));
        Sync::TeamMembership(*m_b->store)
            .join(Sync::TeamMembership(*m_a->store).invite(QStringLiteral("b"), Passphrase, planner), Passphrase);
    }

    void twoDecisionsMadeApartOnOneGrantConvergeAndBothStay()
    {
        Proposal p;
        p.citizenId = m_team.citizen;
        p.serviceCode = QStringLiteral("H1.1");
        p.minutesPerWeek = 100;
        const Decision first = m_a->decisions(m_team.nurse).propose(p);
        QCOMPARE(first.outcome, Decision::Outcome::Decided);
        m_a->sync(m_share);
        m_b->sync(m_share);
        QCOMPARE(m_b->grant(first.grantId, m_nurse2).minutesPerWeek, 100); // the frame and the grant arrived

        // Apart: laptop A raises it, laptop B lowers it (with everything a reduction needs).
        p.minutesPerWeek = 150;
        const Decision raise = m_a->decisions(m_team.nurse).propose(p);
        Proposal lower = p;
        lower.minutesPerWeek = 80;
        lower.reason = QStringLiteral("Søren has learnt to use the shower chair and washes himself.");
        lower.justification = QStringLiteral("The assessment shows light limitations only in washing.");
        lower.heardAt = Test::fixedNow().addDays(-1);
        lower.heardHow = QStringLiteral("phone");
        const Decision reduce = m_b->decisions(m_nurse2).propose(lower);
        QCOMPARE(raise.baseDecisionId, first.id);
        QCOMPARE(reduce.baseDecisionId, first.id);

        for (int round = 0; round < 2; ++round) {
            m_a->sync(m_share);
            m_b->sync(m_share);
        }
        QCOMPARE(Sync::StateHash::of(*m_a->store), Sync::StateHash::of(*m_b->store));
        for (Laptop *laptop : { m_a.get(), m_b.get() }) {
            DecisionService decisions = laptop->decisions(m_team.nurse);
            QCOMPARE(decisions.decisionsFor(m_team.citizen).size(), 3); // never silently dropped
            const std::optional<Decision> inForce = decisions.inForce(first.grantId);
            QVERIFY(inForce);
            QVERIFY(inForce->id == raise.id || inForce->id == reduce.id);
            // The grant the plan reads agrees with the decision in force.
            QCOMPARE(laptop->grant(first.grantId, m_team.nurse).minutesPerWeek, inForce->amount);
            const QList<QList<Decision>> review = decisions.concurrentDecisions();
            QCOMPARE(review.size(), 1);
            QCOMPARE(review.first().size(), 2);
            QCOMPARE(review.first().last().id, inForce->id);
            // The grant's losing amount is kept for review too, like any value written apart.
            bool grantConflict = false;
            for (const Sync::Conflict &c :
                 Sync::ConflictService(*laptop->store, Test::signIn(*laptop->store, m_team.nurse)).open())
                grantConflict = grantConflict || (c.entity == QLatin1String("care_grant") && c.rowId == first.grantId);
            QVERIFY(grantConflict);
        }
        QCOMPARE(m_a->decisions(m_team.nurse).inForce(first.grantId)->id,
                 m_b->decisions(m_team.nurse).inForce(first.grantId)->id);
    }

    void theVisitatorsAnswerReachesTheTeamThroughSync()
    {
        Proposal p;
        p.citizenId = m_team.citizen;
        p.serviceCode = QStringLiteral("H1.3");
        p.minutesPerWeek = 300; // above the nurses' 200
        m_a->sync(m_share);
        m_b->sync(m_share); // B gets the roster, the citizen and the frames
        const Decision esc = m_b->decisions(m_nurse2).propose(p);
        QCOMPARE(esc.outcome, Decision::Outcome::Escalated);
        m_b->sync(m_share);
        m_a->sync(m_share);
        const QList<EscalationItem> queue = m_a->decisions(m_team.visitator).escalationQueue();
        QCOMPARE(queue.size(), 1);
        const Decision decided = m_a->decisions(m_team.visitator).decideEscalation(queue.first().escalation.id, {});
        m_a->sync(m_share);
        m_b->sync(m_share);
        QCOMPARE(m_b->decisions(m_nurse2).decision(esc.id)->answeredById, decided.id);
        QCOMPARE(m_b->grant(decided.grantId, m_nurse2).minutesPerWeek, 300);
        QVERIFY(m_b->decisions(m_team.visitator).escalationQueue().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDecisionSync)
#include "tst_decisionsync.moc"
