// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/SignInDialog.h"
#include "access/SignInPanel.h"
#include "common/Translations.h"
#include "main/DesktopLauncher.h"
#include "main/JoinTeamDialog.h"
#include "main/MainWindow.h"
#include "session/Session.h"
#include "sync/StateHash.h"
#include "sync/SyncEngine.h"
#include "sync/TeamMembership.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace Kvarter;

namespace {
const QString Passphrase = QStringLiteral("kaffe først");

template<typename Widget> Widget *visibleTopLevel()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<Widget *>(w); found && found->isVisible())
            return found;
    return nullptr;
}
} // namespace

class TestJoinTeam : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_share;
    QString m_invitation;
    QString m_nurse;
    SystemClock m_clock;
    std::unique_ptr<Store> m_planner;

private Q_SLOTS:
    void init()
    {
        m_share = m_dir.filePath(QStringLiteral("share-%1").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QDir().mkpath(m_share);
        m_planner = std::make_unique<Store>(
            m_dir.filePath(QStringLiteral("planner-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()))), m_clock);
        DemoGenerator(*m_planner, ServiceCatalogue::standard(), 3).generate(DemoGenerator::Scale::Team);
        QString plannerId;
        for (const Employee &e : TeamService(*m_planner).employees()) {
            if (e.role == Role::Planner)
                plannerId = e.id;
            if (e.role == Role::Nurse)
                m_nurse = e.initials;
        }
        const Actor planner = Test::signIn(*m_planner, plannerId);
        Sync::TeamMembership(*m_planner).create(TeamService(*m_planner).teams().first().id, QStringLiteral("Kontoret"), planner);
        m_invitation =
            m_dir.filePath(QStringLiteral("karen-%1.invitation").arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile file(m_invitation);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Sync::TeamMembership(*m_planner).invite(QStringLiteral("Karens bærbare"), Passphrase, planner));
        file.close();
        Sync::SyncEngine::syncFolder(*m_planner, m_share);
    }

    // A brand-new laptop: the launcher offers to join, fetches the team and opens the window.
    void aNewLaptopJoinsFromTheLauncher()
    {
        const QString path = m_dir.filePath(QStringLiteral("karen.db"));
        bool joined = false;
        bool windowShown = false;
        bool pinChosen = false;
        QTimer driver;
        connect(&driver, &QTimer::timeout, this, [&] {
            if (auto *dialog = visibleTopLevel<JoinTeamDialog>(); dialog && !joined) {
                joined = true;
                dialog->findChild<QLineEdit *>(QStringLiteral("invitationLineEdit"))->setText(m_invitation);
                dialog->findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(Passphrase);
                dialog->findChild<QLineEdit *>(QStringLiteral("placeLineEdit"))->setText(m_share);
                QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("joinButton")), Qt::LeftButton);
            } else if (auto *signIn = visibleTopLevel<SignInDialog>(); signIn && !pinChosen) {
                // The PIN is this laptop's own (never synced): Karen chooses hers before anything shows.
                pinChosen = true;
                QVERIFY(!visibleTopLevel<MainWindow>());
                auto *panel = signIn->panel();
                QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("pinLineEdit")), QStringLiteral("4071"));
                QTest::keyClicks(panel->findChild<QLineEdit *>(QStringLiteral("repeatPinLineEdit")), QStringLiteral("4071"));
                QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
            } else if (auto *window = visibleTopLevel<MainWindow>()) {
                windowShown = true;
                window->close();
                QApplication::quit();
            }
        });
        driver.start(50);
        QTimer::singleShot(60000, qApp, &QApplication::quit); // never hang the suite
        const int code =
            DesktopLauncher().run({ QStringLiteral("kvarter"), QStringLiteral("--db"), path, QStringLiteral("--as"), m_nurse });
        driver.stop();
        QCOMPARE(code, 0);
        QVERIFY(joined);
        QVERIFY(pinChosen);
        QVERIFY(windowShown);
        Store karen(path, m_clock);
        QVERIFY(Sync::TeamMembership(karen).isJoined());
        QCOMPARE(Sync::StateHash::of(karen), Sync::StateHash::of(*m_planner));
    }

    // A wrong passphrase is said at the passphrase, and nothing is joined.
    void aWrongPassphraseIsSaidAtTheField()
    {
        Store empty(m_dir.filePath(QStringLiteral("empty.db")), m_clock);
        Session emptySession(empty, m_clock);
        JoinTeamDialog dialog(emptySession);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("invitationLineEdit"))->setText(m_invitation);
        dialog.findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(QStringLiteral("te først"));
        dialog.findChild<QLineEdit *>(QStringLiteral("placeLineEdit"))->setText(m_share);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("joinButton")), Qt::LeftButton);
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("passphraseErrorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("passphrase")), qPrintable(error->text()));
        QVERIFY(dialog.isVisible());
        QVERIFY(!Sync::TeamMembership(empty).isJoined());
        // Forgetting where the team's data is, is said at that field.
        dialog.findChild<QLineEdit *>(QStringLiteral("placeLineEdit"))->clear();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("joinButton")), Qt::LeftButton);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("placeErrorLabel"))->isVisible());
        if (const QString shots = qEnvironmentVariable("KVARTER_TEST_SCREENSHOTS"); !shots.isEmpty()) {
            Translations::install(QStringLiteral("da"));
            JoinTeamDialog danish(emptySession);
            danish.show();
            danish.findChild<QLineEdit *>(QStringLiteral("passphraseLineEdit"))->setText(QStringLiteral("te først"));
            danish.findChild<QLineEdit *>(QStringLiteral("invitationLineEdit"))->setText(m_invitation);
            danish.findChild<QLineEdit *>(QStringLiteral("placeLineEdit"))->setText(m_share);
            QTest::mouseClick(danish.findChild<QPushButton *>(QStringLiteral("joinButton")), Qt::LeftButton);
            danish.grab().save(shots + QStringLiteral("/join-team.png"));
            Translations::install(QStringLiteral("en"));
        }
    }
};

QTEST_MAIN(TestJoinTeam)
#include "tst_jointeam.moc"
