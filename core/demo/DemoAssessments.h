// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

namespace Kvarter {

class FsiiiTerms;
class Store;

/// Plausible FSIII assessments for the demo: most citizens get one, many a second one some months
/// later whose levels moved a step (rehabilitation or decline) and which follows up on the first.
/// Deterministic from the seed, with its own random sequence so the rest of the demo (visits,
/// notes) stays exactly as it was. Written with their historical times, as the notes are.
class DemoAssessments final
{
public:
    /// `tag` tells apart rounds made for the same citizens (the bench adds several to one file).
    DemoAssessments(Store &store, const FsiiiTerms &terms, quint32 seed, QDate today, QString tag = {});

    /// Assessments of `citizens` by `assessors` (nurses, assistants, therapists); returns how many.
    int make(const QStringList &citizens, const QStringList &assessors);

private:
    struct Made;
    Made assess(const QString &citizenId, const QString &author, const QDateTime &at, int frailty, const Made *earlier);

    Store &m_store;
    const FsiiiTerms &m_terms;
    QRandomGenerator m_random;
    QDate m_today;
    QString m_tag;
};

} // namespace Kvarter
