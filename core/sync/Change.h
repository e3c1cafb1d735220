// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "store/Version.h"

#include <QJsonObject>
#include <QList>

namespace Kvarter {
class Statement;
}

namespace Kvarter::Sync {

/// One write as it travels between devices: which row, which field values, written by whom and
/// when, and for each field the version it overwrote (its base, then any conflict losers the
/// write settles). A row's first write has no base.
struct Change
{
    QString device;
    qint64 seq = 0;      // the author's change-log sequence number
    quint64 lamport = 0; // orders the write (see Version)
    quint64 hlc = 0;     // when, by the author's clock
    QString author;      // the employee who wrote it, if known
    QString entity;
    QString rowId;
    QJsonObject fields;
    QJsonObject base; // field -> [Version::toString() of the overwritten version, settled losers …]

    Version version() const { return { lamport, device, hlc, author }; }

    /// The columns a stored change is read with, in the order fromRow() expects; the change log
    /// and pending_change keep them alike (a Lamport value of NULL: from before schema 5).
    static constexpr const char *Columns = "hlc, device, entity, row_id, fields, base, coalesce(lamport, hlc), author";
    /// The change in `row`, whose Columns start at `first`.
    static Change fromRow(const Statement &row, int first = 0);
    bool isFirstWrite() const { return base.isEmpty(); }
};

} // namespace Kvarter::Sync
