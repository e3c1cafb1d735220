// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PdfLayout.h"

#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

namespace Kvarter {

namespace {

// DejaVu ships with Debian (fonts-dejavu-core) and covers æ, ø, å and the dashes alike; naming it
// keeps a PDF made on a server the same as one made on a laptop. No shaping: Danish needs none,
// and without it "fi" stays two letters, so a PDF's text can be searched and copied.
QFont font(qreal points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

constexpr qreal BodyPoints = 9;
constexpr qreal FooterMm = 12;
constexpr qreal PaddingMm = 1.3;
const QColor Grid(0x88, 0x88, 0x88);

} // namespace

PdfLayout::PdfLayout(const PdfDocument &document, QPagedPaintDevice &device, QPainter *painter, int pageCount)
    : m_document(document), m_device(device), m_painter(painter), m_pageCount(pageCount), m_mm(device.logicalDpiY() / 25.4),
      m_width(device.width())
{
}

qreal PdfLayout::bottom() const { return m_device.height() - FooterMm * m_mm; }

int PdfLayout::run()
{
    paragraph({ { m_document.title(), font(15, true) } }, 0);
    if (!m_document.subtitle().isEmpty())
        paragraph({ { m_document.subtitle(), font(BodyPoints), QColor(0x44, 0x44, 0x44) } }, 1 * m_mm);
    m_y += 2 * m_mm;
    for (const PdfDocument::Block &block : m_document.blocks()) {
        switch (block.kind) {
        case PdfDocument::Kind::PageBreak: m_pageBreakPending = true; break;
        case PdfDocument::Kind::Heading:
            if (m_pageBreakPending)
                newPage();
            paragraph({ { block.text, font(12, true) } }, 4 * m_mm);
            m_heading = block.text;
            break;
        case PdfDocument::Kind::Paragraph: {
            if (m_pageBreakPending)
                newPage();
            // Lines separated by '\n' stay lines (an address), as in a table cell.
            QList<Line> lines;
            for (const QString &line : block.text.split(QLatin1Char('\n')))
                lines << Line { line, font(BodyPoints) };
            paragraph(lines, 2 * m_mm);
            break;
        }
        case PdfDocument::Kind::Table:
            if (m_pageBreakPending)
                newPage();
            table(block);
            break;
        }
    }
    footer();
    return m_page;
}

void PdfLayout::newPage()
{
    footer();
    if (m_painter)
        m_device.newPage();
    ++m_page;
    m_y = 0;
    m_pageBreakPending = false;
}

qreal PdfLayout::text(const QList<Line> &lines, qreal width, const QPointF &origin, bool paint)
{
    qreal height = 0;
    QTextOption option;
    // At word boundaries, or inside a word too long for its column (a long e-mail address).
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const Line &line : lines) {
        QTextLayout layout(line.text, line.font, &m_device);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal y = 0;
        for (QTextLine l = layout.createLine(); l.isValid(); l = layout.createLine()) {
            l.setLineWidth(width);
            l.setPosition(QPointF(0, y));
            y += l.height();
        }
        layout.endLayout();
        if (paint && m_painter) {
            m_painter->setPen(line.colour);
            layout.draw(m_painter, origin + QPointF(0, height));
        }
        height += y;
    }
    return height;
}

void PdfLayout::paragraph(const QList<Line> &lines, qreal gapBefore)
{
    const qreal height = text(lines, m_width, {}, false);
    // A heading is kept with what follows it: it needs room for itself and a few lines more.
    const qreal needed = gapBefore + height + (lines.first().font.bold() ? 20 * m_mm : 0);
    if (m_y > 0 && m_y + needed > bottom())
        newPage();
    else if (m_y > 0)
        m_y += gapBefore;
    text(lines, m_width, QPointF(0, m_y), true);
    m_y += height;
}

qreal PdfLayout::tableRow(const QList<PdfDocument::Column> &columns, const QStringList &cells, bool header, bool banded,
                          bool paint)
{
    const qreal padding = PaddingMm * m_mm;
    QList<QList<Line>> content;
    qreal height = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        QList<Line> lines;
        const QStringList cellLines = cells.value(c).split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < cellLines.size(); ++i)
            lines << Line { cellLines.at(i), font(BodyPoints, header || (i == 0 && columns.at(c).emphasiseFirstLine)) };
        const qreal width = m_width * columns.at(c).percent / 100.0 - 2 * padding;
        height = std::max(height, text(lines, width, {}, false) + 2 * padding);
        content << lines;
    }
    if (!paint || !m_painter)
        return height;
    qreal x = 0;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        const qreal columnWidth = m_width * columns.at(c).percent / 100.0;
        const QRectF cell(x, m_y, columnWidth, height);
        if (header || banded)
            m_painter->fillRect(cell, header ? QColor(0xe2, 0xe2, 0xe2) : QColor(0xf3, 0xf3, 0xf3));
        m_painter->setPen(QPen(Grid, 0.25 * m_mm));
        m_painter->drawRect(cell);
        text(content.at(c), columnWidth - 2 * padding, cell.topLeft() + QPointF(padding, padding), true);
        x += columnWidth;
    }
    return height;
}

