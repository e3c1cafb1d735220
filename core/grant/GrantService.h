// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Grant.h"
#include "common/Error.h"
#include "team/Employee.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class ServiceCatalogue;
class Store;

/// Grants: what a citizen has been granted, validated against the FSIII service catalogue.
class GrantService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::GrantService)

public:
    GrantService(Store &store, const ServiceCatalogue &catalogue, const Actor &actor)
        : m_store(store), m_catalogue(catalogue), m_actor(actor)
    {
    }

    static FieldErrors validate(const Grant &grant, const ServiceCatalogue &catalogue);
    QString add(const Grant &grant);
    QList<Grant> grantsFor(const QString &citizenId);
    std::optional<Grant> grant(const QString &id);
    /// Puts what a decision decided into the grant (a new grant, a new amount, an end date), in the
    /// caller's write. Only DecisionService calls it, after the frame check: so a near-visitation
    /// decision changes the grant the plan and the run list read, and nothing else does it unchecked.
    void applyDecision(const Grant &grant);

private:
    Store &m_store;
    const ServiceCatalogue &m_catalogue;
    Actor m_actor;
};

} // namespace Kvarter
