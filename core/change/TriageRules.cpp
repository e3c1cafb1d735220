// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TriageRules.h"

#include "common/Clock.h"

#include <algorithm>

namespace Kvarter {

QString BoardMeetingSchedule::daysKey() const
{
    QString key;
    for (int day = 1; day <= 7; ++day)
        if (days.contains(day))
            key += QString::number(day);
    return key;
}

QList<int> BoardMeetingSchedule::daysFromKey(const QString &key)
{
    QList<int> result;
    for (QChar c : key)
        if (c >= QLatin1Char('1') && c <= QLatin1Char('7') && !result.contains(c.digitValue()))
            result << c.digitValue();
    std::sort(result.begin(), result.end());
    return result;
}

QDateTime BoardMeetingSchedule::nextAfter(const QDateTime &moment) const
{
    if (days.isEmpty())
        return {};
    const QTimeZone zone = Clock::teamZone();
    const QDate start = moment.toTimeZone(zone).date();
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate day = start.addDays(offset);
        if (!days.contains(day.dayOfWeek()))
            continue;
        const QDateTime meeting(day, time(), zone);
        if (meeting > moment)
            return meeting;
    }
    return {};
}

QDateTime TriageRules::nurseVisitDue(const QDateTime &decidedAt)
{
    return decidedAt.toUTC().addSecs(qint64(NurseVisitHours) * 3600);
}

QDateTime TriageRules::actionInstructionsDue(const QDateTime &meetingAt)
{
    return meetingAt.toUTC().addSecs(qint64(ActionInstructionHours) * 3600);
}

QDateTime TriageRules::followUpDue(const QDateTime &last)
{
    const QTimeZone zone = Clock::teamZone();
    // Midnight after the next day: the day of `last` is covered by it, the next day needs its own.
    return QDateTime(last.toTimeZone(zone).date().addDays(2), QTime(0, 0), zone).toUTC();
}

qint64 TriageRules::overdueSecs(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return 0;
    return std::max<qint64>(0, due.secsTo(now));
}

QString TriageRules::duration(qint64 secs)
{
    const qint64 minutes = secs / 60;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return mins > 0 ? tr("%1 h %2 min").arg(hours).arg(mins) : tr("%1 h").arg(hours);
    return tr("%1 min").arg(mins);
}

QString TriageRules::countdown(const QDateTime &due, const QDateTime &now)
{
    if (!due.isValid())
        return {};
    const qint64 left = now.secsTo(due);
    if (left >= 0)
        return tr("in %1").arg(duration(left));
    return tr("%1 overdue").arg(duration(-left));
}

} // namespace Kvarter
