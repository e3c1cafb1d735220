// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "store/Version.h"
#include "team/Employee.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>

namespace Kvarter {
class Store;
}

namespace Kvarter::Sync {

/// A value that lost a merge and is kept for review: what the record is, both values, who wrote
/// the losing one and when.
struct Conflict
{
    QString entity;
    QString rowId;
    QString field;
    Version loser;
    QJsonValue loserValue;
    QJsonValue currentValue;
    QDateTime loserWrittenAt;

    // For people: what it is about, in words, and who wrote each value when.
    QString recordLabel; // "Borger: Karen Jensen"
    QString fieldLabel;  // "Telefon"
    QString loserDeviceName;
    QString currentDeviceName;
    QString loserAuthorName; // empty when not known
    QString currentAuthorName;
    QDateTime currentWrittenAt;
};

/// The open conflicts, and a person's choice between the two values — itself a synced change.
class ConflictService final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::ConflictService)

public:
    ConflictService(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    QList<Conflict> open();
    /// Settles a conflict: keep the current value, or bring the losing one back.
    void resolve(const Conflict &conflict, bool keepLosingValue);

    static QString fieldLabel(const QString &entity, const QString &field);

private:
    QString recordLabel(const QString &entity, const QString &rowId);
    QString deviceName(const QString &deviceId);
    QString employeeName(const QString &employeeId);
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter::Sync
