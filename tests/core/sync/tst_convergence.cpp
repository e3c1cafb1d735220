// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "common/Id.h"
#include "store/HybridLogicalClock.h"
#include "sync/ChangeApplier.h"
#include "sync/ChangeLogReader.h"
#include "sync/ConflictService.h"
#include "sync/StateHash.h"
#include "visit/VisitService.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace Kvarter;
using namespace Kvarter::Sync;

namespace {

struct Replica
{
    explicit Replica(qint64 skewSecs) : clock(Test::fixedNow().addSecs(skewSecs))
    {
        store = std::make_unique<Store>(Database::memoryPath(), clock);
    }
    ManualClock clock;
    std::unique_ptr<Store> store;
};

// A nurse in the roster to read and settle conflicts as; added where the team is made, before
// anything syncs, so every replica has her.
QString addNurse(Store &store, const QString &teamId)
{
    return TeamService(store).addEmployee(
        { {}, teamId, QStringLiteral("Karen Sygeplejerske"), QStringLiteral("KS"), Role::Nurse, {}, true, {} });
}

void fixDeviceId(Store &store, const QString &id)
{
    store.db().setMeta(QStringLiteral("device_id"), id);
    store.reloadIdentity();
}

// Five laptops editing the same team while apart, with clocks up to a day wrong, delivering each
// other's changes in random slices, out of order, duplicated and batched.
class Simulation
{
public:
    explicit Simulation(quint32 seed) : m_random(seed)
    {
        for (int i = 0; i < 5; ++i)
            m_replicas.push_back(std::make_unique<Replica>(qint64(m_random.bounded(-86400, 86400))));
        seedTeam();
    }

    Store &store(int i) { return *m_replicas[size_t(i)]->store; }
    int size() const { return int(m_replicas.size()); }
    /// A nurse of the team, in every replica's roster.
    const QString &nurse() const { return m_employees.first(); }

    void run(int edits)
    {
        for (int i = 0; i < edits; ++i) {
            edit(int(m_random.bounded(size())));
            if (m_random.bounded(100) < 30)
                deliverSlice();
        }
    }

    void deliverEverything()
    {
        QList<std::pair<int, int>> pairs;
        for (int from = 0; from < size(); ++from)
            for (int to = 0; to < size(); ++to)
                if (from != to)
                    pairs << std::pair { from, to };
        std::shuffle(pairs.begin(), pairs.end(), m_random);
        for (const auto &[from, to] : pairs) {
            QList<Change> all = ChangeLogReader(store(from)).since(0);
            std::shuffle(all.begin(), all.end(), m_random);
            ChangeApplier(store(to)).apply(all);
        }
    }

    QList<Change> everyChange()
    {
        QList<Change> all;
        for (int i = 0; i < size(); ++i)
            all += ChangeLogReader(store(i)).since(0);
        return all;
    }

private:
    void seedTeam()
    {
        Store &s = store(0);
        TeamService team(s);
        const QString teamId = team.createTeam({ {}, QStringLiteral("Team Sync"), {} });
        for (int i = 0; i < 3; ++i)
            m_employees << team.addEmployee(
                { {}, teamId, QStringLiteral("Nurse %1").arg(i), QStringLiteral("N%1").arg(i), Role::Nurse, {}, true, {} });
        // Who plans the visits; not one of the nurses the simulation picks as authors.
        const QString planner =
            team.addEmployee({ {}, teamId, QStringLiteral("Planner"), QStringLiteral("P"), Role::Planner, {}, true, {} });
        CitizenService citizens(s, Test::signIn(s, m_employees.first()));
        VisitService visits(s, Test::signIn(s, planner));
        for (int i = 0; i < 6; ++i) {
            Citizen c;
            c.teamId = teamId;
            c.cpr = QStringLiteral("0101%1-1234").arg(40 + i);
            c.name = QStringLiteral("Citizen %1").arg(i);
            c.address = QStringLiteral("Brogade %1").arg(i + 1);
            c.postcode = QStringLiteral("5700");
            m_citizens << citizens.add(c);
            for (int v = 0; v < 2; ++v) {
                Visit visit;
                visit.citizenId = m_citizens.last();
                visit.employeeId = m_employees.at(v % 3);
                visit.start = Test::fixedNow().addSecs(3600 * v);
                visit.minutes = 20;
                m_visits << visits.add(visit);
            }
        }
        for (int i = 1; i < size(); ++i)
            ChangeApplier(store(i)).apply(ChangeLogReader(s).since(0));
    }

