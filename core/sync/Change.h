// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "store/Version.h"

#include <QJsonObject>
#include <QList>

namespace Kvarter::Sync {

/// One write as it travels between devices: which row, which field values, written by whom and
/// when, and for each field the version it overwrote (its base, then any conflict losers the
/// write settles). A row's first write has no base.
struct Change
{
    QString device;
    qint64 seq = 0;  // the author's change-log sequence number
    quint64 lamport = 0; // orders the write (see Version)
    quint64 hlc = 0;     // when, by the author's clock
    QString author;      // the employee who wrote it, if known
    QString entity;
    QString rowId;
    QJsonObject fields;
    QJsonObject base; // field -> [Version::toString() of the overwritten version, settled losers …]

    Version version() const { return { lamport, device, hlc, author }; }
    bool isFirstWrite() const { return base.isEmpty(); }
};

} // namespace Kvarter::Sync
