// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "UiSupport.h"
#include "frame/EconomicFramePage.h"
#include "frame/FrameRuleDialog.h"

#include <QChart>
#include <QCheckBox>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace Kvarter;

// The frame page: the chart plots the weekly series core computes, and an edit of a delegated
// frame by the team leader is a new version, listed in the table and kept in the history.
class TestEconomicFramePage : public QObject
{
    Q_OBJECT

    static QLineSeries *series(QChart *chart, const QString &name)
    {
        for (QAbstractSeries *s : chart->series())
            if (s->objectName() == name)
                return qobject_cast<QLineSeries *>(s);
        return nullptr;
    }

private Q_SLOTS:
    void theChartShowsTheFrameAndTheUsageCoreComputes()
    {
        Test::UiFixture ui(Role::TeamLeader);
        ui.session.economicFrame().setHoursPerWeek(ui.session.teamId(), 400);
        ui.session.takeInSync({ QStringLiteral("team_budget") });
        EconomicFramePage *page = ui.window->economicFramePage();
        const QList<EconomicFrameWeek> expected = ui.session.economicFrame().weeks(
            ui.session.teamId(), ui.clock.today(), EconomicFramePage::WeeksBefore, EconomicFramePage::WeeksAfter);
        QLineSeries *used = series(page->chart(), QStringLiteral("usedSeries"));
        QLineSeries *frame = series(page->chart(), QStringLiteral("frameSeries"));
        QVERIFY(used && frame);
        QCOMPARE(used->count(), int(expected.size()));
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(used->at(i).y(), expected.at(i).usedHoursPerWeek);
        QVERIFY(expected.at(EconomicFramePage::WeeksBefore).usedHoursPerWeek > 0); // the demo team has grants
        QVERIFY(frame->count() > 0);
        QCOMPARE(frame->points().last().y(), 400.0);
    }

    void aLeadersEditIsANewVersionInTheTable()
    {
        Test::UiFixture ui(Role::TeamLeader);
        EconomicFramePage *page = ui.window->economicFramePage();
        ui.window->showPage(MainWindow::Page::Frame);
        QVERIFY(page->isVisible());
        const qsizetype versionsBefore = ui.session.frames().history(ui.session.teamId()).size();
        QVERIFY(!page->rules().isEmpty());
        const FrameRule before = page->rules().first();
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("framesTableWidget"));
        table->selectRow(0);
        auto *edit = page->findChild<QPushButton *>(QStringLiteral("editFrameButton"));
        QVERIFY(edit->isVisible());
        QTest::mouseClick(edit, Qt::LeftButton);
        auto *dialog = page->findChild<FrameRuleDialog *>();
        QVERIFY(dialog);
        auto *max = dialog->findChild<QSpinBox *>(QStringLiteral("maxSpinBox"));
        const int newMax =
            before.kind == Grant::Kind::Course ? (before.maxCourseLevel == 4 ? 3 : 4) : before.maxMinutesPerWeek + 15;
        max->setValue(newMax);
        dialog->findChild<QPushButton *>(QStringLiteral("saveFrameButton"))->click();
        QTRY_VERIFY(!page->findChild<FrameRuleDialog *>() || !page->findChild<FrameRuleDialog *>()->isVisible());

        QCOMPARE(ui.session.frames().history(ui.session.teamId()).size(), versionsBefore + 1);
        bool shown = false;
        for (int row = 0; row < page->rules().size(); ++row) {
            const FrameRule &r = page->rules().at(row);
            if (r.role == before.role && r.serviceCode == before.serviceCode) {
                QVERIFY(r.id != before.id);
                QCOMPARE(r.kind == Grant::Kind::Course ? r.maxCourseLevel : r.maxMinutesPerWeek, newMax);
                QCOMPARE(table->item(row, 5)->text(), QStringLiteral("2"));
                shown = true;
            }
        }
        QVERIFY(shown);
        // The history shows both versions.
        page->findChild<QCheckBox *>(QStringLiteral("showHistoryCheckBox"))->setChecked(true);
        QCOMPARE(page->rules().size(), versionsBefore + 1);
    }

    void aNurseDoesNotSeeTheFramePage()
    {
        Test::UiFixture ui(Role::Nurse);
        auto *navigation = ui.window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
        QVERIFY(navigation->item(5)->isHidden());
        ui.session.signInUnattended(ui.firstWithRole(Role::Planner).id);
        QVERIFY(!navigation->item(5)->isHidden());
        QVERIFY(!ui.window->economicFramePage()
                     ->findChild<QPushButton *>(QStringLiteral("editFrameButton"))
                     ->isVisibleTo(ui.window->economicFramePage()));
    }
};

QTEST_MAIN(TestEconomicFramePage)
#include "tst_economicframepage.moc"
