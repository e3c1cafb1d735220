// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPageLayout>
#include <QStringList>

class QPagedPaintDevice;

namespace Kvarter {

/// A printable A4 document: a title, short paragraphs, headings and tables whose columns wrap
/// long text, with a footer on every page that says the paper holds personal data, and page
/// numbers. The same document goes to a PDF file (QPdfWriter) or a printer (any
/// QPagedPaintDevice), so what is saved is what is printed. QtGui only, never QtWidgets: the CLI
/// makes these without a desktop. Needs a QGuiApplication (the offscreen platform will do).
class PdfDocument final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::PdfDocument)

public:
    struct Column
    {
        QString header;
        int percent = 10;                // share of the page width
        bool emphasiseFirstLine = false; // first line of each cell bold (a name above its details)
    };
    enum class Kind {
        Heading,
        Paragraph,
        Table,
        PageBreak
    };
    struct Block
    {
        Kind kind = Kind::Paragraph;
        QString text;
        QList<Column> columns;
        QList<QStringList> rows; // a cell's (and a paragraph's) lines are separated by '\n'
    };

    explicit PdfDocument(QString title);

    /// "Contains personal data …": the default footer, since every document Kvarter prints does.
    static QString personalDataNotice();

    void setOrientation(QPageLayout::Orientation orientation) { m_orientation = orientation; }
    void setFooter(const QString &text) { m_footer = text; }
    /// A line under the title, repeated beside the page number (which team, who, when).
    void setSubtitle(const QString &text) { m_subtitle = text; }
    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    /// The header row repeats on every page the table runs onto; a row is never split.
    void addTable(const QList<Column> &columns, const QList<QStringList> &rows);
    /// The next heading, paragraph or table starts on a new page.
    void addPageBreak();

    /// Lays the document out on `device` (A4, this orientation) and paints every page.
    /// Returns the number of pages; 0 when the device cannot be painted on.
    int paint(QPagedPaintDevice &device) const;
    /// Writes the PDF to `path` atomically, readable by the owner only. Throws Error.
    void writePdf(const QString &path) const;

    const QString &title() const { return m_title; }
    const QString &subtitle() const { return m_subtitle; }
    const QString &footer() const { return m_footer; }
    QPageLayout::Orientation orientation() const { return m_orientation; }
    const QList<Block> &blocks() const { return m_blocks; }

private:
    QString m_title;
    QString m_subtitle;
    QString m_footer = personalDataNotice();
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    QList<Block> m_blocks;
};

} // namespace Kvarter
