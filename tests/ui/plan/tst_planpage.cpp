// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "UiSupport.h"
#include "common/Contrast.h"
#include "common/VisitRoles.h"
#include "plan/DayPlanModel.h"
#include "plan/PlanCheck.h"
#include "plan/PlanPage.h"
#include "plan/ReassignDialog.h"
#include "plan/RunListDialog.h"
#include "plan/TimelineView.h"
#include "plan/UnassignedListView.h"
#include "plan/WeekPlanModel.h"
#include "visit/VisitService.h"

#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

using namespace Kvarter;

class TestPlanPage : public QObject
{
    Q_OBJECT

    // What a finished drag delivers: a drop of the visit's id on a point of the widget.
    static void drop(QWidget *target, const QPoint &at, const QString &visitId)
    {
        QMimeData mime;
        mime.setData(QString::fromLatin1(VisitMimeType), visitId.toUtf8());
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &enter);
        QDropEvent dropEvent(QPointF(at), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &dropEvent);
    }

    // Someone in the plan who can take `visitId` without a double booking (the demo day is full).
    static Employee freeFor(Test::UiFixture &ui, PlanPage *page, const QString &visitId, const QString &notThis = {})
    {
        for (const Employee &e : page->model()->staff())
            if (e.id != notThis && ui.session.planCheck().warningsFor(visitId, e.id, {}).isEmpty())
                return e;
        return {};
    }
    // Someone who already has a visit at that time.
    static Employee busyFor(Test::UiFixture &ui, PlanPage *page, const QString &visitId)
    {
        for (const Employee &e : page->model()->staff())
            for (const PlanWarning &w : ui.session.planCheck().warningsFor(visitId, e.id, {}))
                if (w.kind == PlanWarning::Kind::Overlap)
                    return e;
        return {};
    }

