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
} // namespace

QString SyncSettings::folder() { return m_store.db().meta(FolderKey); }
void SyncSettings::setFolder(const QString &folder) { m_store.db().setMeta(FolderKey, folder); }
QString SyncSettings::server() { return m_store.db().meta(ServerKey); }
void SyncSettings::setServer(const QString &url) { m_store.db().setMeta(ServerKey, url); }

QDateTime SyncSettings::lastSyncedAt()
{
    const QString last = m_store.db().meta(LastKey);
    return last.isEmpty() ? QDateTime() : QDateTime::fromSecsSinceEpoch(last.toLongLong(), Clock::teamZone());
}

void SyncSettings::setLastSyncedAt(const QDateTime &at) { m_store.db().setMeta(LastKey, QString::number(at.toSecsSinceEpoch())); }

} // namespace Kvarter::Sync
