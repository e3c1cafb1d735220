// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "UiSupport.h"
#include "assessment/AreaHistoryWidget.h"
#include "assessment/AssessmentDialog.h"
#include "assessment/ConditionRow.h"
#include "citizen/CitizenPage.h"
#include "ui/assessment/UserActions.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Kvarter;

namespace {
const FsiiiArea &selfCare() { return FsiiiTerms::standard().homeCareAreas().at(0); }

AssessmentDialog *openNew(Test::UiFixture &ui, const QString &citizenId)
{
    ui.window->openCitizen(citizenId);
    auto *button = ui.window->citizenPage()->findChild<QPushButton *>(QStringLiteral("newAssessmentButton"));
    if (!button || !button->isVisible())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = ui.window->citizenPage()->findChild<AssessmentDialog *>();
    if (dialog && !QTest::qWaitForWindowActive(dialog))
        qWarning("the assessment dialog did not become active");
    return dialog;
}

QComboBox *levelOf(AssessmentDialog *dialog, const QString &code)
{
    return dialog->row(code) ? qobject_cast<QComboBox *>(dialog->row(code)->firstInput()) : nullptr;
}

QString firstCitizen(Test::UiFixture &ui) { return ui.session.citizens().search({}).at(3).id; }
} // namespace

class TestAssessmentForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyboardOnlyAssessmentIsSaved()
    {
        Test::UiFixture ui(Role::Nurse);
        const QString citizen = firstCitizen(ui);
        const qsizetype before = ui.session.assessments().assessments(citizen).size();
        AssessmentDialog *dialog = openNew(ui, citizen);
        QVERIFY(dialog);
        Test::UserActions act;
        const QString washing = selfCare().conditions.at(0).code;
        QComboBox *level = levelOf(dialog, washing);
        level->setFocus();
        act.key(level, '3');
        QCOMPARE(dialog->row(washing)->value().level, std::optional<int>(3));
        act.key(level, Qt::Key_Tab);
        act.key(dialog->focusWidget(), Qt::Key_Down); // Udførelse: the first value
        QVERIFY(!dialog->row(washing)->value().performance.isEmpty());
        act.key(dialog, Qt::Key_7, Qt::AltModifier); // the wishes tab
        auto *wishes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("wishesTextEdit"));
        wishes->setFocus();
        act.type(wishes, QStringLiteral("Vil selv klare badet"));
        act.click(dialog->findChild<QPushButton *>(QStringLiteral("saveAssessmentButton")));
        QVERIFY2(!dialog->savedId().isEmpty(),
                 qPrintable(dialog->findChild<QLabel *>(QStringLiteral("errorSummaryLabel"))->text()));
        const QList<Assessment> after = ui.session.assessments().assessments(citizen);
        QCOMPARE(after.size(), before + 1);
        QCOMPARE(after.first().wishes, QStringLiteral("Vil selv klare badet"));
        qInfo("keyboard assessment of one condition and the wishes: %d actions", act.total());
    }

    void missingLevelIsShownBesideItsRowWithACount()
    {
        Test::UiFixture ui(Role::Nurse);
        AssessmentDialog *dialog = openNew(ui, firstCitizen(ui));
        QVERIFY(dialog);
        const QString second = selfCare().conditions.at(1).code;
        // The citizen's own view without a level: core refuses, the form says where.
        auto *performance = dialog->findChild<QComboBox *>(QStringLiteral("performanceComboBox"));
        QVERIFY(performance);
        const QString first = selfCare().conditions.at(0).code;
        qobject_cast<QComboBox *>(dialog->row(first)->firstInput())->setCurrentIndex(2);
        dialog->row(second)->performanceInput()->setCurrentIndex(1); // the second row: Udførelse only
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveAssessmentButton")), Qt::LeftButton);
        QVERIFY(dialog->savedId().isEmpty());
        const QString summary = dialog->findChild<QLabel *>(QStringLiteral("errorSummaryLabel"))->text();
        QVERIFY2(dialog->errorCount() == 1, qPrintable(summary));
        QVERIFY(dialog->row(second)->hasError());
        QVERIFY(!dialog->row(first)->hasError());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorSummaryLabel"))->text().contains(QLatin1Char('1')));
        auto *tabs = dialog->findChild<QTabWidget *>(QStringLiteral("areaTabWidget"));
        QVERIFY(tabs->tabText(0).endsWith(QStringLiteral("(1)")));

        qobject_cast<QComboBox *>(dialog->row(second)->firstInput())->setCurrentIndex(1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveAssessmentButton")), Qt::LeftButton);
        QVERIFY(!dialog->savedId().isEmpty());
    }

    void killedAppOffersTheDraftBack()
    {
        Test::UiFixture ui(Role::Nurse);
        const QString citizen = firstCitizen(ui);
        const QString washing = selfCare().conditions.at(0).code;
        {
            AssessmentDialog *dialog = openNew(ui, citizen);
            QVERIFY(dialog);
            QComboBox *level = qobject_cast<QComboBox *>(dialog->row(washing)->firstInput());
            level->setFocus();
            QTest::keyClick(level, '4');
            auto *overall = dialog->findChild<QPlainTextEdit *>(QStringLiteral("overallTextEdit"));
            QTest::keyClicks(overall, QStringLiteral("Faldet i weekenden"));
            // The app is killed: no close, no question, nothing saved but what the form kept.
            ui.window.reset();
        }
        Session again(*ui.store, ui.clock);
        again.signInUnattended(ui.session.actor().employeeId());
        MainWindow window(again);
        window.show();
        window.openCitizen(citizen);
        auto *resume = window.citizenPage()->findChild<QPushButton *>(QStringLiteral("continueDraftButton"));
        QVERIFY(resume);
        QVERIFY(resume->isVisible());
        QTest::mouseClick(resume, Qt::LeftButton);
        auto *restored = window.citizenPage()->findChild<AssessmentDialog *>();
        QVERIFY(restored);
        QCOMPARE(restored->row(washing)->value().level, std::optional<int>(4));
        QCOMPARE(restored->findChild<QPlainTextEdit *>(QStringLiteral("overallTextEdit"))->toPlainText(),
                 QStringLiteral("Faldet i weekenden"));
        QTest::mouseClick(restored->findChild<QPushButton *>(QStringLiteral("saveAssessmentButton")), Qt::LeftButton);
        QVERIFY(!restored->savedId().isEmpty());
        QVERIFY(!again.assessmentDrafts().draft(citizen)); // saving removed it
    }

    void correctionStartsFromTheLatest()
    {
        Test::UiFixture ui(Role::Nurse);
        const QString citizen = firstCitizen(ui);
        ui.window->openCitizen(citizen);
        const QList<Assessment> existing = ui.session.assessments().assessments(citizen);
        if (existing.isEmpty())
            QSKIP("the demo citizen has no assessment");
        auto *correct = ui.window->citizenPage()->findChild<QPushButton *>(QStringLiteral("correctAssessmentButton"));
        QVERIFY(correct->isEnabled());
        QTest::mouseClick(correct, Qt::LeftButton);
        auto *dialog = ui.window->citizenPage()->findChild<AssessmentDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->collected().conditions.size(), existing.first().conditions.size());
        QCOMPARE(dialog->collected().supersedesId, existing.first().id);
    }

    void areaHistoryHasAChartAndATable()
    {
        Test::UiFixture ui(Role::Nurse);
        const QString citizen = firstCitizen(ui);
        ui.window->openCitizen(citizen);
        AreaHistoryWidget *history = ui.window->citizenPage()->areaHistory();
        history->showArea(selfCare().area.code);
        const AreaHistory expected = ui.session.assessments().areaHistory(citizen, selfCare().area.code);
        QCOMPARE(history->table()->rowCount(), int(expected.conditions.size()));
        QCOMPARE(history->table()->columnCount(), int(expected.assessedAt.size()));
        QCOMPARE(history->chartView()->chart()->series().size(), expected.conditions.size());
    }

    void helperSeesNoAssessmentOrDecision()
    {
        Test::UiFixture ui(Role::SosuHelper);
        ui.window->openCitizen(firstCitizen(ui));
        for (const char *name : { "newAssessmentButton", "correctAssessmentButton", "makeDecisionButton" }) {
            auto *button = ui.window->citizenPage()->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY(button);
            QVERIFY2(!button->isVisible(), name);
        }
    }
};

QTEST_MAIN(TestAssessmentForm)
#include "tst_assessmentform.moc"
