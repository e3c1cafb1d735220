// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncTeam.h"
#include "common/PrivateFiles.h"
#include "server/ServerStorage.h"
#include "store/Profile.h"
#include "sync/FolderTransport.h"

#include <QTest>
#include <sys/stat.h>

using namespace Kvarter;

namespace {
int modeOf(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}
QString octal(int mode) { return QString::number(mode, 8); }
} // namespace

#define QCOMPARE_MODE(path, expected) QCOMPARE(octal(modeOf(path)), octal(expected))

// The profile holds every citizen and the device's keys: another account on the laptop must not
// read it. Checked under the usual umask 022, which made all of it 0644 in a 0755 folder before.
class TestPrivateFiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    mode_t m_umask = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_umask = ::umask(022);
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("data"))));
    }
    void cleanupTestCase() { ::umask(m_umask); }

    void aNewProfileIsPrivate()
    {
        const QString path = Profile::defaultDatabasePath();
        QVERIFY(path.startsWith(m_dir.path()));
        QFile::remove(path);
        const ManualClock clock(Test::fixedNow());
        Store store(path, clock);
        Test::makeSmallTeam(store); // writes: the -wal and -shm are there now
        const QString folder = QFileInfo(path).absolutePath();
        QCOMPARE_MODE(folder, 0700);
        QCOMPARE_MODE(QFileInfo(folder).absolutePath(), 0700); // made by Kvarter too
        QCOMPARE_MODE(path, 0600);
        QCOMPARE_MODE(path + QStringLiteral("-wal"), 0600);
        QCOMPARE_MODE(path + QStringLiteral("-shm"), 0600);
        QCOMPARE_MODE(path + QStringLiteral(".lock"), 0600);
    }

    // Made by an older Kvarter: tightened when opened.
    void anOlderLooserProfileIsTightenedOnOpen()
    {
        const QString path = Profile::defaultDatabasePath();
        const QString folder = QFileInfo(path).absolutePath();
        const ManualClock clock(Test::fixedNow());
        {
            Store store(path, clock);
        }
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        Store store(path, clock);
        store.write([&] { store.db().setMeta(QStringLiteral("touched"), QStringLiteral("yes")); });
        QCOMPARE_MODE(folder, 0700);
        QCOMPARE_MODE(path, 0600);
        QCOMPARE_MODE(path + QStringLiteral("-wal"), 0600);
        QCOMPARE_MODE(path + QStringLiteral("-shm"), 0600);
    }

    // A database where the user put it (--db): the files are private; a folder Kvarter makes for
    // it is 0700, one the user had is theirs to decide.
    void aDatabaseTheUserPlacedIsPrivate()
    {
        const QString own = m_dir.filePath(QStringLiteral("documents"));
        QVERIFY(QDir().mkpath(own));
        QVERIFY(::chmod(QFile::encodeName(own).constData(), 0755) == 0);
        const ManualClock clock(Test::fixedNow());
        Store placed(own + QStringLiteral("/team.db"), clock);
        Store nested(own + QStringLiteral("/new/deeper/team.db"), clock);
        QCOMPARE_MODE(own, 0755);
        QCOMPARE_MODE(own + QStringLiteral("/team.db"), 0600);
        QCOMPARE_MODE(own + QStringLiteral("/new"), 0700);
        QCOMPARE_MODE(own + QStringLiteral("/new/deeper"), 0700);
        QCOMPARE_MODE(own + QStringLiteral("/new/deeper/team.db"), 0600);
    }

    // Invitations and exports: owner-only from the first byte, also over an existing looser file.
    void savedFilesAreOwnerOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("invitation.kvi"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();
        QCOMPARE_MODE(path, 0644);
        QVERIFY(PrivateFiles::write(path, "KVINV1\nsecret"));
        QCOMPARE_MODE(path, 0600);
        QFile read(path);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), QByteArray("KVINV1\nsecret"));
        {
            PrivateSaveFile abandoned(m_dir.filePath(QStringLiteral("abandoned.pdf")));
            QVERIFY(abandoned.open());
            abandoned.device().write("half");
            const QStringList temporary = QDir(m_dir.path()).entryList({ QStringLiteral("abandoned.pdf.*") }, QDir::Files);
            QCOMPARE(temporary.size(), 1);
            QCOMPARE_MODE(m_dir.filePath(temporary.first()), 0600); // while it is being written, too
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("abandoned.pdf"))));
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("abandoned.pdf*") }, QDir::Files), QStringList());
    }

    void quarantinedCopiesArePrivate()
    {
        Test::SyncTeam team;
        team.syncAll();
        const qint64 next = team.b->store->db().scalar("SELECT max(seq) FROM change_log") + 1;
        const QString planted = team.deviceFolder(*team.b) + QLatin1Char('/') + Sync::FolderTransport::bundleName(next, next);
        QVERIFY(QDir().mkpath(team.deviceFolder(*team.b)));
        QFile f(planted);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a bundle at all");
        f.close();
        QCOMPARE(team.c->sync(team.share).quarantined.size(), 1);
        const QString quarantine = QFileInfo(team.c->path).absolutePath() + QStringLiteral("/quarantine");
        const QStringList copies = QDir(quarantine).entryList(QDir::Files);
        QCOMPARE(copies.size(), 1);
        QCOMPARE_MODE(quarantine, 0700);
        QCOMPARE_MODE(quarantine + QLatin1Char('/') + copies.first(), 0600);
    }

    void serverFilesArePrivate()
    {
        const QString path = m_dir.filePath(QStringLiteral("srv/data/server.db"));
        auto storage = Server::ServerStorage::openSqlite(path);
        storage->claimExclusive();
        storage->registerDevice(
            { QStringLiteral("team"), QStringLiteral("device"), QByteArray(32, 'k'), QStringLiteral("planner"), false });
        QCOMPARE_MODE(m_dir.filePath(QStringLiteral("srv")), 0700);
        QCOMPARE_MODE(m_dir.filePath(QStringLiteral("srv/data")), 0700);
        QCOMPARE_MODE(path, 0600);
        QCOMPARE_MODE(path + QStringLiteral("-wal"), 0600);
        QCOMPARE_MODE(path + QStringLiteral("-shm"), 0600);
        QCOMPARE_MODE(path + QStringLiteral(".server-lock"), 0600);
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
