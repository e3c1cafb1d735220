// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QString>
#include <QUuid>

namespace Kvarter::Id {

/// A new primary key made on this device. UUIDs, never autoincrement, so two offline laptops
/// can never issue the same id.
inline QString create() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

/// A deterministic id for generated data (the demo team): the same seed gives the same ids.
inline QString fromName(const QString &name)
{
    static const QUuid ns(QStringLiteral("6f1c2a52-7c1e-4d0b-9a57-4b5652544552"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

} // namespace Kvarter::Id