void PdfLayout::table(const PdfDocument::Block &block)
{
    QStringList headers;
    for (const PdfDocument::Column &column : block.columns)
        headers << column.header;
    const qreal headerHeight = tableRow(block.columns, headers, true, false, false);
    const qreal gap = 2 * m_mm;
    const qreal firstRow = block.rows.isEmpty() ? 0 : tableRow(block.columns, block.rows.first(), false, false, false);
    if (m_y > 0 && m_y + gap + headerHeight + firstRow > bottom())
        newPage();
    else if (m_y > 0)
        m_y += gap;
    m_y += tableRow(block.columns, headers, true, false, true);
    for (qsizetype r = 0; r < block.rows.size(); ++r) {
        const qreal height = tableRow(block.columns, block.rows.at(r), false, false, false);
        // A row is never split: it moves to the next page, under the header row again. (A row
        // taller than a page is the one exception: it is drawn and runs into the footer's space.)
        if (m_y + height > bottom() && m_y > headerHeight) {
            newPage();
            // Whose list this is, on every page of it: pages get handed out one by one.
            if (!m_heading.isEmpty())
                paragraph({ { PdfDocument::tr("%1 (continued)").arg(m_heading), font(11, true) } }, 0);
            m_y += tableRow(block.columns, headers, true, false, true);
        }
        m_y += tableRow(block.columns, block.rows.at(r), false, r % 2 == 1, true);
    }
}

void PdfLayout::footer()
{
    if (!m_painter)
        return;
    // The notice on its own line, then which document and which page, so a page found loose on a
    // desk is recognised for what it is.
    const qreal top = bottom() + 3 * m_mm;
    m_painter->setPen(QPen(Grid, 0.25 * m_mm));
    m_painter->drawLine(QPointF(0, top), QPointF(m_width, top));
    const qreal lineGap = 1.2 * m_mm;
    const qreal noticeHeight = text({ { m_document.footer(), font(8, true) } }, m_width, QPointF(0, top + lineGap), true);
    const QString pageText = PdfDocument::tr("Page %1 of %2").arg(m_page).arg(m_pageCount);
    const QFont small = font(8);
    m_painter->setFont(small);
    const QFontMetricsF metrics(small, &m_device);
    const qreal pageWidth = metrics.horizontalAdvance(pageText);
    const QString which =
        m_document.subtitle().isEmpty() ? m_document.title() : m_document.title() + QStringLiteral(" · ") + m_document.subtitle();
    const qreal secondTop = top + lineGap + noticeHeight + 0.5 * m_mm;
    text({ { metrics.elidedText(which, Qt::ElideRight, m_width - pageWidth - 8 * m_mm), small } }, m_width - pageWidth - 8 * m_mm,
         QPointF(0, secondTop), true);
    text({ { pageText, small } }, pageWidth + 1 * m_mm, QPointF(m_width - pageWidth, secondTop), true);
}

} // namespace Kvarter
