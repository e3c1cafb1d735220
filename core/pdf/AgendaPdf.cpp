// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AgendaPdf.h"

#include "citizen/Cpr.h"
#include "common/DisplayTime.h"

namespace Kvarter {

PdfDocument AgendaPdf::document(const Agenda &agenda)
{
    PdfDocument doc(tr("Team meeting — %1").arg(agenda.teamName));
    doc.setOrientation(QPageLayout::Landscape);
    doc.setSubtitle(
        tr("Agenda for %1 · printed %2").arg(DisplayTime::longDate(agenda.date), DisplayTime::dateTime(agenda.builtAt)));
    doc.addParagraph(tr("Red: %1 · Yellow: %2 · New changes: %3 · Escalations: %4 · Continuity fell: %5")
                         .arg(agenda.count(AgendaReason::Red))
                         .arg(agenda.count(AgendaReason::Yellow))
                         .arg(agenda.count(AgendaReason::NewChange))
                         .arg(agenda.count(AgendaReason::Escalation))
                         .arg(agenda.count(AgendaReason::ContinuityFell)));
    if (agenda.items.isEmpty()) {
        doc.addParagraph(tr("Nothing on the agenda: no citizen is yellow or red, no new changes, no open escalations, "
                            "and no citizen's continuity fell."));
        return doc;
    }
    const QList<PdfDocument::Column> columns { { tr("Citizen"), 20, true },
                                               { tr("Why on the agenda"), 45 },
                                               { tr("Decision, who does what by when"), 35 } };
    QList<QStringList> rows;
    for (const AgendaItem &item : agenda.items) {
        QStringList why;
        for (const AgendaReasonLine &line : item.reasons)
            why << AgendaReasons::name(line.reason) + QStringLiteral(": ") + line.why;
        rows << QStringList { item.citizenName + QLatin1Char('\n') + tr("CPR %1").arg(Cpr::formatted(item.cpr)),
                              why.join(QLatin1Char('\n')), QString() };
    }
    doc.addTable(columns, rows);
    return doc;
}

} // namespace Kvarter
