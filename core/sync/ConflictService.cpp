// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ConflictService.h"

#include "ChangeApplier.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "store/HybridLogicalClock.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kvarter::Sync {

QList<Conflict> ConflictService::open()
{
    QList<Conflict> result;
    {
        auto q = m_store.db().query("SELECT entity, row_id, field, loser_hlc, loser_device, loser_value FROM conflict "
                                    "WHERE resolved = 0 AND loser_value IS NOT NULL ORDER BY loser_hlc");
        while (q->next()) {
            Conflict c;
            c.entity = q->text(0);
            c.rowId = q->text(1);
            c.field = q->text(2);
            c.loser = { quint64(q->int64(3)), q->text(4) };
            c.loserValue = QJsonDocument::fromJson(q->text(5).toUtf8()).array().at(0);
            c.loserWrittenAt = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::wallMs(c.loser.hlc), Clock::teamZone());
            result << c;
        }
    }
    for (Conflict &c : result) {
        auto q = m_store.db().query("SELECT " + c.field.toLatin1() + " FROM " + c.entity.toLatin1() + " WHERE id = ?");
        q->bind(1, c.rowId);
        if (q->next())
            c.currentValue = ChangeApplier::canonical(QJsonValue::fromVariant(q->value(0)));
    }
    // Both wrote the same value: nothing for a person to choose.
    result.removeIf([](const Conflict &c) { return c.loserValue == c.currentValue; });
    return result;
}

void ConflictService::resolve(const Conflict &conflict, bool keepLosingValue, const Actor &actor)
{
    if (actor.employeeId.isEmpty())
        throw Error(tr("Choose who you are before settling a conflict."));
    const QJsonValue value = keepLosingValue ? conflict.loserValue : conflict.currentValue;
    const QByteArray field = conflict.field.toLatin1();
    m_store.write([&] {
        m_store.update(conflict.entity.toLatin1().constData(), conflict.rowId, { { field.constData(), value.toVariant() } },
                       { { conflict.field, { conflict.loser } } });
    });
}

} // namespace Kvarter::Sync
