// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ChangeLogReader.h"

#include "store/Store.h"

namespace Kvarter::Sync {

QList<Change> ChangeLogReader::since(qint64 afterSeq, int limit, qint64 maxBytes)
{
    auto q =
        m_store.db().query(QByteArray("SELECT seq, ") + Change::Columns
                           + ", length(fields) + length(base) FROM change_log WHERE seq > ? AND device = ? ORDER BY seq LIMIT ?");
    q->bind(1, afterSeq).bind(2, m_store.deviceId()).bind(3, limit);
    QList<Change> changes;
    qint64 bytes = 0;
    while (q->next()) {
        bytes += q->int64(9);
        if (maxBytes >= 0 && bytes > maxBytes && !changes.isEmpty())
            break;
        Change c = Change::fromRow(*q, 1);
        c.seq = q->int64(0);
        changes << c;
    }
    return changes;
}

qint64 ChangeLogReader::lastSeq() { return m_store.db().scalar("SELECT coalesce(max(seq), 0) FROM change_log"); }

} // namespace Kvarter::Sync
