// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "RunList.h"

#include <QCoreApplication>

namespace Kvarter {

class ServiceCatalogue;
class Store;

/// The printed run list: the outage fallback planners copy to a USB stick when the online system
/// is down. Reading it is a rights check like a write, since it gathers addresses and phones.
class RunListService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::RunListService)

public:
    RunListService(Store &store, const ServiceCatalogue &catalogue, const Actor &actor);

    /// The visits of `day` (midnight to midnight in Copenhagen) in the actor's team, for one
    /// employee (`employeeId`, empty = the whole team), in time order; cancelled visits left out.
    /// Throws Error when the actor may not read the plan or the employee is not in the team.
    RunList runList(const QDate &day, const QString &employeeId);

private:
    Store &m_store;
    const ServiceCatalogue &m_catalogue;
    Actor m_actor;
};

} // namespace Kvarter
