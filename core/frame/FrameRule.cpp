// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "FrameRule.h"

#include <QStringList>

namespace Kvarter {

namespace {
constexpr FrameAction Actions[] = { FrameAction::Grant, FrameAction::Increase, FrameAction::Reduce, FrameAction::End };
}

QString FrameRule::actionKey(FrameAction action)
{
    switch (action) {
    case FrameAction::Grant: return QStringLiteral("grant");
    case FrameAction::Increase: return QStringLiteral("increase");
    case FrameAction::Reduce: return QStringLiteral("reduce");
    case FrameAction::End: return QStringLiteral("end");
    }
    return {};
}

QString FrameRule::actionsKey(int actions)
{
    QStringList keys;
    for (FrameAction a : Actions)
        if (actions & int(a))
            keys << actionKey(a);
    return keys.join(QLatin1Char(','));
}

int FrameRule::actionsFromKey(const QString &key)
{
    int actions = 0;
    for (const QString &part : key.split(QLatin1Char(','), Qt::SkipEmptyParts))
        for (FrameAction a : Actions)
            if (part.trimmed() == actionKey(a))
                actions |= int(a);
    return actions;
}

} // namespace Kvarter