    QString pick(const QStringList &list) { return list.at(qsizetype(m_random.bounded(quint32(list.size())))); }

    void edit(int r)
    {
        Replica &replica = *m_replicas[size_t(r)];
        Store &s = *replica.store;
        replica.clock.advanceSecs(m_random.bounded(1, 120));
        const int op = int(m_random.bounded(100));
        if (op < 35) {
            static const char *fields[] = { "phone", "address", "name" };
            const char *field = fields[m_random.bounded(3)];
            s.write([&] {
                s.update("citizen", pick(m_citizens), { { field, QStringLiteral("v%1").arg(m_random.bounded(1000)) } });
            });
        } else if (op < 65) {
            static const QStringList statuses { QStringLiteral("planned"), QStringLiteral("done"), QStringLiteral("nothome"),
                                                QStringLiteral("cancelled") };
            if (m_random.bounded(2))
                s.write([&] { s.update("visit", pick(m_visits), { { "status", pick(statuses) } }); });
            else
                s.write([&] { s.update("visit", pick(m_visits), { { "minutes", int(m_random.bounded(5, 90)) } }); });
        } else if (op < 75) {
            s.write([&] {
                s.insert("visit_note", Id::create(),
                         { { "citizen_id", pick(m_citizens) },
                           { "visit_id", QVariant() },
                           { "author_id", pick(m_employees) },
                           { "written_at", replica.clock.now().toSecsSinceEpoch() },
                           { "text", QStringLiteral("note") },
                           { "corrects_id", QVariant() } });
            });
        } else if (op < 85) {
            s.write([&] {
                s.insert("relative", Id::create(), { { "citizen_id", pick(m_citizens) }, { "name", QStringLiteral("Rel") } });
            });
        } else if (op < 92) {
            // Edit a relative this laptop knows (its own, or one that reached it).
            QStringList known;
            {
                auto q = s.db().query("SELECT id FROM relative");
                while (q->next())
                    known << q->text(0);
            }
            if (!known.isEmpty())
                s.write([&] {
                    s.update("relative", pick(known), { { "phone", QStringLiteral("p%1").arg(m_random.bounded(100)) } });
                });
        } else {
            ConflictService conflicts(s, Test::signIn(s, m_employees.first()));
            const QList<Conflict> open = conflicts.open();
            if (!open.isEmpty())
                conflicts.resolve(open.at(qsizetype(m_random.bounded(quint32(open.size())))), m_random.bounded(2));
        }
    }

    void deliverSlice()
    {
        const int from = int(m_random.bounded(size()));
        int to = int(m_random.bounded(size() - 1));
        if (to >= from)
            ++to;
        ChangeLogReader reader(store(from));
        const qint64 last = reader.lastSeq();
        QList<Change> slice = reader.since(qint64(m_random.bounded(quint32(last + 1))), 1 + int(m_random.bounded(50)));
        std::shuffle(slice.begin(), slice.end(), m_random);
        const int batches = 1 + int(m_random.bounded(3));
        for (int b = 0; b < batches; ++b)
            ChangeApplier(store(to)).apply(slice.mid(slice.size() * b / batches, slice.size() / batches + 1));
    }

