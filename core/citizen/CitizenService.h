// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Citizen.h"
#include "common/Error.h"
#include "team/Employee.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace Kvarter {

class Store;

/// How the citizen list is ordered.
enum class CitizenOrder {
    Name,
    Cpr,
    Address,
    Town,
    Phone,
    ContactPerson
};

/// A page of the searchable citizen list.
struct CitizenQuery
{
    QString text; // words matched against name, CPR and address, all must match
    CitizenOrder order = CitizenOrder::Name;
    bool descending = false;
    int offset = 0;
    int limit = 200;
};

/// Citizens and their network: validation, writes and the searches the UI and CLI need.
class CitizenService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::CitizenService)

public:
    CitizenService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    static FieldErrors validate(const Citizen &citizen, const QDate &today);
    static FieldErrors validate(const Relative &relative);

    /// Adds a citizen; throws ValidationError (also for a CPR already in the team's file).
    QString add(const Citizen &citizen);
    /// Changes contact data, contact person and visitator; throws ValidationError.
    void update(const Citizen &citizen);
    /// Adds a relative. Marking one as primary contact makes the others non-primary.
    QString addRelative(const Relative &relative);

    QList<Citizen> search(const CitizenQuery &query);
    int count(const QString &text);
    std::optional<Citizen> citizen(const QString &id);
    std::optional<Citizen> byCpr(const QString &cprInput);
    QList<Relative> relatives(const QString &citizenId);

private:
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
