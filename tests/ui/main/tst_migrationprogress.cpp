// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "main/MigrationProgress.h"
#include "store/Schema.h"

#include <QApplication>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>

using namespace Kvarter;

class TestMigrationProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The first start after an update shows the migration with its promise, then the file is current.
    void anOlderFileIsUpdatedInSight()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        ManualClock clock(Test::fixedNow());
        {
            Store old(path, clock, 6); // as the version before last left it
            Test::makeSmallTeam(old);
        }
        QCOMPARE(MigrationProgress::stepsBehind(path), Schema::current().latestVersion() - 6);

        QString shown;
        QTimer look;
        QObject::connect(&look, &QTimer::timeout, &look, [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *dialog = qobject_cast<QProgressDialog *>(w); dialog && dialog->isVisible()) {
                    if (shown.isEmpty() && qEnvironmentVariableIsSet("KVARTER_TEST_SCREENSHOTS"))
                        dialog->grab().save(qEnvironmentVariable("KVARTER_TEST_SCREENSHOTS") + QStringLiteral("/migration.png"));
                    shown = dialog->labelText();
                }
        });
        look.start(1);
        QVERIFY(MigrationProgress::run(path));
        look.stop();
        QVERIFY2(shown.contains(QLatin1String("nothing is lost")), qPrintable(shown));
        QCOMPARE(MigrationProgress::stepsBehind(path), 0);
        Store current(path, clock);
        QCOMPARE(current.db().userVersion(), Schema::current().latestVersion());
        QCOMPARE(current.db().scalar("SELECT count(*) FROM citizen"), 1); // nothing lost on the way
    }

    void aNewOrCurrentFileShowsNothing()
    {
        QTemporaryDir dir;
        QCOMPARE(MigrationProgress::stepsBehind(dir.filePath(QStringLiteral("none.db"))), 0);
        ManualClock clock(Test::fixedNow());
        const QString path = dir.filePath(QStringLiteral("current.db"));
        {
            Store store(path, clock);
        }
        QCOMPARE(MigrationProgress::stepsBehind(path), 0);
        QVERIFY(MigrationProgress::run(path));
    }
};

QTEST_MAIN(TestMigrationProgress)
#include "tst_migrationprogress.moc"
