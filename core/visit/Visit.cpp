// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Visit.h"

namespace Kvarter {

QString VisitStatuses::key(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned: return QStringLiteral("planned");
    case VisitStatus::Done: return QStringLiteral("done");
    case VisitStatus::NotHome: return QStringLiteral("nothome");
    case VisitStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<VisitStatus> VisitStatuses::fromKey(const QString &key)
{
    for (VisitStatus s : { VisitStatus::Planned, VisitStatus::Done, VisitStatus::NotHome, VisitStatus::Cancelled })
        if (VisitStatuses::key(s) == key)
            return s;
    return std::nullopt;
}

QString VisitStatuses::displayName(VisitStatus status)
{
    switch (status) {
    case VisitStatus::Planned: return tr("Planned");
    case VisitStatus::Done: return tr("Done");
    case VisitStatus::NotHome: return tr("Not home");
    case VisitStatus::Cancelled: return tr("Cancelled");
    }
    return {};
}

} // namespace Kvarter
