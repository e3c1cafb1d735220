// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "change/ChangeService.h"
#include "change/TriageService.h"
#include "pdf/TriageBoardPdf.h"
#include "task/TaskService.h"

#include <QGuiApplication>
#include <QProcess>
#include <QTest>

using namespace Kvarter;

// The printed triage board, read back with pdftotext as the meeting reads it: colours in sections,
// who set them and why, the deadlines with countdowns, what is overdue, and the personal-data footer.
class TestTriageBoardPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBoardOnPaperSaysColourWhyDeadlinesAndOverdue()
    {
        Test::Fixture f;
        const Test::SmallTeam team = f.makeSmallTeam();
        const Actor helper = Test::signIn(*f.store, team.helper);
        ChangeReport r;
        r.citizenId = team.citizen;
        r.items = { QStringLiteral("drinking"), QStringLiteral("dizziness") };
        r.note = QStringLiteral("Drikker næsten ingenting og er svimmel.");
        r.suggestedColour = TriageColour::Red;
        ChangeService(*f.store, helper).report(r);
        f.clock.advanceSecs(25 * 3600); // the nurse's visit is an hour overdue
        const Board board = TriageService(*f.store, Test::signIn(*f.store, team.nurse)).board();
        const PdfDocument doc = TriageBoardPdf::document(board, QStringLiteral("Team Test"));
        QCOMPARE(doc.orientation(), QPageLayout::Landscape);
        QCOMPARE(doc.footer(), PdfDocument::personalDataNotice());

        const QString path = f.dir.filePath(QStringLiteral("board.pdf"));
        doc.writePdf(path);
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            QSKIP("pdftotext is not installed");
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        for (const QString &expected :
             { QStringLiteral("Triage board — Team Test"), QStringLiteral("Red — a nurse sees the citizen within 24 hours"),
               QStringLiteral("Søren Østergaard"), QStringLiteral("by Hans Hjælper"), QStringLiteral("Drikker næsten ingenting"),
               QStringLiteral("OVERDUE by 1 h"), QStringLiteral("A nurse sees the citizen (red)"), QStringLiteral("any nurse"),
               QStringLiteral("Contains personal data") })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in: ") + text));
        QVERIFY(!text.contains(QLatin1String("Yellow — board meeting")));
    }

    void anEmptyBoardSaysSo()
    {
        Board empty;
        empty.builtAt = Test::fixedNow();
        const PdfDocument doc = TriageBoardPdf::document(empty, QStringLiteral("Team Test"));
        QCOMPARE(doc.blocks().size(), 2);
        QVERIFY(doc.blocks().last().text.contains(QLatin1String("No citizen is yellow or red")));
    }
};

int main(int argc, char **argv)
{
    // QPdfWriter needs a QGuiApplication; the test environment picks the offscreen platform.
    QGuiApplication app(argc, argv);
    TestTriageBoardPdf test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_triageboardpdf.moc"
