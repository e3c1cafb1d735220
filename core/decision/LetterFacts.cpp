// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "LetterFacts.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Kvarter {

QByteArray LetterFacts::toJson() const
{
    const QJsonObject o { { QStringLiteral("citizenName"), citizenName },
                          { QStringLiteral("address"), address },
                          { QStringLiteral("postcodeAndCity"), postcodeAndCity },
                          { QStringLiteral("teamName"), teamName },
                          { QStringLiteral("municipality"), municipality },
                          { QStringLiteral("responsibleName"), responsibleName },
                          { QStringLiteral("responsibleRole"), responsibleRole },
                          { QStringLiteral("visitatorName"), visitatorName },
                          { QStringLiteral("visitatorPhone"), visitatorPhone },
                          { QStringLiteral("serviceName"), serviceName },
                          { QStringLiteral("serviceGroupCode"), serviceGroupCode },
                          { QStringLiteral("serviceGroupName"), serviceGroupName },
                          { QStringLiteral("course"), course },
                          { QStringLiteral("nursing"), nursing } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

LetterFacts LetterFacts::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto s = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    LetterFacts f;
    f.citizenName = s("citizenName");
    f.address = s("address");
    f.postcodeAndCity = s("postcodeAndCity");
    f.teamName = s("teamName");
    f.municipality = s("municipality");
    f.responsibleName = s("responsibleName");
    f.responsibleRole = s("responsibleRole");
    f.visitatorName = s("visitatorName");
    f.visitatorPhone = s("visitatorPhone");
    f.serviceName = s("serviceName");
    f.serviceGroupCode = s("serviceGroupCode");
    f.serviceGroupName = s("serviceGroupName");
    f.course = o.value(QLatin1String("course")).toBool();
    f.nursing = o.value(QLatin1String("nursing")).toBool();
    return f;
}

} // namespace Kvarter
