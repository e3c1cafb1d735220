// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DisplayTime.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace Kvarter {

bool DisplayTime::danish() { return QLocale().language() == QLocale::Danish; }

QString DisplayTime::date(const QDate &day)
{
    return QLocale().toString(day, danish() ? QStringLiteral("d. MMM yyyy") : QStringLiteral("d MMM yyyy"));
}

QString DisplayTime::dayAndMonth(const QDate &day)
{
    return QLocale().toString(day, danish() ? QStringLiteral("d. MMM") : QStringLiteral("d MMM"));
}

QString DisplayTime::weekdayDate(const QDate &day)
{
    return QLocale().toString(day, danish() ? QStringLiteral("ddd d. MMM yyyy") : QStringLiteral("ddd d MMM yyyy"));
}

QString DisplayTime::longDate(const QDate &day)
{
    return QLocale().toString(day, danish() ? QStringLiteral("dddd d. MMMM yyyy") : QStringLiteral("dddd d MMMM yyyy"));
}

QString DisplayTime::time(const QTime &time)
{
    // Danish writes the hour and minutes with a full stop (Retskrivningsordbogen): 08.35.
    return time.toString(danish() ? QStringLiteral("HH.mm") : QStringLiteral("HH:mm"));
}

QString DisplayTime::dateTime(const QDateTime &moment)
{
    const QDateTime local = moment.toTimeZone(Clock::teamZone());
    return danish() ? QStringLiteral("%1 kl. %2").arg(date(local.date()), time(local.time()))
                    : QStringLiteral("%1, %2").arg(date(local.date()), time(local.time()));
}

QString DisplayTime::dayMonthTime(const QDateTime &moment)
{
    const QDateTime local = moment.toTimeZone(Clock::teamZone());
    return danish() ? QStringLiteral("%1 kl. %2").arg(dayAndMonth(local.date()), time(local.time()))
                    : QStringLiteral("%1, %2").arg(dayAndMonth(local.date()), time(local.time()));
}

QString DisplayTime::timeRange(const QDateTime &start, const QDateTime &end)
{
    return time(start.toTimeZone(Clock::teamZone()).time()) + QStringLiteral("–")
        + time(end.toTimeZone(Clock::teamZone()).time());
}

} // namespace Kvarter
