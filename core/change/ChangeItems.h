// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Kvarter {

/// The focus areas of the change form (ændringsskema), in the order the form shows them.
enum class FocusArea {
    Physical,
    Home,
    DailyActivities,
    Medication,
    MentalSocial,
    EatingDrinking
};

/// One item of the change form: a change from the citizen's usual state. Stored by a stable English
/// key, so a newer Kvarter may add items an older one shows by key.
enum class ChangeItem {
    Appetite,
    Drinking,
    Weight,
    Mobility,
    Falls,
    Memory, // memory or new confusion
    Mood,
    Sleep,
    Skin,
    Pain,
    Breathing, // breathing or a cough
    BowelUrine,
    Tiredness,
    Dizziness,
    Medication, // changed or new medication
    Home,       // the state of the home
    SeemsDifferent,
};

class ChangeItems final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::ChangeItems)

public:
    static QList<ChangeItem> all();
    static QList<FocusArea> areas();
    /// The items of one area, in the form's order.
    static QList<ChangeItem> itemsOf(FocusArea area);
    static FocusArea areaOf(ChangeItem item);
    static QString key(ChangeItem item);
    static std::optional<ChangeItem> fromKey(const QString &key);
    static QString displayName(ChangeItem item);
    /// The name of a stored key; the key itself when this build does not know it.
    static QString displayNameOfKey(const QString &key);
    static QString areaName(FocusArea area);
};

} // namespace Kvarter
