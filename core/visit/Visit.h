// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <optional>

namespace Kvarter {

enum class VisitStatus {
    Planned,
    Done,
    NotHome,
    Cancelled
};

/// Keys and Danish names of visit statuses.
class VisitStatuses final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::VisitStatuses)

public:
    static QString key(VisitStatus status);
    static std::optional<VisitStatus> fromKey(const QString &key);
    static QString displayName(VisitStatus status);
};

/// A planned home visit. `employeeId` is empty while the visit is not assigned to anyone.
struct Visit
{
    QString id;
    QString citizenId;
    QString employeeId;
    QDateTime start; // in the team's time zone
    int minutes = 0;
    QStringList services; // FSIII service codes done on the visit
    VisitStatus status = VisitStatus::Planned;

    // Filled on reads, for display only.
    QString citizenName;
    QString citizenAddress;
    QString employeeName;
    QString employeeInitials;

    QDateTime end() const { return start.addSecs(qint64(minutes) * 60); }
};

} // namespace Kvarter
