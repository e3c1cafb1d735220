// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "UiSupport.h"
#include "common/VisitRoles.h"
#include "myday/MyDayModel.h"
#include "myday/MyDayPage.h"
#include "myday/VisitCardDelegate.h"
#include "session/Session.h"
#include "visit/NoteService.h"
#include "visit/VisitService.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace Kvarter;

class TestMyDayPage : public QObject
{
    Q_OBJECT

    static VisitStatus statusInDatabase(Test::UiFixture &ui, const QString &id)
    {
        return VisitService(*ui.store, ui.session.actor()).visit(id)->status;
    }

private Q_SLOTS:
    void showsTheNursesVisitsOfTodayInTimeOrder()
    {
        Test::UiFixture ui(Role::Nurse);
        MyDayPage *page = ui.window->myDayPage();
        QVERIFY(page->isVisible());
        MyDayModel *model = page->model();
        QVERIFY(model->rowCount() > 5);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->visitAt(row - 1).start <= model->visitAt(row).start);
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->visitAt(row).employeeId, ui.session.employee().id);
            QCOMPARE(model->visitAt(row).start.date(), QDate(2026, 11, 23));
        }
        const auto *summary = page->findChild<QLabel *>(QStringLiteral("myDaySummaryLabel"));
        QVERIFY(summary->text().contains(ui.session.employee().name));
    }

    void markDoneButtonWritesToTheDatabase()
    {
        Test::UiFixture ui(Role::Nurse);
        auto *list = ui.window->findChild<QListView *>(QStringLiteral("visitListView"));
        // The page opens on the first visit not yet finished.
        const QModelIndex current = list->currentIndex();
        QVERIFY(current.isValid());
        const QString id = current.data(VisitRoles::Id).toString();
        QCOMPARE(statusInDatabase(ui, id), VisitStatus::Planned);

        QTest::mouseClick(ui.window->findChild<QPushButton *>(QStringLiteral("markDoneButton")), Qt::LeftButton);
        QCOMPARE(statusInDatabase(ui, id), VisitStatus::Done);
        QTRY_COMPARE(VisitStatus(list->currentIndex().data(VisitRoles::Status).toInt()), VisitStatus::Done);

        auto *message = ui.window->myDayPage()->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY2(message->isVisible() && message->text().contains(QLatin1String("marked done")), qPrintable(message->text()));

        // A second click (a double click, Ctrl+D twice) changes nothing and says so.
        QTest::mouseClick(ui.window->findChild<QPushButton *>(QStringLiteral("markDoneButton")), Qt::LeftButton);
        QCOMPARE(statusInDatabase(ui, id), VisitStatus::Done);
        QVERIFY(message->text().contains(QLatin1String("already marked done")));
        // Undo is its own button on the message.
        QTest::mouseClick(ui.window->findChild<QPushButton *>(QStringLiteral("markDoneButton")), Qt::LeftButton);
        QVERIFY(!ui.window->myDayPage()->findChild<QPushButton *>(QStringLiteral("undoStatusButton")));
        QTest::mouseClick(ui.window->findChild<QPushButton *>(QStringLiteral("notHomeButton")), Qt::LeftButton);
        QCOMPARE(statusInDatabase(ui, id), VisitStatus::NotHome);
        QVERIFY2(message->text().contains(QLatin1String("was not home")), qPrintable(message->text()));
        QVERIFY(ui.window->myDayPage()->findChild<QPushButton *>(QStringLiteral("noteAfterNotHomeButton")));
        QTest::mouseClick(ui.window->myDayPage()->findChild<QPushButton *>(QStringLiteral("undoStatusButton")), Qt::LeftButton);
        QCOMPARE(statusInDatabase(ui, id), VisitStatus::Done);
    }

    void oneClickOnTheCardsNotHomeButton()
    {
        Test::UiFixture ui(Role::Nurse);
        auto *list = ui.window->findChild<QListView *>(QStringLiteral("visitListView"));
        const QModelIndex index = list->currentIndex();
        const QString id = index.data(VisitRoles::Id).toString();
        list->scrollTo(index);
        QApplication::processEvents();
        const QRect card = list->visualRect(index).adjusted(6, 3, -6, -3);
        const QPoint button = VisitCardDelegate::buttonRect(card, VisitCardDelegate::Button::NotHome).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, button);
        QCOMPARE(statusInDatabase(ui, id), VisitStatus::NotHome);
    }

    void keyboardShortcutMarksDone()
    {
        Test::UiFixture ui(Role::Nurse);
        QVERIFY(QTest::qWaitForWindowActive(ui.window.get()));
        auto *list = ui.window->findChild<QListView *>(QStringLiteral("visitListView"));
        const QString id = list->currentIndex().data(VisitRoles::Id).toString();
        list->setFocus();
        QTest::keyClick(list, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(statusInDatabase(ui, id), VisitStatus::Done);
    }

    void aVisitTomorrowCannotBeMarkedAndSaysWhy()
    {
        Test::UiFixture ui(Role::Nurse);
        ui.window->myDayPage()->setDay(QDate(2026, 11, 24));
        auto *list = ui.window->findChild<QListView *>(QStringLiteral("visitListView"));
        QVERIFY(list->currentIndex().isValid());
        const QString id = list->currentIndex().data(VisitRoles::Id).toString();
        QTest::mouseClick(ui.window->findChild<QPushButton *>(QStringLiteral("markDoneButton")), Qt::LeftButton);
        QCOMPARE(statusInDatabase(ui, id), VisitStatus::Planned);
        auto *message = ui.window->myDayPage()->findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QLatin1String("cannot be marked")));
    }

    void addNoteFromTheDay()
    {
        Test::UiFixture ui(Role::Nurse);
        auto *list = ui.window->findChild<QListView *>(QStringLiteral("visitListView"));
        const QString visitId = list->currentIndex().data(VisitRoles::Id).toString();
        const QString citizenId = list->currentIndex().data(VisitRoles::CitizenId).toString();
        QTest::mouseClick(ui.window->findChild<QPushButton *>(QStringLiteral("addNoteButton")), Qt::LeftButton);
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = ui.window->findChild<QDialog *>(QStringLiteral("noteDialog"))) && dialog->isVisible());

        // An empty note is refused next to the field, and the dialog stays open.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveNoteButton")), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("noteErrorLabel"))->isVisible());

        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteTextEdit")),
                         QStringLiteral("Drak to glas vand."));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveNoteButton")), Qt::LeftButton);
        QTRY_VERIFY(!ui.window->findChild<QDialog *>(QStringLiteral("noteDialog")));
        const QList<VisitNote> notes = NoteService(*ui.store, ui.session.actor()).notesForVisit(visitId);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().text, QStringLiteral("Drak to glas vand."));
        QCOMPARE(notes.first().citizenId, citizenId);
        QCOMPARE(notes.first().authorId, ui.session.employee().id);
    }
};

QTEST_MAIN(TestMyDayPage)
#include "tst_mydaypage.moc"
