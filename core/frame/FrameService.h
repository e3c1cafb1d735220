// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "FrameRule.h"
#include "access/Actor.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class ServiceCatalogue;
class Store;

/// The delegated frames of a team, edited by a visitator or the team leader. Every edit is a new
/// version (a row); the newest version of a (team, role, service) in sync order is in force, so
/// two edits made apart settle the same way on every laptop and both stay in the history.
class FrameService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::FrameService)

public:
    FrameService(Store &store, const ServiceCatalogue &catalogue, const Actor &actor)
        : m_store(store), m_catalogue(catalogue), m_actor(actor)
    {
    }

    /// The frames in force in a team (withdrawn ones included, marked inactive).
    QList<FrameRule> currentRules(const QString &teamId);
    /// Every version ever written in a team, newest first.
    QList<FrameRule> history(const QString &teamId);
    /// One version by id: what a past decision was checked against.
    std::optional<FrameRule> version(const QString &id);
    /// Writes a new version of the frame for (team, role, service); returns its id. The kind
    /// (minutes or course) follows the service. Throws ValidationError, AccessDenied.
    QString setRule(const FrameRule &rule);

    FieldErrors validate(const FrameRule &rule) const;

private:
    QList<FrameRule> read(const QByteArray &where, const QString &key);
    Store &m_store;
    const ServiceCatalogue &m_catalogue;
    Actor m_actor;
};

} // namespace Kvarter