    QRandomGenerator m_random;
    std::vector<std::unique_ptr<Replica>> m_replicas;
    QStringList m_employees, m_citizens, m_visits;
};

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replicasConvergeAndLoseNothing_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : { 1u, 2u, 3u, 4u, 5u })
            QTest::addRow("seed %u", seed) << seed;
    }
    void replicasConvergeAndLoseNothing()
    {
        QFETCH(quint32, seed);
        Simulation sim(seed);
        sim.run(2000);
        sim.deliverEverything();

        const QByteArray hash = StateHash::of(sim.store(0));
        for (int i = 1; i < sim.size(); ++i)
            QCOMPARE(StateHash::of(sim.store(i)), hash);
        // Delivering everything again changes nothing: applying is idempotent.
        sim.deliverEverything();
        QCOMPARE(StateHash::of(sim.store(3)), hash);

        // No lost value: every write of a field is either what the field holds now, or was seen and
        // replaced by a later write, or is kept in the conflict list.
        Store &s = sim.store(0);
        int checked = 0;
        for (const Change &c : sim.everyChange()) {
            if (c.entity == QLatin1String("visit_note"))
                continue;
            for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
                const Version now = s.fieldVersion(c.entity.toLatin1().constData(), c.rowId, it.key());
                if (now == c.version())
                    continue;
                auto q = s.db().query(
                    "SELECT count(*) FROM conflict WHERE row_id = ? AND field = ? AND loser_hlc = ? AND loser_device = ?");
                q->bind(1, c.rowId).bind(2, it.key()).bind(3, qint64(c.hlc)).bind(4, c.device);
                QVERIFY(q->next());
                QVERIFY2(q->integer(0) == 1, qPrintable(QStringLiteral("lost: %1.%2 by %3").arg(c.entity, it.key(), c.device)));
                ++checked;
            }
        }
        QVERIFY(checked > 100);
        QVERIFY(!ConflictService(s, Test::signIn(s, sim.nurse())).open().isEmpty()); // concurrent edits happened and are shown
        QCOMPARE(s.db().scalar("SELECT count(*) FROM pending_change"), 0);
    }

    void concurrentEditKeepsTheLoserAndResolutionSyncs()
    {
        Replica a(0), b(86400); // b's clock is a day ahead
        TeamService team(*a.store);
        const QString teamId = team.createTeam({ {}, QStringLiteral("T"), {} });
        const QString nurse = addNurse(*a.store, teamId);
        ChangeApplier(*b.store).apply(ChangeLogReader(*a.store).since(0));

        a.store->write([&] { a.store->update("team", teamId, { { "name", QStringLiteral("From A") } }); });
        b.store->write([&] { b.store->update("team", teamId, { { "name", QStringLiteral("From B") } }); });
        ChangeApplier(*b.store).apply(ChangeLogReader(*a.store).since(0));
        ChangeApplier(*a.store).apply(ChangeLogReader(*b.store).since(0));
        QCOMPARE(StateHash::of(*a.store), StateHash::of(*b.store));
        ConflictService onA(*a.store, Test::signIn(*a.store, nurse));
        const QList<Conflict> open = onA.open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().field, QStringLiteral("name"));
        const QString kept = open.first().loserValue.toString();
        QVERIFY(kept == QLatin1String("From A") || kept == QLatin1String("From B"));

        // The nurse on A brings back the losing value; once synced, both agree and nothing is open.
        onA.resolve(open.first(), true);
        ChangeApplier(*b.store).apply(ChangeLogReader(*a.store).since(0));
        QCOMPARE(team.teams().first().name, kept);
        QVERIFY(onA.open().isEmpty());
        QVERIFY(ConflictService(*b.store, Test::signIn(*b.store, nurse)).open().isEmpty());
        QCOMPARE(StateHash::of(*a.store), StateHash::of(*b.store));
    }

    void informedOverwriteIsNoConflict()
    {
        Replica a(0), b(-86400); // b's clock is a day behind, yet its later, informed edit wins
        const QString teamId = TeamService(*a.store).createTeam({ {}, QStringLiteral("T"), {} });
        const QString nurse = addNurse(*a.store, teamId);
        a.store->write([&] { a.store->update("team", teamId, { { "name", QStringLiteral("First") } }); });
        ChangeApplier(*b.store).apply(ChangeLogReader(*a.store).since(0));
        b.store->write([&] { b.store->update("team", teamId, { { "name", QStringLiteral("Second") } }); });
        ChangeApplier(*a.store).apply(ChangeLogReader(*b.store).since(0));
        QCOMPARE(TeamService(*a.store).teams().first().name, QStringLiteral("Second"));
        QVERIFY(ConflictService(*a.store, Test::signIn(*a.store, nurse)).open().isEmpty());
    }

    // The same two concurrent edits, made on laptops whose clocks are right, or a day ahead, or a day
    // behind: the same value wins every time and the other is kept.
    void concurrentEditsAreNotDecidedByClocks_data()
    {
        QTest::addColumn<qint64>("skewA");
        QTest::addColumn<qint64>("skewB");
        QTest::addRow("A a day ahead") << qint64(86400) << qint64(0);
        QTest::addRow("B a day ahead") << qint64(0) << qint64(86400);
        QTest::addRow("A ahead, B behind") << qint64(86400) << qint64(-86400);
        QTest::addRow("A behind, B ahead") << qint64(-86400) << qint64(86400);
    }
    void concurrentEditsAreNotDecidedByClocks()
    {
        QFETCH(qint64, skewA);
        QFETCH(qint64, skewB);
        const auto winner = [](qint64 skewA, qint64 skewB) {
            Replica a(skewA), b(skewB);
            fixDeviceId(*a.store, QStringLiteral("laptop-a"));
            fixDeviceId(*b.store, QStringLiteral("laptop-b"));
            const QString teamId = TeamService(*a.store).createTeam({ {}, QStringLiteral("T"), {} });
            const QString nurse = addNurse(*a.store, teamId);
            ChangeApplier(*b.store).apply(ChangeLogReader(*a.store).since(0));
            a.store->write([&] { a.store->update("team", teamId, { { "name", QStringLiteral("From A") } }); });
            b.store->write([&] { b.store->update("team", teamId, { { "name", QStringLiteral("From B") } }); });
            ChangeApplier(*b.store).apply(ChangeLogReader(*a.store).since(0));
            ChangeApplier(*a.store).apply(ChangeLogReader(*b.store).since(0));
            if (StateHash::of(*a.store) != StateHash::of(*b.store)
                || ConflictService(*a.store, Test::signIn(*a.store, nurse)).open().size() != 1)
                return QString();
            return TeamService(*a.store).teams().first().name;
        };
        const QString withRightClocks = winner(0, 0);
        QVERIFY(!withRightClocks.isEmpty());
        QCOMPARE(winner(skewA, skewB), withRightClocks);
    }

    // Times shown to people are each author's own: a laptop a day ahead does not drag the others'.
    void aLaptopAheadDoesNotMoveTheOthersTimes()
    {
        Replica a(86400), b(0);
        const QString teamId = TeamService(*a.store).createTeam({ {}, QStringLiteral("T"), {} });
        const QString nurse = addNurse(*a.store, teamId);
        ChangeApplier(*b.store).apply(ChangeLogReader(*a.store).since(0));
        b.store->write([&] { b.store->update("team", teamId, { { "name", QStringLiteral("From B") } }); });
        const QList<Change> fromB = ChangeLogReader(*b.store).since(0);
        QCOMPARE(fromB.size(), 1);
        QCOMPARE(HybridLogicalClock::wallMs(fromB.first().hlc), Test::fixedNow().toMSecsSinceEpoch());
        // … while its write is still ordered after the one it overwrote.
        ChangeApplier(*a.store).apply(fromB);
        QCOMPARE(TeamService(*a.store).teams().first().name, QStringLiteral("From B"));
        QVERIFY(ConflictService(*a.store, Test::signIn(*a.store, nurse)).open().isEmpty());
    }

    // Names from other devices never reach SQL: a name this build does not know waits (a newer
    // Kvarter may mean it), harmless and without stopping the changes around it.
    void foreignNamesWaitAndDoNoHarm()
    {
        Replica a(0);
        Change evil;
        evil.device = QStringLiteral("other");
        evil.hlc = evil.lamport = 1;
        evil.entity = QStringLiteral("team; DROP TABLE visit");
        evil.rowId = QStringLiteral("x");
        Change fine;
        fine.device = QStringLiteral("other");
        fine.hlc = fine.lamport = 2;
        fine.entity = QStringLiteral("team");
        fine.rowId = QStringLiteral("t1");
        fine.fields.insert(QStringLiteral("name"), QStringLiteral("Team Syd"));
        Change badField = fine;
        badField.hlc = badField.lamport = 3;
        badField.rowId = QStringLiteral("t2");
        badField.fields.insert(QStringLiteral("name = 1; --"), QStringLiteral("x"));
        const ApplyResult result = ChangeApplier(*a.store).apply({ evil, fine, badField });
        QCOMPARE(result.waiting, 2);
        QCOMPARE(ChangeApplier::waitingCount(*a.store), 2);
        QCOMPARE(a.store->db().scalar("SELECT count(*) FROM visit"), 0); // the table is still there
        QCOMPARE(a.store->db().scalar("SELECT count(*) FROM team"), 2);  // t2 with its known field
        QCOMPARE(a.store->db().textFor("SELECT name FROM team WHERE id = ?", QStringLiteral("t2")), QStringLiteral("Team Syd"));
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
