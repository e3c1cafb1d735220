// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QString>

namespace Kvarter {

/// A citizen receiving help from the team. `cpr` is kept as ten digits.
struct Citizen
{
    QString id;
    QString teamId;
    QString cpr;
    QString name;
    QString address;
    QString postcode;
    QString city;
    QString phone;           // direct phone (Kolding: citizens reach their people directly)
    QString contactPersonId; // the fixed contact person in the team
    QString visitatorId;     // the one fixed visitator (fewest changes of advisor)

    // Filled on reads, for display only.
    QString contactPersonName;
    QString visitatorName;
};

/// A person in the citizen's network (pårørende, neighbour, friend).
struct Relative
{
    QString id;
    QString citizenId;
    QString name;
    QString relation;
    QString phone;
    bool isPrimary = false; // the primary contact among relatives
    bool mayInform = false; // the citizen has agreed that this person may be informed
};

} // namespace Kvarter
