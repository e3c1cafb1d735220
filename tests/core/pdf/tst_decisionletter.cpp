// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "decision/DecisionService.h"
#include "frame/FrameService.h"
#include "pdf/DecisionLetterPdf.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTest>

using namespace Kvarter;

// The decision letter as PDF: what pdftotext reads from it is what a citizen reads. Needs
// poppler-utils (pdftotext), installed on the build machines.
class TestDecisionLetter : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> m_fx;
    Test::SmallTeam m_team;
    QString leader;

    QString pdfText(const PdfDocument &doc, const QString &name)
    {
        const QString path = m_fx->dir.filePath(name + QStringLiteral(".pdf"));
        doc.writePdf(path);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        if (!p.waitForFinished(30000))
            return {};
        // Lines joined, runs of spaces folded: a sentence wrapped over two lines is still found.
        return QString::fromUtf8(p.readAllStandardOutput()).simplified();
    }
    Decision decide(Proposal p)
    {
        p.citizenId = m_team.citizen;
        if (p.serviceCode.isEmpty())
            p.serviceCode = QStringLiteral("H1.1");
        return DecisionService(*m_fx->store, ServiceCatalogue::standard(), Test::signIn(*m_fx->store, m_team.nurse)).propose(p);
    }
    DecisionLetter letter(const QString &id)
    {
        return DecisionService(*m_fx->store, ServiceCatalogue::standard(), Test::signIn(*m_fx->store, m_team.nurse)).letter(id);
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<Test::Fixture>();
        m_team = m_fx->makeSmallTeam();
        leader =
            TeamService(*m_fx->store)
                .addEmployee(
                    { {}, m_team.team, QStringLiteral("Tove Teamleder"), QStringLiteral("TT"), Role::TeamLeader, {}, true, {} });
        FrameRule rule;
        rule.teamId = m_team.team;
        rule.role = Role::Nurse;
        rule.serviceCode = QStringLiteral("H1.1");
        rule.maxMinutesPerWeek = 150;
        FrameService(*m_fx->store, ServiceCatalogue::standard(), Test::signIn(*m_fx->store, leader)).setRule(rule);
    }

    void aPartlyGrantedLetterHoldsTheDecisionTheDeadlineAndTheJustification()
    {
        Proposal p;
        p.minutesPerWeek = 90;
        p.requestedAmount = 140;
        p.justification = QStringLiteral("Søren washes his upper body himself; he needs help with legs and back.");
        p.heardAt = Test::fixedNow().addDays(-3);
        p.heardHow = QStringLiteral("in-person");
        const Decision d = decide(p);
        const QString text = pdfText(DecisionLetterPdf::document(letter(d.id)), QStringLiteral("partly"));
        QVERIFY2(text.contains(QStringLiteral("Søren Østergaard")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("90 minutes per week")));
        QVERIFY(text.contains(QStringLiteral("You asked for 140 minutes per week")));
        QVERIFY(text.contains(QStringLiteral("within 4 weeks")));
        QVERIFY(text.contains(QStringLiteral("Ankestyrelsen")));
        QVERIFY(text.contains(QStringLiteral("he needs help with legs and back")));
        QVERIFY(text.contains(d.caseNumber));
        QVERIFY(text.contains(QStringLiteral("Karen Sygeplejerske"))); // the responsible employee
        QVERIFY(text.contains(QStringLiteral("§ 83")));
    }

    void aFullGrantHasNoJustification()
    {
        Proposal p;
        p.minutesPerWeek = 60;
        const QString text = pdfText(DecisionLetterPdf::document(letter(decide(p).id)), QStringLiteral("full"));
        QVERIFY(text.contains(QStringLiteral("60 minutes per week")));
        QVERIFY(text.contains(QStringLiteral("within 4 weeks")));
        QVERIFY(!text.contains(QStringLiteral("Why we have decided this")));
        // The small team's visitator has no phone recorded: no sentence ends in an empty blank.
        QVERIFY(!text.contains(QStringLiteral(" on .")));
        QVERIFY(text.contains(QStringLiteral("Your fixed visitator is Vera Visitator.")));
    }
    // Home nursing is a health matter: the complaint goes to Styrelsen for Patientklager, not to
    // Ankestyrelsen under the social-law rules.
    void aNursingLetterSendsComplaintsToThePatientComplaintsBoard()
    {
        FrameRule rule;
        rule.teamId = m_team.team;
        rule.role = Role::Nurse;
        rule.serviceCode = QStringLiteral("G1.39");
        rule.maxMinutesPerWeek = 120;
        FrameService(*m_fx->store, ServiceCatalogue::standard(), Test::signIn(*m_fx->store, leader)).setRule(rule);
        Proposal p;
        p.serviceCode = QStringLiteral("G1.39");
        p.minutesPerWeek = 60;
        const QString text = pdfText(DecisionLetterPdf::document(letter(decide(p).id)), QStringLiteral("nursing"));
        QVERIFY2(text.contains(QStringLiteral("Styrelsen for Patientklager")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Ankestyrelsen")));
        QVERIFY(text.contains(QStringLiteral("§ 138")));
    }
};

int main(int argc, char **argv)
{
    // QPdfWriter needs a QGuiApplication; the test environment picks the offscreen platform.
    QGuiApplication app(argc, argv);
    TestDecisionLetter test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_decisionletter.moc"
