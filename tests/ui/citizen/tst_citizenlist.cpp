// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "UiSupport.h"
#include "citizen/CitizenListModel.h"
#include "citizen/CitizenListPage.h"
#include "citizen/CitizenPage.h"
#include "citizen/DepartureBox.h"
#include "citizen/DepartureDialog.h"
#include "common/DisplayTime.h"
#include "privacy/LocalPurge.h"
#include "visit/VisitService.h"

#include <QApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Kvarter;

class TestCitizenList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingSearchesNameCprAndAddress()
    {
        Test::UiFixture ui(Role::Nurse);
        ui.window->showPage(MainWindow::Page::Citizens);
        auto *search = ui.window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        auto *table = ui.window->findChild<QTableView *>(QStringLiteral("citizenTableView"));
        CitizenListModel *model = ui.window->citizenListPage()->model();
        QCOMPARE(model->totalCount(), 50);

        const Citizen target = CitizenService(*ui.store, ui.session.actor()).search({}).at(17);
        QTest::keyClicks(search, target.name.toUpper());
        QVERIFY(model->rowCount() >= 1);
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row)
            found |= model->idAt(row) == target.id;
        QVERIFY(found);

        search->clear();
        QTest::keyClicks(search, target.cpr.left(6) + QLatin1Char('-') + target.cpr.mid(6));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(table->model()->index(0, CitizenListModel::Name).data().toString(), target.name);
        QVERIFY(ui.window->findChild<QLabel *>(QStringLiteral("citizenCountLabel"))->text().contains(QLatin1Char('1')));

        search->clear();
        QTest::keyClicks(search, QStringLiteral("no such person"));
        QCOMPARE(model->rowCount(), 0);
    }

    void headerClickSorts()
    {
        Test::UiFixture ui(Role::Nurse);
        auto *table = ui.window->findChild<QTableView *>(QStringLiteral("citizenTableView"));
        QAbstractItemModel *model = table->model();
        table->horizontalHeader()->setSortIndicator(CitizenListModel::Cpr, Qt::DescendingOrder);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, CitizenListModel::Cpr).data().toString()
                    >= model->index(row, CitizenListModel::Cpr).data().toString());
        table->horizontalHeader()->setSortIndicator(CitizenListModel::Name, Qt::AscendingOrder);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->index(row - 1, CitizenListModel::Name).data().toString()
                    <= model->index(row, CitizenListModel::Name).data().toString());
    }

    void enterOpensTheCitizenPage()
    {
        Test::UiFixture ui(Role::Nurse);
        ui.window->showPage(MainWindow::Page::Citizens);
        auto *search = ui.window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        const Citizen target = CitizenService(*ui.store, ui.session.actor()).search({}).at(3);
        QTest::keyClicks(search, target.cpr);
        QTest::keyClick(search, Qt::Key_Return);
        CitizenPage *page = ui.window->citizenPage();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->citizenId(), target.id);
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("citizenNameLabel"))->text(), target.name);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("citizenPeopleLabel"))->text().contains(target.contactPersonName));
        QCOMPARE(page->findChild<QTreeWidget *>(QStringLiteral("networkTreeWidget"))->topLevelItemCount(),
                 CitizenService(*ui.store, ui.session.actor()).relatives(target.id).size());
        QVERIFY(page->findChild<QTreeWidget *>(QStringLiteral("grantsTreeWidget"))->topLevelItemCount() > 0);
        QVERIFY(page->findChild<QTableView *>(QStringLiteral("historyTableView"))->model()->rowCount() > 0);
    }

    void historyFetchesLazily()
    {
        Test::UiFixture ui(Role::Nurse);
        const Citizen target = CitizenService(*ui.store, ui.session.actor()).search({}).first();
        ui.window->openCitizen(target.id);
        QAbstractItemModel *history = ui.window->findChild<QTableView *>(QStringLiteral("historyTableView"))->model();
        QVERIFY(history->rowCount() <= 100);
        if (history->canFetchMore({})) {
            const int before = history->rowCount();
            history->fetchMore({});
            QVERIFY(history->rowCount() > before);
        }
    }

    // The record starts today and goes back; what is planned has its own list, soonest first.
    void pastAndUpcomingVisitsAreApart()
    {
        Test::UiFixture ui(Role::Nurse);
        const Citizen target = CitizenService(*ui.store, ui.session.actor()).search({}).first();
        ui.window->openCitizen(target.id);
        QAbstractItemModel *past = ui.window->findChild<QTableView *>(QStringLiteral("historyTableView"))->model();
        QAbstractItemModel *upcoming = ui.window->findChild<QTableView *>(QStringLiteral("upcomingTableView"))->model();
        VisitService visits = ui.session.visits();
        const QDateTime now = ui.clock.now();
        QVERIFY(past->rowCount() > 0);
        QVERIFY(upcoming->rowCount() > 0); // the demo plans ahead
        QCOMPARE(visits.pastCount(target.id, now) + visits.upcomingCount(target.id, now), visits.historyCount(target.id));
        const QList<Visit> before = visits.pastVisits(target.id, now, 0, 5);
        const QList<Visit> after = visits.upcomingVisits(target.id, now, 0, 5);
        QVERIFY(before.first().start < now && before.first().start >= before.last().start); // newest first
        QVERIFY(after.first().start >= now && after.first().start <= after.last().start);   // soonest first
        QCOMPARE(past->rowCount(), std::min(100, visits.pastCount(target.id, now)));
    }

    // A planner records that a citizen moved: asked first, said on the page with the day the copy
    // goes, synced like any edit, and undone after a question; a nurse only reads it.
    void aCitizenLeavingTheTeamIsRecordedAndCanBeUndone()
    {
        Test::UiFixture ui(Role::Planner);
        const Citizen target = CitizenService(*ui.store, ui.session.actor()).search({}).first();
        ui.window->openCitizen(target.id);
        auto *box = ui.window->citizenPage()->findChild<DepartureBox *>(QStringLiteral("departureBox"));
        auto *button = box->findChild<QPushButton *>(QStringLiteral("departureButton"));
        QVERIFY(box->isVisible() && button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        DepartureDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = ui.window->findChild<DepartureDialog *>()) != nullptr);
        QVERIFY(!ui.session.departures().of(target.id)); // nothing before the planner confirms
        dialog->findChild<QRadioButton *>(QStringLiteral("diedRadioButton"))->setChecked(true);
        auto *date = dialog->findChild<QDateEdit *>(QStringLiteral("departureDateEdit"));
        QCOMPARE(date->maximumDate(), ui.clock.today()); // a leaving is not planned ahead
        date->setDate(ui.clock.today().addDays(-3));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordDepartureButton")), Qt::LeftButton);
        const std::optional<Departure> left = ui.session.departures().of(target.id);
        QVERIFY(left);
        QCOMPARE(left->reason, DepartureReason::Died);
        QCOMPARE(left->leftOn, ui.clock.today().addDays(-3));
        auto *label = box->findChild<QLabel *>(QStringLiteral("departureLabel"));
        QTRY_VERIFY(label->text().contains(DisplayTime::date(ui.clock.today().addDays(LocalPurge::RetentionDays - 3))));

        // A SOSU helper sees that the citizen left, and cannot undo it (core refuses her too).
        ui.session.signInUnattended(ui.firstWithRole(Role::SosuHelper).id);
        ui.window->openCitizen(target.id);
        QVERIFY(box->isVisible());
        QVERIFY(!button->isVisible());

        ui.session.signInUnattended(ui.firstWithRole(Role::Planner).id);
        ui.window->openCitizen(target.id);
        QTimer::singleShot(0, this, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *question = qobject_cast<QMessageBox *>(w); question && question->isVisible())
                    question->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!ui.session.departures().of(target.id));
        QVERIFY(label->text().isEmpty());
    }
};

QTEST_MAIN(TestCitizenList)
#include "tst_citizenlist.moc"
