// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ChangeItems.h"

namespace Kvarter {

QList<ChangeItem> ChangeItems::all()
{
    QList<ChangeItem> items;
    for (FocusArea area : areas())
        items << itemsOf(area);
    return items;
}

QList<FocusArea> ChangeItems::areas()
{
    return { FocusArea::Physical,   FocusArea::Home,         FocusArea::DailyActivities,
             FocusArea::Medication, FocusArea::MentalSocial, FocusArea::EatingDrinking };
}

QList<ChangeItem> ChangeItems::itemsOf(FocusArea area)
{
    using I = ChangeItem;
    switch (area) {
    case FocusArea::Physical: return { I::Pain, I::Skin, I::Breathing, I::BowelUrine, I::Tiredness, I::Dizziness };
    case FocusArea::Home: return { I::Home };
    case FocusArea::DailyActivities: return { I::Mobility, I::Falls, I::Sleep };
    case FocusArea::Medication: return { I::Medication };
    case FocusArea::MentalSocial: return { I::Memory, I::Mood, I::SeemsDifferent };
    case FocusArea::EatingDrinking: return { I::Appetite, I::Drinking, I::Weight };
    }
    return {};
}

FocusArea ChangeItems::areaOf(ChangeItem item)
{
    for (FocusArea area : areas())
        if (itemsOf(area).contains(item))
            return area;
    return FocusArea::Physical;
}

QString ChangeItems::key(ChangeItem item)
{
    switch (item) {
    case ChangeItem::Appetite: return QStringLiteral("appetite");
    case ChangeItem::Drinking: return QStringLiteral("drinking");
    case ChangeItem::Weight: return QStringLiteral("weight");
    case ChangeItem::Mobility: return QStringLiteral("mobility");
    case ChangeItem::Falls: return QStringLiteral("fall");
    case ChangeItem::Memory: return QStringLiteral("memory");
    case ChangeItem::Mood: return QStringLiteral("mood");
    case ChangeItem::Sleep: return QStringLiteral("sleep");
    case ChangeItem::Skin: return QStringLiteral("skin");
    case ChangeItem::Pain: return QStringLiteral("pain");
    case ChangeItem::Breathing: return QStringLiteral("breathing");
    case ChangeItem::BowelUrine: return QStringLiteral("bowel-urine");
    case ChangeItem::Tiredness: return QStringLiteral("tiredness");
    case ChangeItem::Dizziness: return QStringLiteral("dizziness");
    case ChangeItem::Medication: return QStringLiteral("medication");
    case ChangeItem::Home: return QStringLiteral("home");
    case ChangeItem::SeemsDifferent: return QStringLiteral("seems-different");
    }
    return {};
}

std::optional<ChangeItem> ChangeItems::fromKey(const QString &key)
{
    for (ChangeItem item : all())
        if (ChangeItems::key(item) == key)
            return item;
    return std::nullopt;
}

QString ChangeItems::displayName(ChangeItem item)
{
    switch (item) {
    case ChangeItem::Appetite: return tr("Appetite");
    case ChangeItem::Drinking: return tr("Drinking");
    case ChangeItem::Weight: return tr("Weight");
    case ChangeItem::Mobility: return tr("Mobility");
    case ChangeItem::Falls: return tr("Fall");
    case ChangeItem::Memory: return tr("Memory or confusion");
    case ChangeItem::Mood: return tr("Mood");
    case ChangeItem::Sleep: return tr("Sleep");
    case ChangeItem::Skin: return tr("Skin");
    case ChangeItem::Pain: return tr("Pain");
    case ChangeItem::Breathing: return tr("Breathing or cough");
    case ChangeItem::BowelUrine: return tr("Bowel and urine");
    case ChangeItem::Tiredness: return tr("Tiredness");
    case ChangeItem::Dizziness: return tr("Dizziness");
    case ChangeItem::Medication: return tr("Changed or new medication");
    case ChangeItem::Home: return tr("The state of the home");
    case ChangeItem::SeemsDifferent: return tr("Seems different than usual");
    }
    return {};
}

QString ChangeItems::displayNameOfKey(const QString &key)
{
    const std::optional<ChangeItem> item = fromKey(key);
    return item ? displayName(*item) : key;
}

QString ChangeItems::areaName(FocusArea area)
{
    switch (area) {
    case FocusArea::Physical: return tr("Physical complaints");
    case FocusArea::Home: return tr("The home");
    case FocusArea::DailyActivities: return tr("Daily activities");
    case FocusArea::Medication: return tr("Medication");
    case FocusArea::MentalSocial: return tr("Mental and social");
    case FocusArea::EatingDrinking: return tr("Eating and drinking");
    }
    return {};
}

} // namespace Kvarter
