// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncTeam.h"
#include "sync/Bundle.h"
#include "sync/Crypto.h"
#include "sync/FolderTransport.h"
#include "sync/StateHash.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <sys/stat.h>

using namespace Kvarter;
using namespace Kvarter::Sync;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Writes in place, as a file-sync client fills a file it is still downloading (same file, growing).
void writeInPlace(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(0));
    QCOMPARE(f.write(bytes), bytes.size());
}

void renamePhone(Test::Laptop &laptop, const QString &citizen, const QString &phone)
{
    laptop.store->write([&] { laptop.store->update("citizen", citizen, { { "phone", phone } }); });
}

QString phoneOn(Test::Laptop &laptop, const QString &citizen)
{
    return laptop.store->db().textFor("SELECT phone FROM citizen WHERE id = ?", citizen);
}

} // namespace

class TestHostileShare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A file-sync client shows a bundle before all of it is there: read then, it is cut short; read
    // again once complete, it arrives.
    void aBundleCutShortThenCompletedArrives()
    {
        Test::SyncTeam team;
        team.syncAll();
        renamePhone(*team.b, team.people.citizen, QStringLiteral("62 62 62 62"));
        team.b->sync(team.share);
        const QString name = team.deviceFolder(*team.b) + QLatin1Char('/')
            + FolderTransport::bundleName(team.b->store->db().scalar("SELECT max(seq) FROM change_log"),
                                          team.b->store->db().scalar("SELECT max(seq) FROM change_log"));
        const QByteArray whole = readAll(name);
        QVERIFY(!whole.isEmpty());
        writeInPlace(name, whole.left(whole.size() / 2));

        const SyncReport early = team.c->sync(team.share);
        QCOMPARE(early.quarantined.size(), 1);
        QVERIFY2(early.quarantined.first().contains(QLatin1String("cut short")), qPrintable(early.quarantined.first()));
        QVERIFY(phoneOn(*team.c, team.people.citizen) != QLatin1String("62 62 62 62"));

        writeInPlace(name, whole);
        const SyncReport later = team.c->sync(team.share);
        QVERIFY(later.quarantined.isEmpty());
        QCOMPARE(phoneOn(*team.c, team.people.citizen), QStringLiteral("62 62 62 62"));
        QCOMPARE(SyncEngine::setAsideCount(*team.c->store), 0);
    }

    // Someone puts a file where a device's next bundle will go: it is set aside, and the real
    // bundle, written over it later, still arrives.
    void aPlantedFileDoesNotShadowTheRealBundle_data()
    {
        QTest::addColumn<bool>("withGoodHeader");
        QTest::addRow("garbage") << false;
        QTest::addRow("forged bundle with the device's header") << true;
    }
    void aPlantedFileDoesNotShadowTheRealBundle()
    {
        QFETCH(bool, withGoodHeader);
        Test::SyncTeam team;
        team.syncAll();
        const qint64 next = team.b->store->db().scalar("SELECT max(seq) FROM change_log") + 1;
        const QString name = team.deviceFolder(*team.b) + QLatin1Char('/') + FolderTransport::bundleName(next, next);
        BundleHeader header;
        header.teamId = team.people.team;
        header.deviceId = team.b->deviceId();
        header.firstSeq = header.lastSeq = next;
        const QByteArray planted = withGoodHeader
            ? Bundle::seal(header, {}, TeamMembership(*team.a->store).teamKey(), Crypto::newSigningKeys().secretKey)
            : QByteArray("planted, not a bundle");
        QVERIFY(QDir().mkpath(team.deviceFolder(*team.b)));
        writeInPlace(name, planted);
        const SyncReport before = team.c->sync(team.share);
        QCOMPARE(before.quarantined.size(), 1);

        renamePhone(*team.b, team.people.citizen, QStringLiteral("63 63 63 63"));
        QCOMPARE(team.b->sync(team.share).bundlesWritten, 1); // written over the planted file
        team.c->sync(team.share);
        QCOMPARE(phoneOn(*team.c, team.people.citizen), QStringLiteral("63 63 63 63"));
        team.syncAll();
        QCOMPARE(StateHash::of(*team.c->store), StateHash::of(*team.b->store));
    }

    // What a share may hold beside bundles: a pipe (reading blocks for ever), a link to a device that
    // never ends, a sparse 3 GB file, a link out of the share. None hangs or aborts the sync.
    void unsafeEntriesNeitherHangNorCrash()
    {
        Test::SyncTeam team;
        team.syncAll();
        renamePhone(*team.b, team.people.citizen, QStringLiteral("60 60 60 60"));
        team.b->sync(team.share); // b's folder, with its first bundle
        const QString folder = team.deviceFolder(*team.b) + QLatin1Char('/');
        QCOMPARE(::mkfifo(QFile::encodeName(folder + FolderTransport::bundleName(900, 900)).constData(), 0600), 0);
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), folder + FolderTransport::bundleName(901, 901)));
        {
            QFile sparse(folder + FolderTransport::bundleName(902, 902));
            QVERIFY(sparse.open(QIODevice::WriteOnly));
            QVERIFY(sparse.resize(qint64(3) * 1024 * 1024 * 1024));
        }
        const QString outside = team.dir.filePath(QStringLiteral("outside.kvb"));
        writeInPlace(outside, readAll(QDir(folder).entryInfoList({ QStringLiteral("*.kvb") }, QDir::Files).first().filePath()));
        QVERIFY(QFile::link(outside, folder + FolderTransport::bundleName(903, 903)));
        renamePhone(*team.b, team.people.citizen, QStringLiteral("64 64 64 64"));
        team.b->sync(team.share);

        const SyncReport report = team.c->sync(team.share);
        QCOMPARE(report.quarantined.size(), 4);
        const QString reasons = report.quarantined.join(QLatin1Char('\n'));
        QVERIFY2(reasons.contains(QLatin1String("not a regular file")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("a link, not a file")), qPrintable(reasons));
        QVERIFY2(reasons.contains(QLatin1String("larger than any file")), qPrintable(reasons));
        QCOMPARE(phoneOn(*team.c, team.people.citizen), QStringLiteral("64 64 64 64")); // the rest synced
        QCOMPARE(SyncEngine::setAsideCount(*team.c->store), 4);
        QCOMPARE(team.c->sync(team.share).quarantined.size(), 0); // set aside once, not reported forever
    }

    // A server that closes the connection: a plain message, and nothing changes here.
    void aCutConnectionSaysNothingWasLost()
    {
        Test::SyncTeam team;
        team.syncAll();
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QTcpServer::newConnection, &server, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->abort();
                socket->deleteLater();
            }
        });
        renamePhone(*team.b, team.people.citizen, QStringLiteral("65 65 65 65"));
        const qint64 pending = SyncEngine::pendingChanges(*team.b->store);
        try {
            SyncEngine::syncServer(*team.b->store, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
            QFAIL("a sync through a server that closes every connection cannot succeed");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("closed the connection")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QLatin1String("nothing was lost")), qPrintable(e.message()));
        }
        QCOMPARE(SyncEngine::pendingChanges(*team.b->store), pending);
    }
};

QTEST_GUILESS_MAIN(TestHostileShare)
#include "tst_hostileshare.moc"
