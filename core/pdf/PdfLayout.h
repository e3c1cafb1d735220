// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "PdfDocument.h"

#include <QColor>
#include <QFont>

class QPainter;
class QPaintDevice;

namespace Kvarter {

/// Puts a PdfDocument on pages: wraps text with QTextLayout, moves a table row that does not fit
/// to the next page with the header row repeated, and draws the footer. Run once without a
/// painter to count the pages, then with one to paint them; both runs break pages identically.
/// QPainter and QTextLayout, not QTextDocument: paginating a QTextDocument table took seconds
/// for a team's run list, this takes milliseconds.
class PdfLayout final
{
public:
    PdfLayout(const PdfDocument &document, QPagedPaintDevice &device, QPainter *painter, int pageCount);
    /// Returns the number of pages used.
    int run();

private:
    struct Line
    {
        QString text;
        QFont font;
        QColor colour = Qt::black;
    };
    void paragraph(const QList<Line> &lines, qreal gapBefore);
    void table(const PdfDocument::Block &block);
    qreal tableRow(const QList<PdfDocument::Column> &columns, const QStringList &cells, bool header, bool banded, bool paint);
    /// Height of `lines` wrapped in `width`; paints them at `origin` when asked.
    qreal text(const QList<Line> &lines, qreal width, const QPointF &origin, bool paint);
    void newPage();
    void footer();
    qreal bottom() const;

    const PdfDocument &m_document;
    QPagedPaintDevice &m_device;
    QPainter *m_painter = nullptr;
    int m_pageCount = 0;
    qreal m_mm = 1;
    qreal m_width = 0;
    qreal m_y = 0;
    int m_page = 1;
    bool m_pageBreakPending = false;
    QString m_heading; // the last heading, repeated where its table runs onto a new page
};

} // namespace Kvarter
