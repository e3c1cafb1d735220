// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AssessmentJson.h"

#include "FsiiiTerms.h"

#include <QJsonArray>

namespace Kvarter::AssessmentJson {

namespace {

std::optional<int> optionalInt(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

QString time(const QDateTime &at) { return at.isValid() ? at.toString(Qt::ISODate) : QString(); }

} // namespace

QJsonObject toJson(const Assessment &a, const FsiiiTerms *terms)
{
    QJsonArray conditions;
    for (const AssessedCondition &c : a.conditions) {
        QJsonObject o { { QStringLiteral("code"), c.code } };
        if (terms)
            o.insert(QStringLiteral("display"), terms->displayOf(c.code));
        if (c.level) {
            o.insert(QStringLiteral("level"), *c.level);
            if (terms)
                o.insert(QStringLiteral("levelName"), FsiiiTerms::levelName(*c.level));
        }
        if (c.nursing != NursingState::None)
            o.insert(QStringLiteral("nursing"), nursingKey(c.nursing));
        const auto code = [&](const char *key, const QString &value) {
            if (value.isEmpty())
                return;
            o.insert(QLatin1String(key), value);
            if (terms)
                o.insert(QLatin1String(key) + QStringLiteral("Display"), terms->displayOf(value));
        };
        code("performance", c.performance);
        code("meaning", c.meaning);
        if (c.goalLevel)
            o.insert(QStringLiteral("goalLevel"), *c.goalLevel);
        code("goalType", c.goalType);
        if (!c.note.isEmpty())
            o.insert(QStringLiteral("note"), c.note);
        conditions << o;
    }
    QJsonArray followUps;
    for (const FollowUp &f : a.followUps) {
        QJsonObject o { { QStringLiteral("outcome"), f.outcome } };
        if (terms)
            o.insert(QStringLiteral("outcomeDisplay"), terms->displayOf(f.outcome));
        if (!f.conditionCode.isEmpty())
            o.insert(QStringLiteral("condition"), f.conditionCode);
        if (!f.grantId.isEmpty())
            o.insert(QStringLiteral("grant"), f.grantId);
        if (!f.note.isEmpty())
            o.insert(QStringLiteral("note"), f.note);
        followUps << o;
    }
    QJsonObject o { { QStringLiteral("citizen"), a.citizenId },
                    { QStringLiteral("wishes"), a.wishes },
                    { QStringLiteral("overall"), a.overall },
                    { QStringLiteral("conditions"), conditions },
                    { QStringLiteral("followUps"), followUps } };
    const auto optional = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    optional("id", a.id);
    optional("author", a.authorId);
    optional("authorName", a.authorName);
    optional("madeAt", time(a.madeAt));
    optional("assessedAt", time(a.assessedAt));
    optional("supersedes", a.supersedesId);
    optional("supersededBy", a.supersededById);
    if (!a.id.isEmpty())
        o.insert(QStringLiteral("superseded"), a.superseded());
    return o;
}

Assessment fromJson(const QJsonObject &o)
{
    Assessment a;
    a.id = o.value(QLatin1String("id")).toString();
    a.citizenId = o.value(QLatin1String("citizen")).toString();
    a.authorId = o.value(QLatin1String("author")).toString();
    a.wishes = o.value(QLatin1String("wishes")).toString();
    a.overall = o.value(QLatin1String("overall")).toString();
    a.supersedesId = o.value(QLatin1String("supersedes")).toString();
    a.madeAt = QDateTime::fromString(o.value(QLatin1String("madeAt")).toString(), Qt::ISODate);
    a.assessedAt = QDateTime::fromString(o.value(QLatin1String("assessedAt")).toString(), Qt::ISODate);
    for (const QJsonValue &value : o.value(QLatin1String("conditions")).toArray()) {
        const QJsonObject c = value.toObject();
        a.conditions << AssessedCondition { c.value(QLatin1String("code")).toString(),
                                            optionalInt(c.value(QLatin1String("level"))),
                                            nursingStateFromKey(c.value(QLatin1String("nursing")).toString()),
                                            c.value(QLatin1String("performance")).toString(),
                                            c.value(QLatin1String("meaning")).toString(),
                                            optionalInt(c.value(QLatin1String("goalLevel"))),
                                            c.value(QLatin1String("goalType")).toString(),
                                            c.value(QLatin1String("note")).toString() };
    }
    for (const QJsonValue &value : o.value(QLatin1String("followUps")).toArray()) {
        const QJsonObject f = value.toObject();
        a.followUps << FollowUp { f.value(QLatin1String("condition")).toString(), f.value(QLatin1String("grant")).toString(),
                                  f.value(QLatin1String("outcome")).toString(), f.value(QLatin1String("note")).toString() };
    }
    return a;
}

QJsonObject areaHistory(const AreaHistory &h)
{
    QJsonArray conditions;
    for (const ConditionHistory &c : h.conditions) {
        QJsonArray points;
        for (const ConditionPoint &p : c.points) {
            QJsonObject o { { QStringLiteral("assessedAt"), time(p.assessedAt) },
                            { QStringLiteral("assessment"), p.assessmentId } };
            if (p.level)
                o.insert(QStringLiteral("level"), *p.level);
            if (p.nursing != NursingState::None)
                o.insert(QStringLiteral("nursing"), nursingKey(p.nursing));
            points << o;
        }
        conditions << QJsonObject { { QStringLiteral("code"), c.code },
                                    { QStringLiteral("display"), c.display },
                                    { QStringLiteral("points"), points } };
    }
    return { { QStringLiteral("area"), h.areaCode },
             { QStringLiteral("display"), h.areaDisplay },
             { QStringLiteral("conditions"), conditions } };
}

} // namespace Kvarter::AssessmentJson
