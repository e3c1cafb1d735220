// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "common/Translations.h"
#include "main/MainWindow.h"
#include "server/SyncServer.h"
#include "session/Session.h"
#include "sync/ChangeApplier.h"
#include "sync/ChangeLogReader.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictsPage.h"
#include "sync/StateHash.h"
#include "sync/SyncController.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/TeamDevicesDialog.h"
#include "sync/TeamMembership.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Kvarter;

namespace {
// One laptop: its own profile database and the real main window on it.
struct Profile
{
    Profile(const QString &path, const QDateTime &now) : clock(now), store(std::make_unique<Store>(path, clock)) {}
    void open(const Employee &who)
    {
        session = std::make_unique<Session>(*store, clock);
        session->signInUnattended(who.id);
        window = std::make_unique<MainWindow>(*session);
        window->show();
    }
    bool sync()
    {
        QSignalSpy done(window->syncController(), &SyncController::syncFinished);
        window->findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
        return done.wait(20000);
    }
    ManualClock clock;
    std::unique_ptr<Store> store;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;
};
} // namespace

class TestSyncGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conflictMadeOnTwoLaptopsShowsOnBothAndIsSettledFromTheGui()
    {
        QTemporaryDir dir;
        const QString share = dir.filePath(QStringLiteral("share"));
        QDir().mkpath(share);
        Profile planner(dir.filePath(QStringLiteral("planner.db")), Test::fixedNow());
        Profile nurse(dir.filePath(QStringLiteral("nurse.db")), Test::fixedNow().addSecs(3600 * 20)); // a clock far off
        DemoGenerator(*planner.store, ServiceCatalogue::standard(), 11).generate(DemoGenerator::Scale::Team);
        Employee plannerEmployee, nurseEmployee;
        for (const Employee &e : TeamService(*planner.store).employees()) {
            if (e.role == Role::Planner)
                plannerEmployee = e;
            if (e.role == Role::Nurse)
                nurseEmployee = e;
        }
        const Actor plannerActor = Test::signIn(*planner.store, plannerEmployee.id);
        Sync::TeamMembership(*planner.store)
            .create(TeamService(*planner.store).teams().first().id, QStringLiteral("Kontoret"), plannerActor);
        const QByteArray invitation = Sync::TeamMembership(*planner.store)
                                          .invite(QStringLiteral("Karens bærbare"), QStringLiteral("kaffe først"), plannerActor);
        Sync::TeamMembership(*nurse.store).join(invitation, QStringLiteral("kaffe først"));

        planner.open(plannerEmployee);
        planner.window->syncController()->setFolder(share);
        QVERIFY(planner.sync());
        // The nurse's laptop is new: it gets the team through the folder, then opens on her day.
        nurse.session = std::make_unique<Session>(*nurse.store, nurse.clock);
        QVERIFY(Sync::SyncEngine::syncFolder(*nurse.store, share).bundlesRead > 0);
        nurse.open(nurseEmployee);
        nurse.window->syncController()->setFolder(share);
        QCOMPARE(Sync::StateHash::of(*nurse.store), Sync::StateHash::of(*planner.store));

        // Both change the same citizen's phone while apart.
        const Citizen citizen = CitizenService(*planner.store, planner.session->actor()).search({}).first();
        Citizen onPlanner = citizen, onNurse = citizen;
        onPlanner.phone = QStringLiteral("11 22 33 44");
        onNurse.phone = QStringLiteral("55 66 77 88");
        CitizenService(*planner.store, planner.session->actor()).update(onPlanner);
        CitizenService(*nurse.store, nurse.session->actor()).update(onNurse);
        const QLabel *nurseStatus = nurse.window->findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        QTRY_VERIFY2(nurseStatus->text().contains(QLatin1String("1 change")), qPrintable(nurseStatus->text()));
        QVERIFY(planner.sync());
        QVERIFY(nurse.sync());
        QVERIFY(planner.sync());
        QCOMPARE(Sync::StateHash::of(*nurse.store), Sync::StateHash::of(*planner.store));

        for (Profile *p : { &planner, &nurse }) {
            p->window->showPage(MainWindow::Page::Conflicts);
            auto *table = p->window->findChild<QTableView *>(QStringLiteral("conflictTableView"));
            QTRY_COMPARE(table->model()->rowCount(), 1);
            QVERIFY(table->isVisible());
            const QString field = table->model()->index(0, ConflictListModel::Field).data().toString();
            QCOMPARE(field, QStringLiteral("Phone"));
            QVERIFY(table->model()->index(0, ConflictListModel::What).data().toString().contains(citizen.name));
            const QString both = table->model()->index(0, ConflictListModel::Current).data().toString()
                + table->model()->index(0, ConflictListModel::Other).data().toString();
            QVERIFY(both.contains(QLatin1String("11 22 33 44")) && both.contains(QLatin1String("55 66 77 88")));
            QVERIFY2(both.contains(QLatin1String("Kontoret")) && both.contains(QStringLiteral("Karens bærbare")),
                     qPrintable(both));
            // … and who: the employee behind each value.
            QVERIFY2(both.contains(plannerEmployee.name) && both.contains(nurseEmployee.name), qPrintable(both));
            QVERIFY(p->window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"))
                        ->item(3)
                        ->text()
                        .contains(QLatin1String("(1)")));
        }
        // For a person to look at: KVARTER_TEST_SCREENSHOTS=DIR saves the page as the nurse sees it.
        if (const QString shots = qEnvironmentVariable("KVARTER_TEST_SCREENSHOTS"); !shots.isEmpty())
            nurse.window->grab().save(shots + QStringLiteral("/conflicts.png"));

        // The nurse brings back the value that lost; the choice syncs and both laptops agree.
        const QString losing = nurse.window->conflictsPage()->model()->conflictAt(0).loserValue.toString();
        QTest::mouseClick(nurse.window->findChild<QPushButton *>(QStringLiteral("keepOtherButton")), Qt::LeftButton);
        QTRY_COMPARE(nurse.window->findChild<QTableView *>(QStringLiteral("conflictTableView"))->model()->rowCount(), 0);
        QVERIFY(nurse.window->findChild<QLabel *>(QStringLiteral("noConflictsLabel"))->isVisible());
        QVERIFY(nurse.sync());
        QVERIFY(planner.sync());
        QCOMPARE(CitizenService(*planner.store, planner.session->actor()).citizen(citizen.id)->phone, losing);
        QTRY_COMPARE(planner.window->findChild<QTableView *>(QStringLiteral("conflictTableView"))->model()->rowCount(), 0);
        QCOMPARE(Sync::StateHash::of(*nurse.store), Sync::StateHash::of(*planner.store));
    }

    void twoLaptopsSyncThroughAServerFromTheDesktop()
    {
        QTemporaryDir dir;
        const ManualClock serverClock(Test::fixedNow());
        Server::SyncServer server(Server::ServerStorage::sqlite(dir.filePath(QStringLiteral("server.db"))), {}, serverClock);
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.listen(QHostAddress::LocalHost, 0));
        Profile planner(dir.filePath(QStringLiteral("planner.db")), Test::fixedNow());
        Profile nurse(dir.filePath(QStringLiteral("nurse.db")), Test::fixedNow().addDays(1)); // the date is wrong
        DemoGenerator(*planner.store, ServiceCatalogue::standard(), 12).generate(DemoGenerator::Scale::Team);
        Employee plannerEmployee;
        for (const Employee &e : TeamService(*planner.store).employees())
            if (e.role == Role::Planner)
                plannerEmployee = e;
        const Actor actor = Test::signIn(*planner.store, plannerEmployee.id);
        Sync::TeamMembership(*planner.store)
            .create(TeamService(*planner.store).teams().first().id, QStringLiteral("Kontoret"), actor);
        Sync::TeamMembership(*nurse.store)
            .join(Sync::TeamMembership(*planner.store).invite(QStringLiteral("Karen"), QStringLiteral("kaffe først"), actor),
                  QStringLiteral("kaffe først"));
        planner.open(plannerEmployee);
        planner.window->syncController()->setServer(url);
        QVERIFY(planner.sync());
        QVERIFY(planner.window->syncController()->lastError().isEmpty());
        // Until its first sync the nurse's laptop knows only the team and the planner of the roster,
        // as if an earlier delivery had brought just those rows: enough to sign in as her.
        QList<Sync::Change> firstRows;
        for (const Sync::Change &c : Sync::ChangeLogReader(*planner.store).since(0))
            if (c.entity == QLatin1String("team") || (c.entity == QLatin1String("employee") && c.rowId == plannerEmployee.id))
                firstRows << c;
        Sync::ChangeApplier(*nurse.store).apply(firstRows);
        QCOMPARE(TeamService(*nurse.store).employees().size(), 1);
        nurse.open(plannerEmployee);
        QCOMPARE(nurse.window->findChild<QComboBox *>(QStringLiteral("employeeComboBox"))->count(), 1);
        nurse.window->syncController()->setServer(url);
        QVERIFY(nurse.sync());
        QCOMPARE(Sync::StateHash::of(*nurse.store), Sync::StateHash::of(*planner.store));
        // The team's people arrived with the sync: "who are you" lists them without a restart.
        auto *who = nurse.window->findChild<QComboBox *>(QStringLiteral("employeeComboBox"));
        QTRY_VERIFY(who->count() > 1);
        QVERIFY(who->currentText().contains(plannerEmployee.name));
        // The nurse is told her laptop's clock is a day ahead (My day would show tomorrow); the
        // planner's is right and hears nothing.
        auto *nurseWarning = nurse.window->findChild<QLabel *>(QStringLiteral("clockWarningLabel"));
        QVERIFY(nurseWarning->isVisible());
        QVERIFY2(nurseWarning->text().contains(QLatin1String("24 hour")) && nurseWarning->text().contains(QLatin1String("ahead")),
                 qPrintable(nurseWarning->text()));
        QVERIFY(!planner.window->findChild<QLabel *>(QStringLiteral("clockWarningLabel"))->isVisible());
        // A colleague's newer Kvarter sent a kind of record this one does not know: the planner is told to update.
        Sync::Change fromTheFuture;
        fromTheFuture.device = QStringLiteral("a-newer-laptop");
        fromTheFuture.lamport = fromTheFuture.hlc = 1;
        fromTheFuture.entity = QStringLiteral("fall_report");
        fromTheFuture.rowId = QStringLiteral("f1");
        Sync::ChangeApplier(*planner.store).apply({ fromTheFuture });
        planner.store->announce({ QStringLiteral("visit") });
        auto *plannerWarning = planner.window->findChild<QLabel *>(QStringLiteral("clockWarningLabel"));
        QVERIFY(plannerWarning->isVisible());
        QVERIFY2(plannerWarning->text().contains(QLatin1String("newer Kvarter")), qPrintable(plannerWarning->text()));
        if (const QString shots = qEnvironmentVariable("KVARTER_TEST_SCREENSHOTS"); !shots.isEmpty())
            nurse.window->grab().save(shots + QStringLiteral("/clock-warning.png"));

        // The server goes away: the status says offline, nothing is lost.
        nurse.window->syncController()->setServer(QStringLiteral("http://127.0.0.1:1"));
        QSignalSpy failed(nurse.window->syncController(), &SyncController::syncFailed);
        nurse.window->findChild<QAction *>(QStringLiteral("syncNowAction"))->trigger();
        QVERIFY(failed.count() > 0 || failed.wait(20000));
        QCOMPARE(nurse.window->syncController()->state(), SyncController::State::Offline);
    }

    // A server whose operator allows teams one by one: the planner pastes the operator's token into
    // the sync settings, and the next sync registers the team (and uses the token up).
    void aPlannerEnrolsTheTeamFromTheSyncSettings()
    {
        QTemporaryDir dir;
        const ManualClock serverClock(Test::fixedNow());
        Server::ServerLimits limits;
        limits.requireEnrolment = true;
        Server::SyncServer server(Server::ServerStorage::sqlite(dir.filePath(QStringLiteral("server.db"))), {}, serverClock,
                                  limits);
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(server.listen(QHostAddress::LocalHost, 0));
        const QString token = server.storage().allowTeam(QStringLiteral("Kontor Nord"));
        Profile planner(dir.filePath(QStringLiteral("planner.db")), Test::fixedNow());
        DemoGenerator(*planner.store, ServiceCatalogue::standard(), 5).generate(DemoGenerator::Scale::Team);
        Employee plannerEmployee;
        for (const Employee &e : TeamService(*planner.store).employees())
            if (e.role == Role::Planner)
                plannerEmployee = e;
        Sync::TeamMembership(*planner.store)
            .create(TeamService(*planner.store).teams().first().id, QStringLiteral("Kontoret"),
                    Test::signIn(*planner.store, plannerEmployee.id));
        planner.open(plannerEmployee);

        SyncSettingsDialog dialog(*planner.session, *planner.window->syncController());
        dialog.findChild<QLineEdit *>(QStringLiteral("serverLineEdit"))->setText(url);
        auto *enrolment = dialog.findChild<QLineEdit *>(QStringLiteral("enrolmentLineEdit"));
        enrolment->setText(QStringLiteral("not a token"));
        dialog.accept();
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("syncSettingsErrorLabel"))->isHidden());
        QVERIFY(planner.session->syncSettings().enrolmentToken().isEmpty());
        enrolment->setText(QLatin1Char(' ') + token + QLatin1Char(' '));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(planner.session->syncSettings().enrolmentToken(), token);

        QVERIFY(planner.sync());
        QVERIFY2(planner.window->syncController()->lastError().isEmpty(),
                 qPrintable(planner.window->syncController()->lastError()));
        QVERIFY(planner.session->syncSettings().enrolmentToken().isEmpty()); // used up
        SyncSettingsDialog again(*planner.session, *planner.window->syncController());
        QVERIFY(again.findChild<QLineEdit *>(QStringLiteral("enrolmentLineEdit"))->text().isEmpty());
    }

    void plannerInvitesAndRemovesALaptopFromTheDesktop()
    {
        QTemporaryDir dir;
        Test::Fixture f(true);
        Session session(*f.store, f.clock);
        session.signInUnattended(f.firstWithRole(Role::Planner).id);
        MainWindow window(session);
        QAction *action = window.findChild<QAction *>(QStringLiteral("teamDevicesAction"));
        QVERIFY(action->isVisible());
        action->trigger();
        TeamDevicesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<TeamDevicesDialog *>()) != nullptr);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createTeamButton")), Qt::LeftButton);
        QVERIFY(Sync::TeamMembership(*f.store).isJoined());

        const QString file = dir.filePath(QStringLiteral("karen.invitation"));
        QVERIFY(!dialog->invite(QStringLiteral("Karen"), QStringLiteral("short"), file)); // says why, writes nothing
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("teamDevicesStatusLabel"))->text().contains(QLatin1String("8")));
        QVERIFY(!QFile::exists(file));
        QVERIFY(dialog->invite(QStringLiteral("Karen"), QStringLiteral("kaffe først"), file));
        Test::Fixture laptop;
        QFile invitation(file);
        QVERIFY(invitation.open(QIODevice::ReadOnly));
        Sync::TeamMembership(*laptop.store).join(invitation.readAll(), QStringLiteral("kaffe først"));

        auto *devices = dialog->findChild<QTreeWidget *>(QStringLiteral("devicesTreeWidget"));
        QCOMPARE(devices->topLevelItemCount(), 2);
        for (int i = 0; i < devices->topLevelItemCount(); ++i)
            if (devices->topLevelItem(i)->text(0) == QLatin1String("Karen"))
                devices->setCurrentItem(devices->topLevelItem(i));
        dialog->removeSelected(true);
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM team_device WHERE revoked_after_seq >= 0"), 1);

        // A nurse does not see the action at all; the rule itself lives in core.
        session.signInUnattended(f.firstWithRole(Role::Nurse).id);
        QVERIFY(!action->isVisible());
    }

    // An "&" in a label marks its Alt key only when the label has a buddy; without one a nurse
    // reads "Delt &mappe:".
    void everyMnemonicLabelOfTheSyncDialogHasABuddy()
    {
        Test::Fixture f(true);
        Session session(*f.store, f.clock);
        session.signInUnattended(f.firstWithRole(Role::Planner).id);
        MainWindow window(session);
        SyncSettingsDialog dialog(session, *window.syncController());
        int mnemonics = 0;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            if (label->text().contains(QLatin1Char('&'))) {
                ++mnemonics;
                QVERIFY2(label->buddy(), qPrintable(label->text()));
            }
        QVERIFY(mnemonics >= 4);
    }

    void unreachableFolderShowsOfflineAndSyncsWhenItReturns()
    {
        QTemporaryDir dir;
        Test::Fixture f(true);
        const Employee planner = f.firstWithRole(Role::Planner);
        Sync::TeamMembership(*f.store).create(TeamService(*f.store).teams().first().id, QStringLiteral("Kontoret"),
                                              Test::signIn(*f.store, planner.id));
        Session session(*f.store, f.clock);
        session.signInUnattended(planner.id);
        MainWindow window(session);
        SyncController *sync = window.syncController();
        sync->setIntervals(60000, 50);
        const QString share = dir.filePath(QStringLiteral("share"));
        sync->setFolder(share); // not there yet: the share is "down"
        QTRY_COMPARE(sync->state(), SyncController::State::Offline);
        QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"))->text().contains(QLatin1String("Offline")));
        QSignalSpy finished(sync, &SyncController::syncFinished);
        QDir().mkpath(share); // the network is back
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.first().first().value<Sync::SyncReport>().bundlesWritten > 0);
    }

    // The status bar says what a nurse needs to know: does the team have it, and since when.
    void statusBarSaysInWordsWhetherTheTeamHasIt()
    {
        QVERIFY(Translations::install(QStringLiteral("en"))); // the English plural forms
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QTemporaryDir dir;
        Test::Fixture f(true);
        const Employee planner = f.firstWithRole(Role::Planner);
        Session session(*f.store, f.clock);
        session.signInUnattended(planner.id);
        MainWindow window(session);
        auto *label = window.findChild<QLabel *>(QStringLiteral("syncStatusLabel"));
        QCOMPARE(label->text(), QStringLiteral("Saved on this computer · sync with the team is not set up"));

        Sync::TeamMembership(*f.store).create(TeamService(*f.store).teams().first().id, QStringLiteral("Kontoret"),
                                              Test::signIn(*f.store, planner.id));
        SyncController *sync = window.syncController();
        sync->setIntervals(60000, 50);
        sync->setFolder(dir.path());
        const qint64 pending = session.syncCounts().pending;
        QVERIFY(pending > 1000);
        QTRY_COMPARE(sync->state(), SyncController::State::Idle);
        QTRY_COMPARE(label->text(), QStringLiteral("%1 changes wait to be sent").arg(QLocale().toString(pending)));
        QVERIFY(label->text().contains(QLatin1Char(','))); // 13,948, not 13948

        QSignalSpy finished(sync, &SyncController::syncFinished);
        sync->syncNow();
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        QTRY_VERIFY2(label->text().startsWith(QLatin1String("Everything is synced at ")), qPrintable(label->text()));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestSyncGui)
#include "tst_syncgui.moc"