private Q_SLOTS:
    void timelineShowsTheTeamsDayAndUnassignedAside()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        QVERIFY(page->isVisible());
        QCOMPARE(page->model()->staff().size(), 9); // the team's visiting staff
        auto *unassigned = page->findChild<UnassignedListView *>(QStringLiteral("unassignedListView"));
        QVERIFY(unassigned->count() > 0);
        for (int row = 0; row < unassigned->count(); ++row)
            QVERIFY(VisitService(*ui.store, ui.session.actor()).visit(unassigned->visitIdAt(row))->employeeId.isEmpty());
        const Visit assigned = [&] {
            for (const Visit &v : page->model()->visits())
                if (!v.employeeId.isEmpty())
                    return v;
            return Visit();
        }();
        QVERIFY(!page->timeline()->blockRect(assigned.id).isEmpty());
        QVERIFY(page->findChild<QTableView *>(QStringLiteral("continuityTableView"))->model()->rowCount() > 0);
    }

    void dragFromUnassignedOntoAPersonAssignsInTheDatabase()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        auto *unassigned = page->findChild<UnassignedListView *>(QStringLiteral("unassignedListView"));
        const int before = unassigned->count();
        const QString visitId = unassigned->visitIdAt(0);
        const Employee target = freeFor(ui, page, visitId);
        QVERIFY(!target.id.isEmpty());
        drop(page->timeline(), page->timeline()->rowRect(target.id).center(), visitId);
        QCOMPARE(VisitService(*ui.store, ui.session.actor()).visit(visitId)->employeeId, target.id);
        QTRY_COMPARE(unassigned->count(), before - 1);
        QVERIFY(!page->timeline()->blockRect(visitId).isEmpty());

        // And back: a block dropped on the unassigned list is taken off the person.
        drop(unassigned->viewport(), QPoint(10, 10), visitId);
        QVERIFY(VisitService(*ui.store, ui.session.actor()).visit(visitId)->employeeId.isEmpty());
    }

    // A drop on a person who is busy then asks first; "Cancel" leaves the plan as it was and
    // "Move anyway" makes the move, so a double booking never happens silently.
    void aDoubleBookingIsShownBeforeTheMove()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        auto *unassigned = page->findChild<UnassignedListView *>(QStringLiteral("unassignedListView"));
        const QString visitId = unassigned->visitIdAt(0);
        const Employee busy = busyFor(ui, page, visitId);
        QVERIFY(!busy.id.isEmpty());

        drop(page->timeline(), page->timeline()->rowRect(busy.id).center(), visitId);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("planWarningBox"))) != nullptr);
        QVERIFY2(box->text().contains(busy.name), qPrintable(box->text()));
        QVERIFY(VisitService(*ui.store, ui.session.actor()).visit(visitId)->employeeId.isEmpty());
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("planWarningBox")));
        QVERIFY(VisitService(*ui.store, ui.session.actor()).visit(visitId)->employeeId.isEmpty());

        drop(page->timeline(), page->timeline()->rowRect(busy.id).center(), visitId);
        QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("planWarningBox"))) != nullptr);
        box->findChild<QPushButton *>(QStringLiteral("moveAnywayButton"))->click();
        QTRY_COMPARE(VisitService(*ui.store, ui.session.actor()).visit(visitId)->employeeId, busy.id);
    }

    // Three visits on top of each other in one row: three blocks, none behind another, and a
    // double-click on each opens that one.
    void overlappingVisitsAreDrawnSideBySide()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        const Employee nurse = page->model()->staff().first();
        const Visit any = page->model()->visits().first();
        QStringList ids;
        for (const QTime &at : { QTime(21, 0), QTime(21, 0), QTime(21, 15) }) {
            Visit v;
            v.citizenId = any.citizenId;
            v.employeeId = nurse.id;
            v.start = QDateTime(page->day(), at, Clock::teamZone());
            v.minutes = 40;
            ids << ui.session.visits().add(v);
        }
        QTRY_VERIFY(!page->timeline()->blockRect(ids.last()).isEmpty());
        QList<QRect> blocks;
        for (const QString &id : ids) {
            const QRect block = page->timeline()->blockRect(id);
            QVERIFY(!block.isEmpty());
            QVERIFY(page->timeline()->rowRect(nurse.id).contains(block));
            for (const QRect &other : blocks)
                QVERIFY2(!block.intersects(other), "a block drawn over another hides a visit");
            blocks << block;
            QSignalSpy asked(page->timeline(), &TimelineView::dialogRequested);
            QTest::mouseDClick(page->timeline(), Qt::LeftButton, Qt::NoModifier, block.center());
            QCOMPARE(asked.count(), 1);
            QCOMPARE(asked.first().first().toString(), id);
            QVERIFY(page->timeline()->describe(id).contains(any.citizenName));
        }
    }

    void blockTextIsReadableOnEveryStatusColour()
    {
        for (VisitStatus status : { VisitStatus::Planned, VisitStatus::Done, VisitStatus::NotHome, VisitStatus::Cancelled }) {
            const QColor fill = TimelineView::blockFill(status);
            QVERIFY2(Contrast::ratio(Contrast::readableTextOn(fill), fill) >= 4.5, qPrintable(VisitStatuses::key(status)));
        }
        QVERIFY(Contrast::ratio(Qt::white, QColor(0x2e, 0x8b, 0x57)) < 4.5); // white on green, as it was
    }

    void aNurseCannotMoveVisitsAndIsToldWhy()
    {
        Test::UiFixture ui(Role::Nurse);
        ui.window->showPage(MainWindow::Page::Plan);
        PlanPage *page = ui.window->planPage();
        auto *unassigned = page->findChild<UnassignedListView *>(QStringLiteral("unassignedListView"));
        const QString visitId = unassigned->visitIdAt(0);
        drop(page->timeline(), page->timeline()->rowRect(page->model()->staff().first().id).center(), visitId);
        QVERIFY(VisitService(*ui.store, ui.session.actor()).visit(visitId)->employeeId.isEmpty());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("messageLabel"))->text().contains(QLatin1String("planner")));
    }

    void reassignDialogIsTheKeyboardWay()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        // A planned visit that someone else could take without a double booking.
        Visit visit;
        Employee other;
        for (const Visit &v : page->model()->visits())
            if (other.id.isEmpty() && !v.employeeId.isEmpty() && v.status == VisitStatus::Planned) {
                visit = v;
                other = freeFor(ui, page, v.id, v.employeeId);
            }
        QVERIFY(!other.id.isEmpty());
        page->openReassignDialog(visit.id);
        ReassignDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ReassignDialog *>()) != nullptr);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("employeeComboBox"));
        combo->setCurrentIndex(combo->findData(other.id));
        QTest::keyClick(combo, Qt::Key_Return);
        dialog->accept();
        QCOMPARE(VisitService(*ui.store, ui.session.actor()).visit(visit.id)->employeeId, other.id);
    }

    // The dialog says who is free at the chosen time, and sets the start too.
    void reassignDialogSaysWhoIsFreeAndSetsTheTime()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        Visit visit;
        for (const Visit &v : page->model()->visits())
            if (visit.id.isEmpty() && !v.employeeId.isEmpty() && v.status == VisitStatus::Planned
                && !busyFor(ui, page, v.id).id.isEmpty() && !freeFor(ui, page, v.id, v.employeeId).id.isEmpty())
                visit = v;
        QVERIFY(!visit.id.isEmpty());
        const Employee busy = busyFor(ui, page, visit.id), free = freeFor(ui, page, visit.id, visit.employeeId);
        page->openReassignDialog(visit.id);
        ReassignDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ReassignDialog *>()) != nullptr);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("employeeComboBox"));
        // The dialog's word agrees with core's check for each of them.
        QVERIFY(!dialog->isFree(busy.id));
        QVERIFY(dialog->isFree(free.id));
        QVERIFY(combo->itemText(combo->findData(busy.id)).endsWith(QLatin1String("busy")));
        QVERIFY(combo->itemText(combo->findData(free.id)).endsWith(QLatin1String("free")));
        combo->setCurrentIndex(combo->findData(busy.id));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("freeLabel"))->text().contains(QLatin1String("Busy then")));

        // Late in the evening nobody has a visit: everyone is free, and the visit moves there.
        dialog->setStartTime(QTime(22, 0));
        QVERIFY(dialog->isFree(busy.id));
        dialog->accept();
        const Visit moved = *VisitService(*ui.store, ui.session.actor()).visit(visit.id);
        QCOMPARE(moved.employeeId, busy.id);
        QCOMPARE(moved.start.time(), QTime(22, 0));
        QCOMPARE(moved.start.date(), visit.start.date());
    }

    // A block dropped further along its own row starts later, in 5-minute steps; the drop on an
    // occupied time is warned about first, like a reassignment.
    void draggingABlockAlongItsRowMovesItsTime()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        TimelineView *timeline = page->timeline();
        Visit visit;
        for (const Visit &v : page->model()->visits())
            if (visit.id.isEmpty() && !v.employeeId.isEmpty() && v.status == VisitStatus::Planned)
                visit = v;
        QVERIFY(!visit.id.isEmpty());
        const auto dropAt = [&](int minute, int grabbed) {
            QMimeData mime;
            mime.setData(QString::fromLatin1(VisitMimeType), visit.id.toUtf8());
            mime.setData(QString::fromLatin1(TimelineView::GrabMimeType), QByteArray::number(grabbed));
            const QPoint at(timeline->xForMinute(minute + grabbed), timeline->rowRect(visit.employeeId).center().y());
            QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(timeline, &enter);
            QDropEvent dropEvent(QPointF(at), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(timeline, &dropEvent);
        };
        // 21:32 (grabbed 10 minutes into the block) lands on 21:30, where the evening is empty.
        dropAt(21 * 60 + 32, 10);
        QTRY_COMPARE(VisitService(*ui.store, ui.session.actor()).visit(visit.id)->start.time(), QTime(21, 30));
        QCOMPARE(VisitService(*ui.store, ui.session.actor()).visit(visit.id)->employeeId, visit.employeeId);
        QVERIFY(!page->findChild<QMessageBox *>(QStringLiteral("planWarningBox")));

        // Onto one of the person's own visits: warned, and Cancel leaves it at 21:30.
        Visit other;
        for (const Visit &v : page->model()->visits())
            if (other.id.isEmpty() && v.employeeId == visit.employeeId && v.id != visit.id && v.status != VisitStatus::Cancelled)
                other = v;
        QVERIFY(!other.id.isEmpty());
        dropAt(other.start.time().hour() * 60 + other.start.time().minute(), 0);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("planWarningBox"))) != nullptr);
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(VisitService(*ui.store, ui.session.actor()).visit(visit.id)->start.time(), QTime(21, 30));
    }

    void zoomKeepsThePointAndTheWholeDayFits()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        TimelineView *timeline = page->timeline();
        auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("timelineScrollArea"));
        const int before = timeline->hourWidth();
        const int noonOnScreen = timeline->xForMinute(12 * 60) - scroll->horizontalScrollBar()->value();
        page->zoom(2.0, 12 * 60);
        QCOMPARE(timeline->hourWidth(), before * 2);
        // Noon stays where it was on screen (to the pixel the scroll bar allows).
        QVERIFY(qAbs(timeline->xForMinute(12 * 60) - scroll->horizontalScrollBar()->value() - noonOnScreen) <= 2);
        page->zoom(1000, 12 * 60);
        QCOMPARE(timeline->hourWidth(), int(TimelineView::MaxHourWidth));

        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("fitDayButton")), Qt::LeftButton);
        QVERIFY(timeline->width() <= scroll->viewport()->width());
        QVERIFY(timeline->xForMinute(TimelineView::LastHour * 60) <= scroll->viewport()->width());

        // Ctrl+wheel asks for a zoom; a plain wheel only scrolls.
        QSignalSpy zoomed(timeline, &TimelineView::zoomRequested);
        QWheelEvent plain(QPointF(300, 60), timeline->mapToGlobal(QPointF(300, 60)), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(timeline, &plain);
        QCOMPARE(zoomed.count(), 0);
        QWheelEvent ctrl(QPointF(300, 60), timeline->mapToGlobal(QPointF(300, 60)), {}, QPoint(0, 120), Qt::NoButton,
                         Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(timeline, &ctrl);
        QCOMPARE(zoomed.count(), 1);
        QVERIFY(zoomed.at(0).at(0).toDouble() > 1.0);
    }

    // The week: a row per person and one for what nobody has, a column per day, and the counts
    // add up to the week's visits; a day opens as its timeline.
    void weekViewShowsTheWeek()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("weekViewButton")), Qt::LeftButton);
        QVERIFY(page->showsWeek());
        WeekPlanModel *week = page->weekModel();
        QCOMPARE(week->monday(), QDate(2026, 11, 23));
        QCOMPARE(week->columnCount(), 7);
        QCOMPARE(week->rowCount(), int(page->model()->staff().size()) + 1);
        int counted = 0, minutes = 0;
        for (int r = 0; r < week->rowCount(); ++r)
            for (int c = 0; c < 7; ++c) {
                counted += week->index(r, c).data(WeekPlanModel::VisitCountRole).toInt();
                minutes += week->index(r, c).data(WeekPlanModel::MinutesRole).toInt();
            }
        int expected = 0, expectedMinutes = 0;
        for (const Visit &v : ui.session.plan().dayPlan(ui.session.teamId(), QDate(2026, 11, 23), 7))
            if (v.status != VisitStatus::Cancelled) {
                ++expected;
                expectedMinutes += v.minutes;
            }
        QVERIFY(expected > 0);
        QCOMPARE(counted, expected);
        QCOMPARE(minutes, expectedMinutes);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("planDayLabel"))->text().contains(QLatin1String("48")));

        auto *table = page->findChild<QTableView *>(QStringLiteral("weekTableView"));
        table->setCurrentIndex(week->index(0, 2));
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(!page->showsWeek());
        QCOMPARE(page->day(), QDate(2026, 11, 25));
        for (const Visit &v : page->model()->visits())
            QCOMPARE(v.start.date(), QDate(2026, 11, 25));
    }

    void dayAndWeekNavigation()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        QCOMPARE(page->day(), QDate(2026, 11, 23));
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("weekForwardButton")), Qt::LeftButton);
        QCOMPARE(page->day(), QDate(2026, 11, 30));
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("dayBackButton")), Qt::LeftButton);
        QCOMPARE(page->day(), QDate(2026, 11, 29));
        for (const Visit &v : page->model()->visits())
            QCOMPARE(v.start.date(), QDate(2026, 11, 29));
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("todayButton")), Qt::LeftButton);
        QCOMPARE(page->day(), QDate(2026, 11, 23));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("planDayLabel"))->text().contains(QLatin1String("48")));
    }

    void runListForTheShownDayAsPdf()
    {
        Test::UiFixture ui(Role::Planner);
        PlanPage *page = ui.window->planPage();
        auto *button = page->findChild<QToolButton *>(QStringLiteral("runListButton"));
        QVERIFY(button && button->isEnabled());
        RunListDialog *dialog = page->openRunListDialog();
        auto *who = dialog->findChild<QComboBox *>(QStringLiteral("runListEmployeeComboBox"));
        QCOMPARE(who->count(), page->model()->staff().size() + 1);
        QVERIFY(dialog->employeeId().isEmpty()); // a planner starts with the whole team
        const Employee nurse = ui.firstWithRole(Role::Nurse);
        dialog->setEmployeeId(nurse.id);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.pdf"));
        QCOMPARE(ui.store->db().scalar("SELECT count(*) FROM access_log"), 0);
        QVERIFY(dialog->saveTo(path));
        // The printed list opens every citizen on it: one entry each, by the planner who printed it.
        const RunList printed = ui.session.runLists().runList(page->day(), nurse.id);
        QSet<QString> onList;
        for (const RunListStop &s : printed.stops)
            onList << s.citizenId;
        QVERIFY(!onList.isEmpty());
        QCOMPARE(ui.store->db().scalar("SELECT count(*) FROM access_log WHERE part = 'run-list-printed'"), onList.size());
        QCOMPARE(ui.store->db().scalar("SELECT count(DISTINCT citizen_id) FROM access_log"), onList.size());
        QCOMPARE(ui.store->db().textFor("SELECT employee_id FROM access_log WHERE citizen_id = ?", *onList.begin()),
                 ui.session.actor().employeeId());
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(nurse.name));
        QVERIFY(text.contains(QLatin1String("Contains personal data")));
        const QList<Visit> day = VisitService(*ui.store, ui.session.actor()).myDay(nurse.id, page->day());
        QVERIFY(!day.isEmpty());
        QVERIFY(text.contains(day.first().citizenAddress));
        dialog->close();
    }

    void visitatorGetsNoRunList()
    {
        Test::UiFixture ui(Role::Visitator);
        PlanPage *page = ui.window->planPage();
        QVERIFY(!page->findChild<QToolButton *>(QStringLiteral("runListButton"))->isEnabled());
        RunListDialog *dialog = page->openRunListDialog();
        QTemporaryDir dir;
        QVERIFY(!dialog->saveTo(dir.filePath(QStringLiteral("run.pdf"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("run.pdf"))));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("runListErrorLabel"))->isVisibleTo(dialog));
        dialog->close();
    }
};

QTEST_MAIN(TestPlanPage)
#include "tst_planpage.moc"
