// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
// Early detection in the desktop: a change reported from My day in a handful of clicks, the board
// that shows it with its deadline, the follow-up task in the assignee's My day, and the board's
// own actions (colour, daily follow-up, PDF).
#include "UiSupport.h"
#include "change/ChangeReportDialog.h"
#include "change/TaskListWidget.h"
#include "change/TriageBoardModel.h"
#include "change/TriageBoardPage.h"
#include "change/TriageDecisionDialog.h"
#include "citizen/CitizenListModel.h"
#include "citizen/CitizenListPage.h"
#include "citizen/CitizenPage.h"
#include "common/VisitRoles.h"
#include "myday/MyDayPage.h"
#include "task/TaskService.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace Kvarter;

namespace {

QString currentCitizen(MyDayPage *page)
{
    return page->findChild<QListView *>(QStringLiteral("visitListView"))->currentIndex().data(VisitRoles::CitizenId).toString();
}

int boardRow(TriageBoardPage *board, const QString &citizenId) { return board->model()->rowOf(citizenId); }

} // namespace

class TestChangeForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aChangeFromMyDayTakesFiveClicksAndReachesTheBoardAndTheTasks()
    {
        Test::UiFixture ui(Role::Nurse);
        MyDayPage *myDay = ui.window->myDayPage();
        const QString citizenId = currentCitizen(myDay);
        QVERIFY(!citizenId.isEmpty());
        const qsizetype reportsBefore = ui.session.changes().reportsFor(citizenId).size(); // the demo has some
        const qsizetype tasksBefore = ui.session.tasks().forCitizen(citizenId).size();
        int actions = 0;
        const auto click = [&actions](QWidget *widget) {
            QVERIFY(widget && widget->isVisible() && widget->isEnabled());
            // A check box is clicked on its box, where a nurse's finger or mouse goes.
            const QPoint at = qobject_cast<QCheckBox *>(widget) ? QPoint(8, widget->height() / 2) : widget->rect().center();
            QTest::mouseClick(widget, Qt::LeftButton, {}, at);
            ++actions;
        };

        click(myDay->findChild<QPushButton *>(QStringLiteral("reportChangeButton")));
        ChangeReportDialog *form = nullptr;
        QTRY_VERIFY((form = ui.window->findChild<ChangeReportDialog *>()) != nullptr);
        QTRY_VERIFY(form->isVisible());
        click(form->findChild<QCheckBox *>(QStringLiteral("appetiteCheckBox")));
        click(form->findChild<QCheckBox *>(QStringLiteral("tirednessCheckBox")));
        click(form->findChild<QPushButton *>(QStringLiteral("yellowSuggestionButton")));
        ChangeReportResult saved;
        connect(form, &ChangeReportDialog::reported, this, [&saved](const ChangeReportResult &r) { saved = r; });
        click(form->findChild<QPushButton *>(QStringLiteral("saveChangeButton")));
        QVERIFY2(actions <= 8, qPrintable(QString::number(actions)));
        QTRY_VERIFY(!form || !form->isVisible());

        const QList<ChangeReport> reports = ui.session.changes().reportsFor(citizenId);
        QCOMPARE(reports.size(), reportsBefore + 1);
        const std::optional<ChangeReport> mine = ui.session.changes().report(saved.reportId);
        QVERIFY(mine);
        QVERIFY(mine->has(ChangeItem::Appetite) && mine->has(ChangeItem::Tiredness));
        QVERIFY(!mine->visitId.isEmpty()); // noticed on this visit
        QCOMPARE(ui.session.triage().colourOf(citizenId), TriageColour::Yellow);

        // On the board: yellow, with the meeting and the action instructions' deadline.
        ui.window->showPage(MainWindow::Page::Triage);
        TriageBoardPage *board = ui.window->triageBoardPage();
        const int row = boardRow(board, citizenId);
        QVERIFY(row >= 0);
        QCOMPARE(board->model()->entryAt(row).colour, TriageColour::Yellow);
        const QString deadlines = board->model()->index(row, TriageBoardModel::Deadlines).data().toString();
        QVERIFY2(deadlines.contains(QLatin1String("Board meeting")), qPrintable(deadlines));
        QVERIFY2(deadlines.contains(QLatin1String("Action instructions")), qPrintable(deadlines));

        // The follow-up task is in its assignee's My day.
        QList<Task> tasks = ui.session.tasks().forCitizen(citizenId);
        QVERIFY(tasks.size() > tasksBefore);
        std::sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) { return a.createdAt > b.createdAt; });
        QCOMPARE(tasks.first().kind, TaskKind::ActionInstructions);
        const QString assignee = tasks.first().assigneeId.isEmpty() ? ui.firstWithRole(Role::Nurse).id : tasks.first().assigneeId;
        ui.session.signInUnattended(assignee);
        ui.window->showPage(MainWindow::Page::MyDay);
        TaskListWidget *list = myDay->tasks();
        bool found = false;
        for (int i = 0; i < list->count(); ++i)
            found = found || list->taskIdAt(i) == tasks.first().id;
        QVERIFY(found);
    }

    void aFallAsksWhatHappenedBeforeAnythingIsSaved()
    {
        Test::UiFixture ui(Role::Nurse);
        MyDayPage *myDay = ui.window->myDayPage();
        const QString citizenId = currentCitizen(myDay);
        const qsizetype before = ui.session.changes().reportsFor(citizenId).size();
        QTest::mouseClick(myDay->findChild<QPushButton *>(QStringLiteral("reportChangeButton")), Qt::LeftButton);
        ChangeReportDialog *form = nullptr;
        QTRY_VERIFY((form = ui.window->findChild<ChangeReportDialog *>()) != nullptr);
        QTRY_VERIFY(form->isVisible());
        auto *comment = form->findChild<QLineEdit *>(QStringLiteral("fallCommentLineEdit"));
        QVERIFY(!comment->isVisible());
        auto *fall = form->findChild<QCheckBox *>(QStringLiteral("fallCheckBox"));
        QTest::mouseClick(fall, Qt::LeftButton, {}, QPoint(8, fall->height() / 2));
        QVERIFY(comment->isVisible());
        form->accept();
        QVERIFY(form->isVisible());
        QVERIFY(form->findChild<QLabel *>(QStringLiteral("fallCommentErrorLabel"))->isVisible());
        QCOMPARE(ui.session.changes().reportsFor(citizenId).size(), before);
        QTest::keyClicks(comment, QStringLiteral("Faldt i badeværelset i nat, slog hoften, ingen synlig skade"));
        form->accept();
        QCOMPARE(ui.session.changes().reportsFor(citizenId).size(), before + 1);
    }

    // The same form from the citizen's page, without a visit.
    void theCitizenPageReportsAChangeToo()
    {
        Test::UiFixture ui(Role::SosuHelper);
        const QString citizenId = ui.window->citizenListPage()->model()->idAt(0);
        const qsizetype before = ui.session.changes().reportsFor(citizenId).size();
        ui.window->openCitizen(citizenId);
        QTest::mouseClick(ui.window->citizenPage()->findChild<QPushButton *>(QStringLiteral("reportChangeButton")),
                          Qt::LeftButton);
        ChangeReportDialog *form = nullptr;
        QTRY_VERIFY((form = ui.window->findChild<ChangeReportDialog *>()) != nullptr);
        QTRY_VERIFY(form->isVisible());
        auto *pain = form->findChild<QCheckBox *>(QStringLiteral("painCheckBox"));
        QTest::mouseClick(pain, Qt::LeftButton, {}, QPoint(8, pain->height() / 2));
        QTest::keyClicks(form->findChild<QPlainTextEdit *>(QStringLiteral("changeNoteEdit")), QStringLiteral("Ondt i ryggen"));
        form->accept();
        const QList<ChangeReport> reports = ui.session.changes().reportsFor(citizenId);
        QCOMPARE(reports.size(), before + 1);
        bool found = false;
        for (const ChangeReport &r : reports)
            found = found || (r.has(ChangeItem::Pain) && r.note == QLatin1String("Ondt i ryggen") && r.visitId.isEmpty());
        QVERIFY(found);
    }

    void theBoardSetsColoursTicksTheFollowUpAndPrints()
    {
        Test::UiFixture ui(Role::Nurse);
        const QString citizenId = currentCitizen(ui.window->myDayPage());
        ChangeReport report;
        report.citizenId = citizenId;
        report.items = { ChangeItems::key(ChangeItem::Mood) };
        report.suggestedColour = TriageColour::Yellow;
        report.lookBy = { Role::Nurse };
        ui.session.changes().report(report);
        ui.window->showPage(MainWindow::Page::Triage);
        TriageBoardPage *board = ui.window->triageBoardPage();
        auto *table = board->findChild<QTableView *>(QStringLiteral("boardTableView"));
        table->selectRow(boardRow(board, citizenId));

        QTest::mouseClick(board->findChild<QPushButton *>(QStringLiteral("followUpButton")), Qt::LeftButton);
        QTRY_VERIFY(board->model()->entryAt(boardRow(board, citizenId)).followedUpToday);

        board->setColourOfSelected();
        TriageDecisionDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = board->findChild<TriageDecisionDialog *>()) != nullptr);
        dialog->setColour(TriageColour::Red);
        dialog->accept();
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonErrorLabel"))->isVisible()); // why, first
        QCOMPARE(ui.session.triage().colourOf(citizenId), TriageColour::Yellow);
        dialog->setReason(QStringLiteral("Tager ikke sin medicin, forvirret; sygeplejerske i dag"));
        dialog->accept();
        QTRY_COMPARE(ui.session.triage().colourOf(citizenId), TriageColour::Red);
        QTRY_COMPARE(board->model()->entryAt(boardRow(board, citizenId)).colour, TriageColour::Red);

        // A SOSU helper cannot move the citizen down from red: those colours are not offered.
        ui.session.signInUnattended(ui.firstWithRole(Role::SosuHelper).id);
        TriageDecisionDialog helpers(ui.session, citizenId, QStringLiteral("x"), TriageColour::Red);
        QVERIFY(!helpers.findChild<QPushButton *>(QStringLiteral("greenColourButton"))->isEnabled());
        QVERIFY(!helpers.findChild<QPushButton *>(QStringLiteral("yellowColourButton"))->isEnabled());

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("tavle.pdf"));
        QVERIFY(board->printTo(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
    }
};

QTEST_MAIN(TestChangeForm)
#include "tst_changeform.moc"
