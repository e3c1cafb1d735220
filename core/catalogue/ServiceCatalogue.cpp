// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ServiceCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kvarter {

namespace {

// The FSIII top-level groups holding services: care (H) and nursing (G). The file also repeats
// each group under a UUID code; the lettered ones are the ones with the paragraph structure.
constexpr auto CareGroup = "H";
constexpr auto NursingGroup = "G";
constexpr auto HolisticGroup = "Aeldrelovsindsats";

void collectLeaves(const QJsonArray &concepts, const QString &groupCode, const QString &groupName, bool nursing,
                   QList<Service> &out)
{
    for (const QJsonValue &value : concepts) {
        const QJsonObject node = value.toObject();
        const QString code = node.value(QLatin1String("code")).toString();
        const QString display = node.value(QLatin1String("display")).toString();
        const QJsonArray children = node.value(QLatin1String("concept")).toArray();
        if (children.isEmpty()) {
            out << Service { code, display, groupCode, groupName, groupCode == QLatin1String(HolisticGroup), nursing };
        } else {
            collectLeaves(children, code, display, nursing, out);
        }
    }
}

} // namespace

const ServiceCatalogue &ServiceCatalogue::standard()
{
    static const ServiceCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/kvarter/fsiii-codesystem.json"));
        return file.open(QIODevice::ReadOnly) ? fromJson(file.readAll()) : ServiceCatalogue();
    }();
    return catalogue;
}

ServiceCatalogue ServiceCatalogue::fromJson(const QByteArray &json)
{
    ServiceCatalogue catalogue;
    const QJsonArray top = QJsonDocument::fromJson(json).object().value(QLatin1String("concept")).toArray();
    for (const QJsonValue &value : top) {
        const QJsonObject group = value.toObject();
        const QString code = group.value(QLatin1String("code")).toString();
        if (code != QLatin1String(CareGroup) && code != QLatin1String(NursingGroup))
            continue;
        collectLeaves(group.value(QLatin1String("concept")).toArray(), code, group.value(QLatin1String("display")).toString(),
                      code == QLatin1String(NursingGroup), catalogue.m_services);
    }
    for (qsizetype i = 0; i < catalogue.m_services.size(); ++i)
        catalogue.m_index.insert(catalogue.m_services[i].code, i);
    return catalogue;
}

const Service *ServiceCatalogue::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.cend() ? nullptr : &m_services[*it];
}

QString ServiceCatalogue::nameOf(const QString &code) const
{
    const Service *service = find(code);
    return service ? service->name : code;
}

const Service *ServiceCatalogue::findServiceOrGroup(const QString &code) const
{
    if (const Service *service = find(code))
        return service;
    for (const Service &s : m_services)
        if (s.groupCode == code)
            return &s;
    return nullptr;
}

QString ServiceCatalogue::nameOfServiceOrGroup(const QString &code) const
{
    if (const Service *service = find(code))
        return service->name;
    const Service *member = findServiceOrGroup(code);
    return member ? member->groupName : code;
}

} // namespace Kvarter
