// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDateTime>
#include <QString>

namespace Kvarter {

/// One way to write days and times for people, everywhere in the desktop and the PDFs: in Danish
/// "2. dec. 2026", "08.35" and "2. dec. 2026 kl. 08.35"; in English "2 Dec 2026", "08:35" and
/// "2 Dec 2026, 08:35". Scripts get ISO 8601 from the CLI instead.
class DisplayTime final
{
public:
    static QString date(const QDate &day);
    /// Without the year, where the year is plain from the context (a week, a period's start).
    static QString dayAndMonth(const QDate &day);
    /// With the weekday: "ons. 2. dec. 2026".
    static QString weekdayDate(const QDate &day);
    /// A page's title: "onsdag 2. december 2026".
    static QString longDate(const QDate &day);
    static QString time(const QTime &time);
    /// `moment` in the team's time zone.
    static QString dateTime(const QDateTime &moment);
    /// Without the year, for deadlines days apart: "3. dec. kl. 12.30".
    static QString dayMonthTime(const QDateTime &moment);
    static QString timeRange(const QDateTime &start, const QDateTime &end);

private:
    static bool danish();
};

} // namespace Kvarter
