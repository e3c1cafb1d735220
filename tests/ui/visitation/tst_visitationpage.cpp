// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "UiSupport.h"
#include "catalogue/ServiceCatalogue.h"
#include "visitation/EscalationAnswerDialog.h"
#include "visitation/VisitationPage.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

using namespace Kvarter;

// The visitator's page: a nurse's proposal above her frame waits there under its team, and the
// visitator decides it through core, with core's errors beside the fields and the letter as PDF.
class TestVisitationPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::UiFixture> m_ui;
    Decision m_escalation;
    Citizen m_citizen;

    VisitationPage *page() { return m_ui->window->visitationPage(); }
    QTreeWidgetItem *itemOf(const QString &id)
    {
        auto *tree = page()->findChild<QTreeWidget *>(QStringLiteral("escalationTreeWidget"));
        for (int t = 0; t < tree->topLevelItemCount(); ++t)
            for (int c = 0; c < tree->topLevelItem(t)->childCount(); ++c)
                if (tree->topLevelItem(t)->child(c)->data(0, Qt::UserRole + 1).toString() == id)
                    return tree->topLevelItem(t)->child(c);
        return nullptr;
    }
    int grantedMinutes()
    {
        for (const Grant &g : m_ui->session.grants().grantsFor(m_citizen.id))
            if (g.serviceCode == QLatin1String("H1.1") && g.isActiveOn(m_ui->clock.today()))
                return g.minutesPerWeek;
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        m_ui = std::make_unique<Test::UiFixture>(Role::Visitator);
        // The nurse proposes on her own laptop; it reaches the visitator's by sync.
        const Actor nurse = m_ui->as(Role::Nurse);
        m_citizen = CitizenService(*m_ui->store, nurse).search({}).first();
        Proposal p;
        p.citizenId = m_citizen.id;
        p.serviceCode = QStringLiteral("H1.1");
        p.minutesPerWeek = 2000; // far above any nurse's frame
        p.application = QStringLiteral("Needs help with a bath every day after the fall.");
        m_escalation = DecisionService(*m_ui->store, ServiceCatalogue::standard(), nurse).propose(p);
        QCOMPARE(m_escalation.outcome, Decision::Outcome::Escalated);
        m_ui->session.takeInSync({ QStringLiteral("decision") });
    }
    void cleanup() { m_ui.reset(); }

    void theEscalationIsListedUnderItsTeamAndGrantedAsProposed()
    {
        QTreeWidgetItem *item = itemOf(m_escalation.id);
        QVERIFY(item);
        QCOMPARE(item->text(0), m_citizen.name);
        QString teamName;
        for (const Team &t : m_ui->session.team().teams())
            if (t.id == m_ui->session.teamId())
                teamName = t.name;
        QCOMPARE(item->parent()->text(0), teamName);
        QVERIFY(page()->select(m_escalation.id));
        const QString proposal = page()->findChild<QLabel *>(QStringLiteral("proposalLabel"))->text();
        QVERIFY(proposal.contains(m_citizen.name));
        QVERIFY(page()->findChild<QLabel *>(QStringLiteral("assessmentLabel"))->text().contains(QStringLiteral("no assessment")));

        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("grantAsProposedButton")), Qt::LeftButton);
        QCOMPARE(grantedMinutes(), 2000);
        QVERIFY(!itemOf(m_escalation.id));
        QVERIFY(!page()->lastDecisionId().isEmpty());
        QVERIFY(m_ui->session.decisions().escalationQueue().isEmpty());

        // The letter, as a PDF that names the citizen.
        const QString pdf = m_ui->dir.filePath(QStringLiteral("letter.pdf"));
        const QByteArray printed = "SELECT count(*) FROM access_log WHERE part = 'letter-printed'";
        QCOMPARE(m_ui->store->db().scalar(printed), 0);
        QVERIFY(page()->saveLetter(pdf));
        QCOMPARE(m_ui->store->db().scalar(printed), 1); // logged like every letter put on paper or in a file
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY(text.waitForFinished());
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(m_citizen.name));
    }

    void aRefusalWithoutJustificationShowsTheErrorBesideTheField()
    {
        QVERIFY(page()->select(m_escalation.id));
        page()->answerWith(int(EscalationAnswer::Kind::Refused));
        auto *dialog = page()->findChild<EscalationAnswerDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QPushButton *>(QStringLiteral("answerOkButton"))->click();
        QVERIFY(dialog->isVisible());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("justificationErrorLabel"));
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("errorSummaryLabel"))->isVisible());
        QCOMPARE(grantedMinutes(), 0);
        QVERIFY(itemOf(m_escalation.id)); // still waiting
    }

    void aRefusalWithJustificationAndHearingIsDecided()
    {
        QVERIFY(page()->select(m_escalation.id));
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("refuseButton")), Qt::LeftButton);
        auto *dialog = page()->findChild<EscalationAnswerDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("justificationEdit"))
            ->setPlainText(QStringLiteral("The assessment shows moderate limitations in personal care only."));
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("A daily bath is not needed: she washes at the sink with help twice a week."));
        auto *how = dialog->findChild<QComboBox *>(QStringLiteral("heardHowComboBox"));
        how->setCurrentIndex(how->findData(QStringLiteral("phone")));
        dialog->findChild<QDateTimeEdit *>(QStringLiteral("heardAtEdit"))->setDateTime(m_ui->clock.now().addSecs(-3600));
        dialog->findChild<QPushButton *>(QStringLiteral("answerOkButton"))->click();
        QTRY_VERIFY(!itemOf(m_escalation.id));
        const std::optional<Decision> refused = m_ui->session.decisions().decision(page()->lastDecisionId());
        QVERIFY(refused);
        QCOMPARE(refused->outcome, Decision::Outcome::Refused);
        QCOMPARE(refused->answersId, m_escalation.id);
        QCOMPARE(grantedMinutes(), 0);
    }

    void theKeyboardReachesThePageAndTheAnswers()
    {
        m_ui->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_ui->window.get()));
        QTest::keyClick(m_ui->window.get(), Qt::Key_5, Qt::ControlModifier);
        QVERIFY(page()->isVisible());
        auto *tree = page()->findChild<QTreeWidget *>(QStringLiteral("escalationTreeWidget"));
        tree->setFocus();
        QVERIFY(page()->select(m_escalation.id));
        QTest::keyClick(tree, Qt::Key_Return);
        QTRY_VERIFY(page()->findChild<QPushButton *>(QStringLiteral("grantAsProposedButton"))->hasFocus());
    }

    void aNurseDoesNotSeeTheVisitationPage()
    {
        m_ui->session.signInUnattended(m_ui->firstWithRole(Role::Nurse).id);
        auto *navigation = m_ui->window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
        bool found = false;
        for (int row = 0; row < navigation->count(); ++row)
            if (navigation->item(row)->text() == QLatin1String("Visitation")) {
                found = true;
                QVERIFY(navigation->item(row)->isHidden());
            }
        QVERIFY(found);
        QVERIFY(!itemOf(m_escalation.id));
    }
};

QTEST_MAIN(TestVisitationPage)
#include "tst_visitationpage.moc"
