// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DemoAssessments.h"

#include "assessment/Assessment.h"
#include "assessment/FsiiiTerms.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace Kvarter {

namespace {

const QStringList Wishes { QStringLiteral("Vil gerne klare morgenen selv igen."),
                           QStringLiteral("Ønsker at kunne gå til købmanden med rollator."),
                           QStringLiteral("Vil blive boende hjemme så længe som muligt."),
                           QStringLiteral("Ønsker hjælp til bad, men vil selv klæde sig på."),
                           QStringLiteral("Vil gerne i dagcenter to gange om ugen."),
                           QStringLiteral("Ønsker færre forskellige hjælpere."),
                           QStringLiteral("Vil gerne selv lave morgenmad.") };
const QStringList Overall { QStringLiteral("Borgeren er motiveret for træning; hverdagsrehabilitering anbefales."),
                            QStringLiteral("Stabil funktion. Hjælpen fortsætter uændret."),
                            QStringLiteral("Faldende funktion efter indlæggelse; tæt opfølgning i teamet."),
                            QStringLiteral("Pårørende hjælper med indkøb; praktisk hjælp kan mindskes."),
                            QStringLiteral("Let kognitiv svækkelse; faste hjælpere og faste tider.") };
const QStringList Notes { QStringLiteral("Bruger badebænk."), QStringLiteral("Har brug for guidning."),
                          QStringLiteral("Træt om eftermiddagen."), QStringLiteral("Bruger rollator indendørs."),
                          QStringLiteral("Svinger fra dag til dag.") };

// The numbered conditions (J1.1 …, I4.4 …): the ones a demo reader recognises.
QList<QString> numbered(const FsiiiArea &area)
{
    static const QRegularExpression number(QStringLiteral("^[A-Z]\\d+\\.\\d+$"));
    QList<QString> codes;
    for (const FsiiiConcept &c : area.conditions)
        for (const QString &legacy : c.legacyCodes)
            if (number.match(legacy).hasMatch()) {
                codes << c.code;
                break;
            }
    return codes;
}

QString performanceFor(const FsiiiTerms &terms, int level)
{
    const char *legacy = level == 9 ? "C4" : level == 0 ? "C1" : level <= 2 ? "C2" : "C3";
    return terms.performance().resolve(QLatin1String(legacy));
}

} // namespace

struct DemoAssessments::Made
{
    QHash<QString, int> levels; // home-care condition → level
    QStringList order;
};

DemoAssessments::DemoAssessments(Store &store, const FsiiiTerms &terms, quint32 seed, QDate today, QString tag)
    : m_store(store), m_terms(terms), m_random(seed ^ 0x46534933u), m_today(today), m_tag(std::move(tag))
{
}

int DemoAssessments::make(const QStringList &citizens, const QStringList &assessors)
{
    if (assessors.isEmpty() || m_terms.homeCareAreas().isEmpty())
        return 0;
    int made = 0;
    for (const QString &citizen : citizens) {
        if (m_random.bounded(100) >= 80) // not everyone has been assessed in Kvarter yet
            continue;
        const int frailty = int(m_random.bounded(4)); // 0 fairly able … 3 much help
        const QString author = assessors.at(qsizetype(m_random.bounded(quint32(assessors.size()))));
        const QDate first = m_today.addDays(-120 - int(m_random.bounded(600)));
        const QDateTime firstAt(first, QTime(9 + int(m_random.bounded(6)), 5 * int(m_random.bounded(12))), Clock::teamZone());
        const Made earlier = assess(citizen, author, firstAt, frailty, nullptr);
        ++made;
        if (m_random.bounded(100) < 60) {
            const QDateTime secondAt = firstAt.addDays(60 + int(m_random.bounded(60)));
            const QString second = assessors.at(qsizetype(m_random.bounded(quint32(assessors.size()))));
            assess(citizen, second, secondAt, frailty, &earlier);
            ++made;
        }
    }
    return made;
}

