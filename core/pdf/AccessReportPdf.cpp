// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AccessReportPdf.h"

#include "citizen/Cpr.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"

#include <QLocale>

namespace Kvarter {

PdfDocument AccessReportPdf::document(const Citizen &citizen, const QList<AccessEntry> &entries, const QDate &from,
                                      const QDate &to, const QDateTime &printedAt)
{
    const QLocale locale;
    PdfDocument doc(tr("Who has opened the record of %1").arg(citizen.name));
    const QString printed = tr("printed %1").arg(DisplayTime::dateTime(printedAt));
    doc.setSubtitle(QStringList { tr("CPR %1").arg(Cpr::formatted(citizen.cpr)), printed }.join(QStringLiteral(" · ")));

    QDate first = from, last = to;
    if (!entries.isEmpty()) {
        if (!first.isValid())
            first = entries.last().openedAt.date();
        if (!last.isValid())
            last = entries.first().openedAt.date();
    }
    const auto day = [&](const QDate &d) { return locale.toString(d, QStringLiteral("d. MMMM yyyy")); };
    QStringList about { QStringList { citizen.name, citizen.address,
                                      QStringList { citizen.postcode, citizen.city }.join(QLatin1Char(' ')).trimmed() }
                            .join(QStringLiteral(", ")) };
    if (first.isValid() && last.isValid())
        about << tr("Period: %1 – %2").arg(day(first), day(last));
    else if (first.isValid() || last.isValid())
        about << (first.isValid() ? tr("Period: from %1").arg(day(first)) : tr("Period: until %1").arg(day(last)));
    about << tr("%n opening(s) of the record in Kvarter, newest first: who, when, which part, and why they could open it.",
                nullptr, int(entries.size()));
    doc.addParagraph(about.join(QLatin1Char('\n')));

    if (entries.isEmpty()) {
        doc.addParagraph(tr("Nobody has opened the record in this period."));
        return doc;
    }
    QList<QStringList> rows;
    for (const AccessEntry &e : entries) {
        QString context = e.contextName();
        if (!e.grantReason.isEmpty())
            context += QLatin1Char('\n') + tr("Reason: %1").arg(e.grantReason);
        const QString who = e.employeeName.isEmpty() ? e.employeeId : e.employeeName;
        rows << QStringList { QString(DisplayTime::date(e.openedAt.toTimeZone(Clock::teamZone()).date()) + QLatin1Char('\n')
                                      + DisplayTime::time(e.openedAt.toTimeZone(Clock::teamZone()).time())),
                              e.roleName().isEmpty() ? who : who + QLatin1Char('\n') + e.roleName(), e.partName(), context };
    }
    doc.addTable({ { tr("When"), 16 }, { tr("Employee"), 30, true }, { tr("What was opened"), 22 }, { tr("Why"), 32 } }, rows);
    return doc;
}

QString AccessReportPdf::suggestedFileName(const Citizen &citizen, const QDate &printedOn)
{
    // The birth date part of the CPR number only, and ASCII: the file may be sent to the citizen.
    return QStringLiteral("adgangslog-%1-%2.pdf").arg(Cpr::digits(citizen.cpr).left(6), printedOn.toString(Qt::ISODate));
}

} // namespace Kvarter
