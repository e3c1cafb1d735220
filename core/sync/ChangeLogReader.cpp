// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ChangeLogReader.h"

#include "store/Store.h"

#include <QJsonDocument>

namespace Kvarter::Sync {

QList<Change> ChangeLogReader::since(qint64 afterSeq, int limit)
{
    auto q = m_store.db().query("SELECT seq, hlc, device, entity, row_id, fields, base, coalesce(lamport, hlc), author FROM change_log "
                                "WHERE seq > ? AND device = ? ORDER BY seq LIMIT ?");
    q->bind(1, afterSeq).bind(2, m_store.deviceId()).bind(3, limit);
    QList<Change> changes;
    while (q->next()) {
        Change c;
        c.seq = q->int64(0);
        c.hlc = quint64(q->int64(1));
        c.device = q->text(2);
        c.entity = q->text(3);
        c.rowId = q->text(4);
        c.fields = QJsonDocument::fromJson(q->text(5).toUtf8()).object();
        c.base = QJsonDocument::fromJson(q->text(6).toUtf8()).object();
        c.lamport = quint64(q->int64(7));
        c.author = q->text(8);
        changes << c;
    }
    return changes;
}

qint64 ChangeLogReader::lastSeq() { return m_store.db().scalar("SELECT coalesce(max(seq), 0) FROM change_log"); }

} // namespace Kvarter::Sync
