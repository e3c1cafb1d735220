// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace Kvarter {

class Store;

/// Early detection for the demo: over the period, each citizen now and then has a change in need
/// that the visiting staff report (realistic Danish notes), triaged yellow (most) or red, with the
/// follow-up task done on time or late, daily follow-ups, and a nurse or SOSU assistant setting the
/// citizen back to green. A few citizens are yellow or red now, with open (some overdue) tasks, so
/// the board has something to show. Deterministic from the seed with its own random sequence, and
/// written with historical times, as the notes and assessments are.
class DemoChanges final
{
public:
    struct Made
    {
        int reports = 0;
        int decisions = 0;
        int tasks = 0;
    };

    DemoChanges(Store &store, quint32 seed, QDateTime now);
    /// Episodes for the citizens of `teamId` from `first` until now, about one each `meanDays` days.
    Made make(const QString &teamId, const QDate &first, int meanDays);

private:
    struct Staff
    {
        QStringList visiting; // helpers, assistants, nurses
        QStringList clinical; // nurses and assistants: may lower red
        QStringList nurses;
    };
    void episode(const QString &teamId, const QString &citizen, const QString &contact, const Staff &staff,
                 const QDateTime &start, bool stillOpen, const QString &key, Made &made);
    QString report(const QString &teamId, const QString &citizen, const QString &by, const QDateTime &at, const char *colour,
                   const QString &key);
    QString decide(const QString &teamId, const QString &citizen, const QString &by, const QDateTime &at, const char *colour,
                   const char *previous, const QString &reason, const QString &reportId, const QString &key, Made &made);
    const QString &pick(const QStringList &list);

    Store &m_store;
    QRandomGenerator m_random;
    QDateTime m_now;
};

} // namespace Kvarter
