// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "citizen/CitizenListPage.h"
#include "citizen/CitizenPage.h"
#include "main/MainWindow.h"
#include "myday/MyDayPage.h"
#include "plan/PlanPage.h"
#include "session/Session.h"

#include <QListWidget>
#include <QTest>
#include <QToolButton>

using namespace Kvarter;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The pages come from one list with the right each needs: the visitator, who decides grants
    // and plans no routes, has no Plan page, not even by its shortcut; the planner has it.
    void pagesFollowTheEmployeesRights()
    {
        Test::Fixture f(true);
        Session session(*f.store, f.clock);
        session.signInUnattended(f.firstWithRole(Role::Visitator).id);
        MainWindow window(session);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
        QCOMPARE(navigation->count(), 8); // My day, Citizens, Plan, Conflicts, Visitation, Frame, Access review, Triage board
        QVERIFY(!navigation->item(7)->isHidden()); // the triage board is for everyone who reads citizens
        QVERIFY(navigation->item(2)->isHidden());
        QVERIFY(!navigation->item(0)->isHidden());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(!window.planPage()->isVisible());

        session.signInUnattended(f.firstWithRole(Role::Planner).id);
        QVERIFY(!navigation->item(2)->isHidden());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(window.planPage()->isVisible());
        // A planner who becomes the visitator at the laptop is taken off the page they may not see.
        session.signInUnattended(f.firstWithRole(Role::Visitator).id);
        QVERIFY(!window.planPage()->isVisible());
    }

    // A record opened from My day goes back to My day; on a record the sidebar still navigates,
    // also the entry that is marked.
    void backReturnsWhereTheRecordWasOpenedFrom()
    {
        Test::Fixture f(true);
        Session session(*f.store, f.clock);
        session.signInUnattended(f.firstWithRole(Role::Nurse).id);
        MainWindow window(session);
        window.show();
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
        const QString citizen = session.citizens().search({}).first().id;
        window.showPage(MainWindow::Page::MyDay);
        window.openCitizen(citizen);
        QVERIFY(window.citizenPage()->isVisible());
        auto *back = window.citizenPage()->findChild<QToolButton *>(QStringLiteral("backButton"));
        QCOMPARE(back->text(), QStringLiteral("◀ My day"));
        QCOMPARE(navigation->currentRow(), 0);
        back->click();
        QVERIFY(window.myDayPage()->isVisible());

        window.showPage(MainWindow::Page::Citizens);
        window.openCitizen(citizen);
        QCOMPARE(back->text(), QStringLiteral("◀ Citizens"));
        // Clicking the marked Citizens entry leaves the record for the list.
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, Qt::NoModifier,
                          navigation->visualItemRect(navigation->item(1)).center());
        QVERIFY(window.citizenListPage()->isVisible());
        window.openCitizen(citizen);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, Qt::NoModifier,
                          navigation->visualItemRect(navigation->item(0)).center());
        QVERIFY(window.myDayPage()->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
