// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ConflictService.h"

#include "access/Access.h"

#include "ChangeApplier.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "store/HybridLogicalClock.h"
#include "store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kvarter::Sync {

QList<Conflict> ConflictService::open()
{
    Access::require(m_actor, Right::ReadCitizen);
    QList<Conflict> result;
    {
        auto q = m_store.db().query("SELECT entity, row_id, field, loser_hlc, loser_device, loser_value, "
                                    "coalesce(loser_lamport, loser_hlc), loser_author FROM conflict "
                                    "WHERE resolved = 0 AND loser_value IS NOT NULL ORDER BY loser_hlc");
        while (q->next()) {
            Conflict c;
            c.entity = q->text(0);
            c.rowId = q->text(1);
            c.field = q->text(2);
            c.loser = { quint64(q->int64(6)), q->text(4), quint64(q->int64(3)), q->text(7) };
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
    for (Conflict &c : result) {
        c.recordLabel = recordLabel(c.entity, c.rowId);
        c.fieldLabel = fieldLabel(c.entity, c.field);
        c.loserDeviceName = deviceName(c.loser.device);
        c.loserAuthorName = employeeName(c.loser.author);
        const Version current = m_store.fieldVersion(c.entity.toLatin1().constData(), c.rowId, c.field);
        c.currentDeviceName = deviceName(current.device);
        c.currentAuthorName = employeeName(current.author);
        c.currentWrittenAt = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::wallMs(current.hlc), Clock::teamZone());
    }
    // Both wrote the same value: nothing for a person to choose.
    result.removeIf([](const Conflict &c) { return c.loserValue == c.currentValue; });
    return result;
}

QString ConflictService::fieldLabel(const QString &entity, const QString &field)
{
    Q_UNUSED(entity)
    static const QHash<QString, const char *> labels {
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("phone"), QT_TR_NOOP("Phone") },
        { QStringLiteral("address"), QT_TR_NOOP("Address") },
        { QStringLiteral("postcode"), QT_TR_NOOP("Postcode") },
        { QStringLiteral("city"), QT_TR_NOOP("Town") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("minutes"), QT_TR_NOOP("Duration") },
        { QStringLiteral("start"), QT_TR_NOOP("Start") },
        { QStringLiteral("employee_id"), QT_TR_NOOP("Employee") },
        { QStringLiteral("relation"), QT_TR_NOOP("Relation") },
        { QStringLiteral("contact_person_id"), QT_TR_NOOP("Contact person") },
        { QStringLiteral("visitator_id"), QT_TR_NOOP("Visitator") },
        { QStringLiteral("is_primary"), QT_TR_NOOP("Primary contact") },
        { QStringLiteral("may_inform"), QT_TR_NOOP("May be informed") },
    };
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

QString ConflictService::recordLabel(const QString &entity, const QString &rowId)
{
    const auto one = [&](const QByteArray &sql) { return m_store.db().textFor(sql, rowId); };
    if (entity == QLatin1String("citizen"))
        return tr("Citizen: %1").arg(one("SELECT name FROM citizen WHERE id = ?"));
    if (entity == QLatin1String("visit"))
        return tr("Visit to %1").arg(one("SELECT c.name FROM visit v JOIN citizen c ON c.id = v.citizen_id WHERE v.id = ?"));
    if (entity == QLatin1String("relative"))
        return tr("Relative: %1").arg(one("SELECT name FROM relative WHERE id = ?"));
    if (entity == QLatin1String("employee"))
        return tr("Employee: %1").arg(one("SELECT name FROM employee WHERE id = ?"));
    if (entity == QLatin1String("team"))
        return tr("Team: %1").arg(one("SELECT name FROM team WHERE id = ?"));
    if (entity == QLatin1String("care_grant"))
        return tr("Grant");
    return entity;
}

QString ConflictService::deviceName(const QString &deviceId)
{
    return m_store.db().textFor("SELECT name FROM team_device WHERE id = ?", deviceId, tr("another laptop"));
}

QString ConflictService::employeeName(const QString &employeeId)
{
    return m_store.db().textFor("SELECT name FROM employee WHERE id = ?", employeeId);
}

void ConflictService::resolve(const Conflict &conflict, bool keepLosingValue)
{
    Access::require(m_actor, Right::ResolveConflicts);
    if (m_actor.employeeId().isEmpty())
        throw Error(tr("Choose who you are before settling a conflict."));
    const QJsonValue value = keepLosingValue ? conflict.loserValue : conflict.currentValue;
    const QByteArray field = conflict.field.toLatin1();
    m_store.write(m_actor.employeeId(), [&] {
        m_store.update(conflict.entity.toLatin1().constData(), conflict.rowId, { { field.constData(), value.toVariant() } },
                       { { conflict.field, { conflict.loser } } });
    });
}

} // namespace Kvarter::Sync
