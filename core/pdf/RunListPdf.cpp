// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "RunListPdf.h"

#include "common/Clock.h"
#include "common/DisplayTime.h"

#include <QLocale>

namespace Kvarter {

namespace {

QString timeCell(const RunListStop &stop)
{
    QString text =
        DisplayTime::timeRange(stop.start, stop.end()) + QLatin1Char('\n') + RunListPdf::tr("%1 min").arg(stop.minutes);
    if (stop.status != VisitStatus::Planned)
        text += QLatin1Char('\n') + VisitStatuses::displayName(stop.status);
    return text;
}

QString citizenCell(const RunListStop &stop)
{
    QStringList lines { stop.citizenName };
    if (!stop.address.isEmpty())
        lines << stop.address;
    const QString town = QStringList { stop.postcode, stop.city }.join(QLatin1Char(' ')).trimmed();
    if (!town.isEmpty())
        lines << town;
    return lines.join(QLatin1Char('\n'));
}

QString keyInformationCell(const RunListStop &stop)
{
    QStringList lines;
    if (!stop.primaryRelativeName.isEmpty()) {
        QString who = stop.primaryRelativeRelation.isEmpty()
            ? stop.primaryRelativeName
            : RunListPdf::tr("%1 (%2)").arg(stop.primaryRelativeName, stop.primaryRelativeRelation.toLower());
        lines << RunListPdf::tr("Primary contact: %1").arg(who);
        if (!stop.primaryRelativePhone.isEmpty())
            lines << RunListPdf::tr("Phone %1").arg(stop.primaryRelativePhone);
        if (!stop.primaryRelativeMayBeInformed)
            lines << RunListPdf::tr("Not to be informed without the citizen's consent");
    } else {
        lines << RunListPdf::tr("No primary contact recorded");
    }
    if (!stop.contactPersonName.isEmpty())
        lines << RunListPdf::tr("Contact person: %1").arg(stop.contactPersonName);
    return lines.join(QLatin1Char('\n'));
}

void addStops(PdfDocument &doc, const QList<RunListStop> &stops)
{
    QList<QStringList> rows;
    for (const RunListStop &stop : stops)
        rows << QStringList { timeCell(stop), citizenCell(stop), stop.phone.isEmpty() ? RunListPdf::tr("none") : stop.phone,
                              keyInformationCell(stop), stop.services.join(QLatin1Char('\n')) };
    doc.addTable({ { RunListPdf::tr("Time"), 10 },
                   { RunListPdf::tr("Citizen and address"), 25, true },
                   { RunListPdf::tr("Phone"), 10 },
                   { RunListPdf::tr("Key information"), 31 },
                   { RunListPdf::tr("Services"), 24 } },
                 rows);
}

QString personName(const QString &name, const QString &initials)
{
    return initials.isEmpty() ? name : RunListPdf::tr("%1 (%2)").arg(name, initials);
}

} // namespace

PdfDocument RunListPdf::document(const RunList &list, const QDateTime &printedAt)
{
    const QString day = QLocale().toString(list.day, QStringLiteral("dddd d. MMMM yyyy"));
    PdfDocument doc(tr("Run list, %1").arg(day));
    doc.setOrientation(QPageLayout::Landscape);
    const QString printed = tr("printed %1").arg(DisplayTime::dateTime(printedAt));
    if (list.employee) {
        doc.setSubtitle(QStringList { list.teamName, personName(list.employee->name, list.employee->initials), printed }.join(
            QStringLiteral(" · ")));
        if (list.stops.isEmpty())
            doc.addParagraph(tr("No visits on this day."));
        else
            addStops(doc, list.stops);
        return doc;
    }

    doc.setSubtitle(QStringList { list.teamName, tr("the whole team"), printed }.join(QStringLiteral(" · ")));
    // Grouped by person, in the order of each person's first visit; unassigned visits last.
    QStringList order;
    QHash<QString, QList<RunListStop>> byEmployee;
    for (const RunListStop &stop : list.stops) {
        if (!byEmployee.contains(stop.employeeId) && !stop.employeeId.isEmpty())
            order << stop.employeeId;
        byEmployee[stop.employeeId] << stop;
    }
    if (byEmployee.contains(QString()))
        order << QString();
    if (order.isEmpty())
        doc.addParagraph(tr("No visits on this day."));
    for (qsizetype i = 0; i < order.size(); ++i) {
        const QList<RunListStop> &stops = byEmployee.value(order.at(i));
        if (i > 0)
            doc.addPageBreak();
        const QString who =
            order.at(i).isEmpty() ? tr("Not assigned") : personName(stops.first().employeeName, stops.first().employeeInitials);
        doc.addHeading(tr("%1 — %n visit(s)", nullptr, int(stops.size())).arg(who));
        addStops(doc, stops);
    }
    return doc;
}

QString RunListPdf::suggestedFileName(const RunList &list)
{
    // ASCII only: the file may travel on a FAT-formatted USB stick to another system.
    QString who;
    for (const QChar c : list.employee ? list.employee->initials : QStringLiteral("team")) {
        const QChar lower = c.toLower();
        if (lower == u'æ')
            who += QLatin1String("ae");
        else if (lower == u'ø')
            who += QLatin1String("oe");
        else if (lower == u'å')
            who += QLatin1String("aa");
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            who += c;
    }
    return QStringLiteral("koereliste-%1-%2.pdf").arg(list.day.toString(Qt::ISODate), who.isEmpty() ? QStringLiteral("x") : who);
}

} // namespace Kvarter