DemoAssessments::Made DemoAssessments::assess(const QString &citizenId, const QString &author, const QDateTime &at, int frailty,
                                              const Made *earlier)
{
    const QString id = Id::fromName(citizenId + QStringLiteral("/assessment/") + m_tag + at.toString(Qt::ISODate));
    Made made;
    // A later assessment looks at the same conditions again; a step better after rehabilitation
    // more often than a step worse.
    const int trend = earlier ? (m_random.bounded(100) < 55 ? -1 : m_random.bounded(100) < 60 ? 0 : 1) : 0;
    if (earlier) {
        for (const QString &code : earlier->order) {
            const int before = earlier->levels.value(code);
            made.levels.insert(code, before == 9 ? 9 : std::clamp(before + (m_random.bounded(100) < 70 ? trend : 0), 0, 4));
            made.order << code;
        }
    } else {
        // Egenomsorg, Praktiske opgaver, Mobilitet and sometimes Mentale funktioner; Samfundsliv
        // is being phased out and left alone.
        const QList<int> areaCounts { 3 + int(m_random.bounded(3)), 2 + int(m_random.bounded(2)), 1 + int(m_random.bounded(3)),
                                      int(m_random.bounded(3)) };
        for (qsizetype a = 0; a < areaCounts.size() && a < m_terms.homeCareAreas().size(); ++a) {
            QList<QString> pool = numbered(m_terms.homeCareAreas().at(a));
            for (int n = 0; n < areaCounts.at(a) && !pool.isEmpty(); ++n) {
                const QString code = pool.takeAt(qsizetype(m_random.bounded(quint32(pool.size()))));
                const int level =
                    m_random.bounded(100) < 4 ? 9 : std::clamp(frailty + int(m_random.bounded(3)) - 1 + (a == 1 ? 1 : 0), 0, 4);
                made.levels.insert(code, level);
                made.order << code;
            }
        }
    }

    m_store.insert(
        "assessment", id,
        { { "citizen_id", citizenId },
          { "author_id", author },
          { "made_at", at.toSecsSinceEpoch() },
          { "assessed_at", at.toSecsSinceEpoch() },
          { "wishes", m_random.bounded(100) < 70 ? Wishes.at(qsizetype(m_random.bounded(quint32(Wishes.size())))) : QString() },
          { "overall", Overall.at(qsizetype(m_random.bounded(quint32(Overall.size())))) },
          { "supersedes_id", QVariant() } });
    int n = 0;
    for (const QString &code : made.order) {
        const int level = made.levels.value(code);
        QVariant goalLevel, goalType;
        if (level >= 2 && level <= 4 && m_random.bounded(100) < 50)
            goalLevel = level - 1;
        else
            goalType = m_terms.goalTypes().resolve(QStringLiteral("Tilstand forbliver uændret"));
        m_store.insert(
            "assessment_condition", Id::fromName(id + QStringLiteral("/condition/%1").arg(n++)),
            { { "assessment_id", id },
              { "code", code },
              { "level", level },
              { "nursing", QVariant() },
              { "performance", performanceFor(m_terms, level) },
              { "meaning", m_terms.meaning().resolve(QLatin1String(level >= 2 && level <= 4 ? "D2" : "D1")) },
              { "goal_level", goalLevel },
              { "goal_type", goalType },
              { "note",
                m_random.bounded(100) < 20 ? Notes.at(qsizetype(m_random.bounded(quint32(Notes.size())))) : QString() } });
    }
    // Nursing conditions for some: a wound, pain, nutrition…
    if (!earlier && m_random.bounded(100) < 40 && !m_terms.nursingAreas().isEmpty()) {
        const int count = 1 + int(m_random.bounded(2));
        QStringList used;
        for (int i = 0; i < count; ++i) {
            const FsiiiArea &area =
                m_terms.nursingAreas().at(qsizetype(m_random.bounded(quint32(m_terms.nursingAreas().size()))));
            const QList<QString> pool = numbered(area);
            if (pool.isEmpty())
                continue;
            const QString code = pool.at(qsizetype(m_random.bounded(quint32(pool.size()))));
            if (used.contains(code))
                continue;
            used << code;
            m_store.insert(
                "assessment_condition", Id::fromName(id + QStringLiteral("/condition/%1").arg(n++)),
                { { "assessment_id", id },
                  { "code", code },
                  { "level", QVariant() },
                  { "nursing", nursingKey(m_random.bounded(100) < 60 ? NursingState::Problem : NursingState::Potential) },
                  { "performance", QVariant() },
                  { "meaning", QVariant() },
                  { "goal_level", QVariant() },
                  { "goal_type", m_terms.goalTypes().resolve(QStringLiteral("Tilstand mindskes")) },
                  { "note", QString() } });
        }
    }
    // The second assessment follows up on what the first set out to do.
    if (earlier) {
        const QString outcomes[] = { QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E1"), QStringLiteral("E3") };
        for (int i = 0; i < 2 && i < earlier->order.size(); ++i)
            m_store.insert("assessment_followup", Id::fromName(id + QStringLiteral("/followup/%1").arg(i)),
                           { { "assessment_id", id },
                             { "condition_code", earlier->order.at(i) },
                             { "grant_id", QVariant() },
                             { "outcome", m_terms.followUpOutcomes().resolve(outcomes[m_random.bounded(4)]) },
                             { "note", QString() } });
    }
    return made;
}

} // namespace Kvarter
