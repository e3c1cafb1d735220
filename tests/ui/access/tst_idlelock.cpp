// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
// The idle lock and the PIN sign-in of the desktop: locked, the window holds no citizen data and
// open forms are hidden; a wrong PIN keeps it locked; the right one brings back the half-typed note.
#include "UiSupport.h"
#include "access/IdleLock.h"
#include "access/LockScreen.h"
#include "access/PinDialog.h"
#include "access/PinVault.h"
#include "access/SignInDialog.h"
#include "access/SignInPanel.h"
#include "citizen/CitizenListModel.h"
#include "citizen/CitizenListPage.h"
#include "citizen/CitizenPage.h"
#include "citizen/CitizenService.h"
#include "common/NoteDialog.h"
#include "myday/MyDayModel.h"
#include "myday/MyDayPage.h"
#include "privacy/AccessEntryModel.h"
#include "privacy/AccessReviewPage.h"
#include "team/TeamService.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace Kvarter;
using namespace std::chrono_literals;

namespace {

const QString Pin = QStringLiteral("2846");

void typePin(QWidget *window, const QString &pin)
{
    auto *panel = window->findChild<LockScreen *>()->panel();
    auto *field = panel->findChild<QLineEdit *>(QStringLiteral("pinLineEdit"));
    field->clear();
    QTest::keyClicks(field, pin);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
}

/// Every text the window's widgets hold, visible or not: what a screen reader or a screenshot could find.
QStringList textsIn(QWidget *root)
{
    QStringList texts;
    for (const QLabel *label : root->findChildren<QLabel *>())
        texts << label->text();
    for (const QTreeWidget *tree : root->findChildren<QTreeWidget *>())
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            for (int c = 0; c < tree->columnCount(); ++c)
                texts << tree->topLevelItem(i)->text(c);
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int r = 0; model && r < model->rowCount(); ++r)
            for (int c = 0; c < model->columnCount(); ++c)
                texts << model->index(r, c).data().toString();
    }
    return texts;
}

} // namespace

class TestIdleLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idleLockHidesTheCitizenAndTheRightPinBringsBackTheNote()
    {
        Test::UiFixture ui(Role::Nurse);
        const Employee nurse = ui.firstWithRole(Role::Nurse);
        PinVault(*ui.store).assignForDemo({ nurse.id }, Pin);
        MainWindow &window = *ui.window;
        const QString citizenId = window.citizenListPage()->model()->idAt(0);
        const Citizen citizen = *ui.session.citizens().citizen(citizenId);
        window.openCitizen(citizenId);
        QCOMPARE(window.citizenPage()->findChild<QLabel *>(QStringLiteral("citizenNameLabel"))->text(), citizen.name);

        // A note half typed when the nurse is called away.
        QTest::mouseClick(window.citizenPage()->findChild<QPushButton *>(QStringLiteral("newNoteButton")), Qt::LeftButton);
        auto *note = window.findChild<NoteDialog *>();
        QVERIFY(note && note->isVisible());
        QTest::keyClicks(note->findChild<QPlainTextEdit *>(QStringLiteral("noteTextEdit")), QStringLiteral("Fru Jensen var"));

        window.idleLock()->setIdleTime(150ms);
        QTRY_VERIFY_WITH_TIMEOUT(ui.session.isLocked(), 5000);

        // Locked: the lock screen in place of the pages, the form hidden, and nothing of the citizen
        // left in any widget, shown or not.
        QVERIFY(window.lockScreen()->isVisible());
        QVERIFY(!window.citizenPage()->isVisible());
        QVERIFY(!note->isVisible());
        const QStringList texts = textsIn(&window);
        QVERIFY(!texts.isEmpty());
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(citizen.name), qPrintable(text));
            QVERIFY2(!text.contains(citizen.cpr.left(6)), qPrintable(text));
        }
        QCOMPARE(window.citizenListPage()->model()->rowCount(), 0);
        QCOMPARE(window.myDayPage()->model()->rowCount(), 0);
        QVERIFY(window.lockScreen()->findChild<QLabel *>(QStringLiteral("lockTitleLabel"))->text().contains(nurse.name));

        // A write by sync while locked reaches no page (nothing may read) and no error shows.
        ui.store->announce({ QStringLiteral("visit"), QStringLiteral("citizen"), QStringLiteral("visit_note") });
        QCOMPARE(window.citizenListPage()->model()->rowCount(), 0);

        // A wrong PIN does not unlock and says so next to the field.
        typePin(&window, QStringLiteral("9731"));
        QVERIFY(ui.session.isLocked());
        auto *problem = window.lockScreen()->findChild<QLabel *>(QStringLiteral("pinProblemLabel"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("Wrong PIN")), qPrintable(problem->text()));
        QVERIFY(!note->isVisible());

        // The right PIN: the same page, the same citizen, and the note as it was left.
        typePin(&window, Pin);
        QVERIFY(!ui.session.isLocked());
        QVERIFY(ui.session.signedIn());
        QVERIFY(!window.lockScreen()->isVisible());
        QVERIFY(window.citizenPage()->isVisible());
        QCOMPARE(window.citizenPage()->findChild<QLabel *>(QStringLiteral("citizenNameLabel"))->text(), citizen.name);
        QVERIFY(note->isVisible());
        QCOMPARE(note->findChild<QPlainTextEdit *>(QStringLiteral("noteTextEdit"))->toPlainText(),
                 QStringLiteral("Fru Jensen var"));
        QVERIFY(window.citizenListPage()->model()->rowCount() > 0);
    }

    // The team leader's review list is citizen data too: locked, it is empty, shown or not.
    void theAccessReviewIsEmptiedByTheLock()
    {
        Test::UiFixture ui(Role::TeamLeader);
        const QString citizenId = ui.window->citizenListPage()->model()->idAt(0);
        const QDateTime now = ui.clock.now();
        ui.clock.set(QDateTime(now.date().addDays(-1), QTime(2, 30), Clock::teamZone())); // at night: unusual
        ui.session.accessLog().recordOpening(citizenId, AccessPart::Record);
        ui.clock.set(now);
        ui.window->showPage(MainWindow::Page::AccessReview);
        QTRY_VERIFY(ui.window->accessReviewPage()->model()->rowCount() > 0);
        ui.window->showPage(MainWindow::Page::MyDay); // not shown when the lock comes
        ui.session.lock();
        QCOMPARE(ui.window->accessReviewPage()->model()->rowCount(), 0);
        ui.session.signInUnattended(ui.firstWithRole(Role::TeamLeader).id);
        ui.window->showPage(MainWindow::Page::AccessReview);
        QTRY_VERIFY(ui.window->accessReviewPage()->model()->rowCount() > 0);
    }

    void screenLockAndSleepLockAtOnce()
    {
        Test::UiFixture ui(Role::Nurse);
        IdleLock *lock = ui.window->idleLock();
        QCOMPARE(lock->idleTime(), std::chrono::milliseconds(std::chrono::minutes(IdleLock::DefaultMinutes)));
        // What the desktop says on D-Bus, delivered as it would be.
        QVERIFY(QMetaObject::invokeMethod(lock, "onPrepareForSleep", Q_ARG(bool, false)));
        QVERIFY(!ui.session.isLocked());
        QVERIFY(QMetaObject::invokeMethod(lock, "onScreenSaverActiveChanged", Q_ARG(bool, true)));
        QVERIFY(ui.session.isLocked());
        ui.session.signInUnattended(ui.firstWithRole(Role::Nurse).id);
        QVERIFY(QMetaObject::invokeMethod(lock, "onPrepareForSleep", Q_ARG(bool, true)));
        QVERIFY(ui.session.isLocked());
        ui.session.signInUnattended(ui.firstWithRole(Role::Nurse).id);
        QVERIFY(QMetaObject::invokeMethod(lock, "onSessionLock"));
        QVERIFY(ui.session.isLocked());
    }

    void switchingUserClosesTheFormsOfTheOneBefore()
    {
        Test::UiFixture ui(Role::Nurse);
        const Employee nurse = ui.firstWithRole(Role::Nurse);
        const Employee planner = ui.firstWithRole(Role::Planner);
        PinVault(*ui.store).assignForDemo({ nurse.id, planner.id }, Pin);
        MainWindow &window = *ui.window;
        window.openCitizen(window.citizenListPage()->model()->idAt(0));
        QTest::mouseClick(window.citizenPage()->findChild<QPushButton *>(QStringLiteral("newNoteButton")), Qt::LeftButton);
        QPointer<NoteDialog> note = window.findChild<NoteDialog *>();
        QVERIFY(note);

        window.findChild<QAction *>(QStringLiteral("switchUserAction"))->trigger();
        QVERIFY(ui.session.isLocked());
        auto *names = window.lockScreen()->findChild<QComboBox *>(QStringLiteral("employeeComboBox"));
        names->setCurrentIndex(names->findData(planner.id));
        QCOMPARE(window.lockScreen()->findChild<QPushButton *>(QStringLiteral("signInButton"))->text(),
                 QStringLiteral("&Sign in"));
        typePin(&window, Pin);
        QCOMPARE(ui.session.employee().id, planner.id);
        // The nurse's form and her citizen are not the planner's to see.
        QTRY_VERIFY(!note || !note->isVisible());
        QVERIFY(!window.citizenPage()->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("whoLabel"))->text().contains(planner.name));
    }

    void firstSignInChoosesAPinAndRefusesATrivialOne()
    {
        Test::Fixture f; // a team without the demo's PINs
        const Test::SmallTeam team = f.makeSmallTeam();
        Session session(*f.store, f.clock);
        const Employee nurse = *TeamService(*f.store).employee(team.nurse);
        SignInDialog dialog(session, nurse.id);
        dialog.show();
        SignInPanel *panel = dialog.panel();
        auto *repeat = panel->findChild<QLineEdit *>(QStringLiteral("repeatPinLineEdit"));
        QVERIFY(repeat->isVisible()); // no PIN yet on this laptop: she chooses one
        auto *pin = panel->findChild<QLineEdit *>(QStringLiteral("pinLineEdit"));
        auto *problem = panel->findChild<QLabel *>(QStringLiteral("pinProblemLabel"));
        auto *submit = panel->findChild<QPushButton *>(QStringLiteral("signInButton"));
        const auto choose = [&](const QString &first, const QString &second) {
            pin->clear();
            repeat->clear();
            QTest::keyClicks(pin, first);
            QTest::keyClicks(repeat, second);
            QTest::mouseClick(submit, Qt::LeftButton);
        };
        // Letters never reach the field.
        QTest::keyClicks(pin, QStringLiteral("12ab"));
        QCOMPARE(pin->text(), QStringLiteral("12"));

        choose(QStringLiteral("1234"), QStringLiteral("1234"));
        QVERIFY(!session.signedIn());
        QVERIFY(problem->isVisible() && !problem->text().isEmpty());
        choose(QStringLiteral("4071"), QStringLiteral("4017"));
        QVERIFY(!session.signedIn());
        QVERIFY2(problem->text().contains(QLatin1String("not the same")), qPrintable(problem->text()));
        choose(QStringLiteral("4071"), QStringLiteral("4071"));
        QVERIFY(session.signedIn());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(session.pinStatus(nurse.id).chosen);
    }

    void wrongTriesMakeTheButtonWaitAndTheLockOutSaysWhoHelps()
    {
        Test::Fixture f(true);
        Session session(*f.store, f.clock);
        const Employee nurse = f.firstWithRole(Role::Nurse);
        PinVault(*f.store).assignForDemo({ nurse.id }, Pin);
        SignInDialog dialog(session, nurse.id);
        dialog.show();
        auto *pin = dialog.panel()->findChild<QLineEdit *>(QStringLiteral("pinLineEdit"));
        auto *submit = dialog.panel()->findChild<QPushButton *>(QStringLiteral("signInButton"));
        for (int i = 0; i < 4; ++i) {
            QVERIFY(submit->isEnabled());
            QTest::keyClicks(pin, QStringLiteral("9731"));
            QTest::mouseClick(submit, Qt::LeftButton);
        }
        // After the fourth wrong try the button counts the wait down; the clock moves on, it opens.
        QVERIFY(!submit->isEnabled());
        QVERIFY2(submit->text().contains(QLatin1String("5 s")), qPrintable(submit->text()));
        f.clock.advanceSecs(6);
        QTRY_VERIFY_WITH_TIMEOUT(submit->isEnabled(), 3000);
        QTest::keyClicks(pin, Pin);
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(session.signedIn());

        // Ten wrong tries lock the PIN: the panel says a planner or team leader can help.
        session.lock();
        PinVault vault(*f.store);
        for (int i = 0; i < PinVault::MaximumTries; ++i) {
            f.clock.advanceSecs(11 * 60);
            try {
                vault.verify(nurse.id, QStringLiteral("9731"));
            } catch (const PinRefused &) {
            }
        }
        SignInDialog again(session, nurse.id);
        again.show();
        QVERIFY(!again.panel()->findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
        QVERIFY(
            again.panel()->findChild<QLabel *>(QStringLiteral("pinProblemLabel"))->text().contains(QLatin1String("team leader")));
    }

    void aPlannerGivesALockedColleagueANewPin()
    {
        Test::Fixture f(true);
        Session session(*f.store, f.clock);
        const Employee nurse = f.firstWithRole(Role::Nurse);
        PinVault vault(*f.store);
        for (int i = 0; i < PinVault::MaximumTries; ++i) {
            f.clock.advanceSecs(11 * 60);
            try {
                vault.verify(nurse.id, QStringLiteral("9731"));
            } catch (const PinRefused &) {
            }
        }
        QVERIFY(session.pinStatus(nurse.id).lockedOut);

        // A nurse can change only her own PIN.
        session.signInUnattended(f.firstWithRole(Role::SosuHelper).id);
        {
            PinDialog own(session);
            auto *names = own.findChild<QComboBox *>(QStringLiteral("pinEmployeeComboBox"));
            QCOMPARE(names->count(), 1);
            QVERIFY(!names->isEnabled());
        }

        session.signInUnattended(f.firstWithRole(Role::Planner).id);
        PinDialog dialog(session);
        dialog.setEmployee(nurse.id);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pinStatusLabel"))->text().contains(QLatin1String("Locked")));
        auto *pin = dialog.findChild<QLineEdit *>(QStringLiteral("newPinLineEdit"));
        auto *repeat = dialog.findChild<QLineEdit *>(QStringLiteral("repeatNewPinLineEdit"));
        auto *problem = dialog.findChild<QLabel *>(QStringLiteral("newPinProblemLabel"));
        QTest::keyClicks(pin, QStringLiteral("1111"));
        QTest::keyClicks(repeat, QStringLiteral("1111"));
        dialog.accept();
        QVERIFY(!problem->isHidden());
        QVERIFY(session.pinStatus(nurse.id).lockedOut); // a trivial PIN changed nothing
        QTest::keyClicks(pin, QStringLiteral("5038"));
        QTest::keyClicks(repeat, QStringLiteral("5038"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!session.pinStatus(nurse.id).lockedOut);
        Session hers(*f.store, f.clock);
        hers.signIn(nurse.id, QStringLiteral("5038"));
        QVERIFY(hers.signedIn());
    }
};

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
