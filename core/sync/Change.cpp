// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Change.h"

#include "store/Statement.h"

#include <QJsonDocument>

namespace Kvarter::Sync {

Change Change::fromRow(const Statement &row, int first)
{
    Change c;
    c.hlc = quint64(row.int64(first));
    c.device = row.text(first + 1);
    c.entity = row.text(first + 2);
    c.rowId = row.text(first + 3);
    c.fields = QJsonDocument::fromJson(row.text(first + 4).toUtf8()).object();
    c.base = QJsonDocument::fromJson(row.text(first + 5).toUtf8()).object();
    c.lamport = quint64(row.int64(first + 6));
    c.author = row.text(first + 7);
    return c;
}

} // namespace Kvarter::Sync
