// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "UiSupport.h"
#include "citizen/CitizenListModel.h"
#include "citizen/CitizenListPage.h"
#include "citizen/CitizenPage.h"
#include "visit/VisitService.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
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
};

QTEST_MAIN(TestCitizenList)
#include "tst_citizenlist.moc"
