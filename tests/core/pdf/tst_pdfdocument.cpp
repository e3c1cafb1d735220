// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "common/Error.h"
#include "pdf/PdfDocument.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Kvarter;

// Reads the PDFs back with pdftotext (poppler-utils), as a person would read the paper.
class TestPdfDocument : public QObject
{
    Q_OBJECT

    static QString text(const QString &pdf)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void longTableWrapsAndEveryPageHasTheFooter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        PdfDocument doc(QStringLiteral("Køreliste – prøve"));
        doc.setSubtitle(QStringLiteral("Team Ærø"));
        doc.addHeading(QStringLiteral("Bente Bøgh"));
        doc.addParagraph(QStringLiteral("Åbningstekst."));
        QList<QStringList> rows;
        const QString longText = QStringLiteral("Hjælp til personlig hygiejne, af- og påklædning, tilberedning af måltider, "
                                                "medicingivning og støttestrømper, hver eneste morgen på anden sal");
        for (int i = 0; i < 60; ++i)
            rows << QStringList { QStringLiteral("%1:00").arg(7 + i % 12, 2, 10, QLatin1Char('0')),
                                  QStringLiteral("Borger %1\nSkovvej %1").arg(i), longText };
        doc.addTable({ { QStringLiteral("Tid"), 15 }, { QStringLiteral("Borger"), 35, true }, { QStringLiteral("Ydelser"), 50 } },
                     rows);
        doc.writePdf(path);

        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        const QString all = text(path);
        const QStringList pages = all.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QVERIFY2(pages.size() >= 3, qPrintable(all.left(500)));
        const int count = int(pages.size());
        for (int i = 0; i < count; ++i) {
            QVERIFY2(pages.at(i).contains(PdfDocument::personalDataNotice()), qPrintable(pages.at(i)));
            QVERIFY(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(count)));
            QVERIFY(pages.at(i).contains(QLatin1String("Tid"))); // the header row repeats
        }
        QVERIFY(all.contains(QStringLiteral("Køreliste – prøve")));
        QVERIFY(all.contains(QStringLiteral("Borger 59")));
        // Wrapped, not cut: the end of the long cell text is there (on its own line).
        QCOMPARE(all.count(QStringLiteral("anden sal")), 60);
    }

    void unwritablePathIsAnError()
    {
        PdfDocument doc(QStringLiteral("x"));
        QVERIFY_THROWS_EXCEPTION(Error, doc.writePdf(QStringLiteral("/nonexistent/dir/x.pdf")));
    }
};

QTEST_MAIN(TestPdfDocument)
#include "tst_pdfdocument.moc"
