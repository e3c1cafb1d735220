// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncSettings.h"

#include "common/Clock.h"
#include "store/Store.h"

namespace Kvarter::Sync {

namespace {
const QString FolderKey = QStringLiteral("sync_folder");
const QString ServerKey = QStringLiteral("sync_server");
const QString LastKey = QStringLiteral("sync_last_at");
const QString ShippedKey = QStringLiteral("sync_shipped_seq");
const QString EnrolmentKey = QStringLiteral("sync_enrolment_token");
} // namespace

QString SyncSettings::folder() { return m_store.db().meta(FolderKey); }
void SyncSettings::setFolder(const QString &folder) { m_store.db().setMeta(FolderKey, folder); }
QString SyncSettings::server() { return m_store.db().meta(ServerKey); }
void SyncSettings::setServer(const QString &url) { m_store.db().setMeta(ServerKey, url); }
QString SyncSettings::enrolmentToken() { return m_store.db().meta(EnrolmentKey); }
void SyncSettings::setEnrolmentToken(const QString &token) { m_store.db().setMeta(EnrolmentKey, token); }

qint64 SyncSettings::shippedSeq() { return m_store.db().meta(ShippedKey, QStringLiteral("0")).toLongLong(); }
void SyncSettings::setShippedSeq(qint64 seq) { m_store.db().setMeta(ShippedKey, QString::number(seq)); }

QDateTime SyncSettings::lastSyncedAt()
{
    const QString last = m_store.db().meta(LastKey);
    return last.isEmpty() ? QDateTime() : QDateTime::fromSecsSinceEpoch(last.toLongLong(), Clock::teamZone());
}

void SyncSettings::setLastSyncedAt(const QDateTime &at) { m_store.db().setMeta(LastKey, QString::number(at.toSecsSinceEpoch())); }

} // namespace Kvarter::Sync
