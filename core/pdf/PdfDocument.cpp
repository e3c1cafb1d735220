// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PdfDocument.h"

#include "PdfLayout.h"
#include "common/Error.h"
#include "common/PrivateFiles.h"

#include <QFile>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

namespace Kvarter {

PdfDocument::PdfDocument(QString title) : m_title(std::move(title)) {}

QString PdfDocument::personalDataNotice()
{
    return tr("Contains personal data – keep it out of sight and dispose of it securely (shred it).");
}

void PdfDocument::addHeading(const QString &text) { m_blocks << Block { Kind::Heading, text, {}, {} }; }
void PdfDocument::addParagraph(const QString &text) { m_blocks << Block { Kind::Paragraph, text, {}, {} }; }
void PdfDocument::addPageBreak() { m_blocks << Block { Kind::PageBreak, {}, {}, {} }; }

void PdfDocument::addTable(const QList<Column> &columns, const QList<QStringList> &rows)
{
    m_blocks << Block { Kind::Table, {}, columns, rows };
}

int PdfDocument::paint(QPagedPaintDevice &device) const
{
    device.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), m_orientation, QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter));
    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    // Twice: first to count the pages for "page 1 of N", then to paint them.
    const int pages = PdfLayout(*this, device, nullptr, 0).run();
    PdfLayout(*this, device, &painter, pages).run();
    painter.end();
    return pages;
}

void PdfDocument::writePdf(const QString &path) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(tr("A PDF needs the graphics platform; run with QT_QPA_PLATFORM=offscreen."));
    // It holds personal data: readable by its owner only, from the first byte (a USB stick's FAT
    // ignores this, which is why the footer says it too).
    PrivateSaveFile file(path);
    if (!file.open())
        throw Error(tr("Could not write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file.device());
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("Kvarter " KVARTER_VERSION));
        writer.setResolution(300);
        if (paint(writer) == 0) {
            file.cancel();
            throw Error(tr("Could not make the PDF %1.").arg(path));
        }
    }
    if (!file.commit())
        throw Error(tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace Kvarter
