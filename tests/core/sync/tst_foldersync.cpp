// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "sync/Bundle.h"
#include "sync/ConflictService.h"
#include "sync/Crypto.h"
#include "sync/FolderTransport.h"
#include "sync/Snapshot.h"
#include "sync/StateHash.h"
#include "sync/SyncEngine.h"
#include "sync/TeamMembership.h"

#include <QCborArray>
#include <QCborMap>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace Kvarter;
using namespace Kvarter::Sync;

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
    SyncReport sync(const QString &folder) { return SyncEngine::syncFolder(*store, folder); }
};
} // namespace

class TestFolderSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_share;
    std::unique_ptr<Laptop> m_planner, m_nurse, m_helper;
    QString m_plannerId, m_nurseId; // employees of the demo team

    Actor planner() { return Test::signIn(*m_planner->store, m_plannerId); }
    /// The nurse signed in on `store`, any laptop that has the team's roster.
    Actor nurseOn(Store &store) { return Test::signIn(store, m_nurseId); }

    void write(const QString &relative, const QByteArray &bytes)
    {
        const QString path =
            m_share + QLatin1Char('/') + TeamMembership(*m_planner->store).teamId() + QLatin1Char('/') + relative;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    static QStringList schemaOf(Store &store)
    {
        QStringList schema;
        auto q = store.db().query("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY name");
        while (q->next())
            schema << q->text(0) + QLatin1Char(' ') + q->text(1) + QLatin1Char(' ') + q->text(2);
        return schema;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_share = m_dir.filePath(QStringLiteral("share-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QDir().mkpath(m_share);
        const QString local = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QDir().mkpath(local);
        m_planner = std::make_unique<Laptop>(local, QStringLiteral("planner"));
        DemoGenerator(*m_planner->store, ServiceCatalogue::standard(), 5).generate(DemoGenerator::Scale::Team);
        const Team team = TeamService(*m_planner->store).teams().first();
        m_plannerId.clear();
        m_nurseId.clear();
        for (const Employee &e : TeamService(*m_planner->store).employees()) {
            if (e.role == Role::Planner)
                m_plannerId = e.id;
            if (e.role == Role::Nurse && m_nurseId.isEmpty())
                m_nurseId = e.id;
        }
        TeamMembership(*m_planner->store).create(team.id, QStringLiteral("Planner's laptop"), planner());

        m_nurse = std::make_unique<Laptop>(local, QStringLiteral("nurse"));
        m_helper = std::make_unique<Laptop>(local, QStringLiteral("helper"));
        TeamMembership(*m_nurse->store)
            .join(TeamMembership(*m_planner->store).invite(QStringLiteral("Nurse laptop"), Passphrase, planner()), Passphrase);
        TeamMembership(*m_helper->store)
            .join(TeamMembership(*m_planner->store).invite(QStringLiteral("Helper laptop"), Passphrase, planner()), Passphrase);
    }

    void newLaptopsGetTheTeamAndAllConverge()
    {
        QVERIFY(m_planner->sync(m_share).bundlesWritten >= 3);
        const SyncReport nurse = m_nurse->sync(m_share);
        QVERIFY(nurse.quarantined.isEmpty());
        QCOMPARE(m_nurse->store->db().scalar("SELECT count(*) FROM citizen"), 50);
        m_helper->sync(m_share);
        QCOMPARE(StateHash::of(*m_nurse->store), StateHash::of(*m_planner->store));
        QCOMPARE(StateHash::of(*m_helper->store), StateHash::of(*m_planner->store));
        // Nothing new: a second sync writes and applies nothing.
        const SyncReport again = m_nurse->sync(m_share);
        QCOMPARE(again.bundlesWritten, 0);
        QCOMPARE(again.changesApplied, 0);
        // The share never holds a database, only bundles.
        QDirIterator it(m_share, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY2(it.next().endsWith(QLatin1String(".kvb")), qPrintable(it.filePath()));
    }

    void newLaptopStartsFromASnapshot()
    {
        m_planner->sync(m_share);
        FolderTransport(m_share, TeamMembership(*m_planner->store).teamId(), m_planner->store->deviceId())
            .sendSnapshot(Snapshot::create(*m_planner->store));
        const SyncReport first = m_nurse->sync(m_share);
        QVERIFY(first.startedFromSnapshot);
        QCOMPARE(first.bundlesRead, 0); // every bundle was inside the snapshot
        QCOMPARE(StateHash::of(*m_nurse->store), StateHash::of(*m_planner->store));
        // The load sets each table's indexes aside while its rows go in: they are all back, as made.
        QCOMPARE(schemaOf(*m_nurse->store), schemaOf(*m_planner->store));
        QVERIFY(m_nurse->store->db().integrityProblems().isEmpty());
        // Later changes still arrive as bundles, and the nurse's own edits win over older values.
        const QString citizen = CitizenService(*m_planner->store, planner()).search({}).first().id;
        m_planner->store->write([&] {
            m_planner->store->update("citizen", citizen, { { "phone", QStringLiteral("11 11 11 11") } });
        });
        m_planner->sync(m_share);
        QCOMPARE(m_nurse->sync(m_share).bundlesRead, 1);
        m_nurse->store->write([&] {
            m_nurse->store->update("citizen", citizen, { { "phone", QStringLiteral("22 22 22 22") } });
        });
        m_nurse->sync(m_share);
        m_planner->sync(m_share);
        QCOMPARE(CitizenService(*m_planner->store, planner()).citizen(citizen)->phone, QStringLiteral("22 22 22 22"));
        QCOMPARE(StateHash::of(*m_nurse->store), StateHash::of(*m_planner->store));
        QVERIFY(ConflictService(*m_planner->store, planner()).open().isEmpty());
        // A damaged snapshot is passed over; the bundles bring everything anyway.
        FolderTransport(m_share, TeamMembership(*m_planner->store).teamId(), m_planner->store->deviceId())
            .sendSnapshot(QByteArray("KVB1 this is not a snapshot"));
        const SyncReport helper = m_helper->sync(m_share);
        QVERIFY(!helper.startedFromSnapshot);
        QCOMPARE(StateHash::of(*m_helper->store), StateHash::of(*m_planner->store));
    }

    void snapshotThatFailsHalfwayLeavesNothingBehind()
    {
        m_planner->sync(m_share);
        // Signed by the planner, but its visit rows do not fit their columns: the load fails after
        // the visits' indexes were set aside, and must leave the laptop as it was.
        const QCborMap contents {
            { QStringLiteral("tables"),
              QCborArray { QCborArray { QStringLiteral("visit"), QCborArray { QStringLiteral("id") },
                                        QCborArray { QCborArray { QStringLiteral("v1"), QStringLiteral("extra") } } } } }
        };
        TeamMembership team(*m_planner->store);
        BundleHeader header;
        header.teamId = team.teamId();
        header.deviceId = m_planner->store->deviceId();
        header.lastSeq = 1;
        FolderTransport(m_share, team.teamId(), m_planner->store->deviceId())
            .sendSnapshot(
                Bundle::sealPayload(header, qCompress(contents.toCborValue().toCbor()), team.teamKey(), team.signingKey()));
        const QStringList before = schemaOf(*m_nurse->store);
        const SyncReport nurse = m_nurse->sync(m_share);
        QVERIFY(!nurse.startedFromSnapshot);
        QCOMPARE(nurse.quarantined.size(), 1);
        QCOMPARE(schemaOf(*m_nurse->store), before);
        QCOMPARE(StateHash::of(*m_nurse->store), StateHash::of(*m_planner->store)); // the bundles brought it all
    }

    void conflictMadeOnBothIsKeptAndShownOnBoth()
    {
        m_planner->sync(m_share);
        m_nurse->sync(m_share);
        const QString citizen = CitizenService(*m_planner->store, planner()).search({}).first().id;
        m_planner->store->write([&] {
            m_planner->store->update("citizen", citizen, { { "phone", QStringLiteral("11 11 11 11") } });
        });
        m_nurse->store->write([&] {
            m_nurse->store->update("citizen", citizen, { { "phone", QStringLiteral("22 22 22 22") } });
        });
        m_planner->sync(m_share);
        m_nurse->sync(m_share);
        m_planner->sync(m_share);
        QCOMPARE(StateHash::of(*m_nurse->store), StateHash::of(*m_planner->store));
        for (Store *s : { m_planner->store.get(), m_nurse->store.get() }) {
            const QList<Conflict> open = ConflictService(*s, nurseOn(*s)).open();
            QCOMPARE(open.size(), 1);
            QCOMPARE(open.first().field, QStringLiteral("phone"));
        }
    }

    void badFilesAreQuarantinedAndTheRestSyncs()
    {
        m_planner->sync(m_share);
        const TeamMembership team(*m_planner->store);
        const QString nurseDevice = m_nurse->store->deviceId();
        // From another team, made with its own key.
        BundleHeader foreign;
        foreign.teamId = QStringLiteral("another-team");
        foreign.deviceId = nurseDevice;
        foreign.firstSeq = 901;
        foreign.lastSeq = 901;
        write(nurseDevice + QStringLiteral("/000000000901-000000000901.kvb"),
              Bundle::seal(foreign, {}, Crypto::newTeamKey(), Crypto::newSigningKeys().secretKey));
        // Signed by a key that is not the nurse's: right team, forged signer.
        BundleHeader forged = foreign;
        forged.teamId = TeamMembership(*m_planner->store).teamId();
        forged.firstSeq = forged.lastSeq = 902;
        write(nurseDevice + QStringLiteral("/000000000902-000000000902.kvb"),
              Bundle::seal(forged, {}, TeamMembership(*m_planner->store).teamKey(), Crypto::newSigningKeys().secretKey));
        // Garbage, and a real bundle cut short.
        write(nurseDevice + QStringLiteral("/000000000903-000000000903.kvb"), QByteArray("not a bundle at all"));
        m_nurse->store->write([&] { TeamService(*m_nurse->store).createTeam({ {}, QStringLiteral("x"), {} }); });
        m_nurse->sync(m_share);
        const QString realName = m_share + QLatin1Char('/') + forged.teamId + QLatin1Char('/') + nurseDevice + QLatin1Char('/')
            + FolderTransport::bundleName(1, 1);
        QFile real(realName);
        QVERIFY(real.open(QIODevice::ReadOnly));
        write(nurseDevice + QStringLiteral("/000000000904-000000000904.kvb"), real.readAll().left(100));
        // A half-written temporary file is not even looked at.
        write(nurseDevice + QStringLiteral("/000000000905-000000000905.kvb.tmp"), QByteArray("partial"));

        const SyncReport report = m_helper->sync(m_share);
        QCOMPARE(report.quarantined.size(), 4); // another team, forged signature, garbage, cut short
        QCOMPARE(m_helper->store->db().scalar("SELECT count(*) FROM sync_quarantine"), 4);
        QCOMPARE(m_helper->store->db().scalar("SELECT count(*) FROM team WHERE name = 'x'"), 1); // the nurse's real bundle
        QCOMPARE(m_helper->store->db().scalar("SELECT count(*) FROM citizen"), 50);              // the good bundles synced
        QVERIFY(QDir(QFileInfo(m_helper->path).absolutePath()).exists(QStringLiteral("quarantine")));
        QCOMPARE(m_helper->sync(m_share).quarantined.size(), 0); // set aside once, not reported forever
    }

    void revokedDevicesLaterBundlesAreRefused()
    {
        m_planner->sync(m_share);
        m_helper->sync(m_share);
        TeamMembership(*m_planner->store).revoke(m_helper->store->deviceId(), planner());
        m_planner->sync(m_share);
        m_helper->store->write([&] { TeamService(*m_helper->store).createTeam({ {}, QStringLiteral("After revocation"), {} }); });
        m_helper->sync(m_share);
        const SyncReport report = m_planner->sync(m_share);
        QCOMPARE(report.quarantined.size(), 1);
        QVERIFY(report.quarantined.first().contains(QLatin1String("removed")));
        QCOMPARE(m_planner->store->db().scalar("SELECT count(*) FROM team WHERE name = 'After revocation'"), 0);
    }

    void invitationNeedsTheRightPassphraseAndAnEmptyProfile()
    {
        const QByteArray invitation = TeamMembership(*m_planner->store).invite(QStringLiteral("Spare"), Passphrase, planner());
        Test::Fixture fresh;
        QVERIFY_THROWS_EXCEPTION(Error, TeamMembership(*fresh.store).join(invitation, QStringLiteral("wrong passphrase")));
        QVERIFY(!TeamMembership(*fresh.store).isJoined());
        Test::Fixture used;
        used.makeSmallTeam();
        QVERIFY_THROWS_EXCEPTION(Error, TeamMembership(*used.store).join(invitation, Passphrase));
        QVERIFY_THROWS_EXCEPTION(
            Error, TeamMembership(*m_planner->store).invite(QStringLiteral("x"), Passphrase, nurseOn(*m_planner->store)));
        QVERIFY_THROWS_EXCEPTION(
            ValidationError, TeamMembership(*m_planner->store).invite(QStringLiteral("x"), QStringLiteral("short"), planner()));
    }

    void unreachableFolderSaysSo()
    {
        QVERIFY_THROWS_EXCEPTION(Error, m_nurse->sync(m_dir.filePath(QStringLiteral("no-such-share"))));
    }
};

QTEST_GUILESS_MAIN(TestFolderSync)
#include "tst_foldersync.moc"
