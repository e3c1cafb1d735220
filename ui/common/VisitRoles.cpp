// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "VisitRoles.h"

#include "catalogue/ServiceCatalogue.h"
#include "common/DisplayTime.h"

namespace Kvarter::VisitRoles {

QColor statusColor(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned: return QColor(0x2f, 0x6f, 0xb5);
    case VisitStatus::Done: return QColor(0x2e, 0x8b, 0x57);
    case VisitStatus::NotHome: return QColor(0xc7, 0x7c, 0x02);
    case VisitStatus::Cancelled: return QColor(0x8a, 0x8a, 0x8a);
    }
    return Qt::gray;
}

QVariant data(const Visit &v, int role)
{
    switch (role) {
    case VisitRoles::Id: return v.id;
    case VisitRoles::CitizenId: return v.citizenId;
    case VisitRoles::EmployeeId: return v.employeeId;
    case VisitRoles::Start: return v.start;
    case VisitRoles::Minutes: return v.minutes;
    case VisitRoles::Status: return int(v.status);
    case VisitRoles::CitizenName: return v.citizenName;
    case VisitRoles::Address: return v.citizenAddress;
    case VisitRoles::Services: return VisitRoles::serviceNames(v.services);
    case VisitRoles::EmployeeName: return v.employeeName;
    default: return {};
    }
}

QString timeRange(const Visit &visit) { return DisplayTime::timeRange(visit.start, visit.end()); }

QString serviceNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        names << ServiceCatalogue::standard().nameOf(code);
    return names.join(QStringLiteral(", "));
}

} // namespace Kvarter::VisitRoles
