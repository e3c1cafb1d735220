// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "FolderTransport.h"

#include "common/Error.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <algorithm>

namespace Kvarter::Sync {

FolderTransport::FolderTransport(QString folder, QString teamId, QString deviceId)
    : m_folder(std::move(folder)), m_teamId(std::move(teamId)), m_deviceId(std::move(deviceId))
{
}

QString FolderTransport::teamFolder() const { return m_folder + QLatin1Char('/') + m_teamId; }

QString FolderTransport::bundleName(qint64 firstSeq, qint64 lastSeq)
{
    return QStringLiteral("%1-%2.kvb").arg(firstSeq, 12, 10, QLatin1Char('0')).arg(lastSeq, 12, 10, QLatin1Char('0'));
}

void FolderTransport::write(qint64 firstSeq, qint64 lastSeq, const QByteArray &bundle)
{
    writeFile(teamFolder() + QLatin1Char('/') + m_deviceId, bundleName(firstSeq, lastSeq), bundle);
}

void FolderTransport::writeFile(const QString &dir, const QString &name, const QByteArray &data)
{
    if (!QDir().mkpath(dir))
        throw Error(tr("Cannot write to the shared folder %1.").arg(QDir::toNativeSeparators(dir)));
    // QSaveFile writes a temporary file, flushes it to disk and renames it over the final name.
    QSaveFile file(dir + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw Error(tr("Cannot write to the shared folder %1: %2").arg(QDir::toNativeSeparators(dir), file.errorString()));
}

QList<FolderTransport::RemoteFile> FolderTransport::remoteFiles() const
{
    static const QRegularExpression bundlePattern(QStringLiteral("^\\d{12}-\\d{12}\\.kvb$"));
    QList<RemoteFile> files;
    const QDir team(teamFolder());
    for (const QString &device : team.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (device == m_deviceId)
            continue;
        const QDir dir(team.filePath(device));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            if (bundlePattern.match(name).hasMatch())
                files << RemoteFile { device, device + QLatin1Char('/') + name, dir.filePath(name) };
    }
    return files;
}

} // namespace Kvarter::Sync

namespace Kvarter::Sync {

QList<QByteArray> FolderTransport::snapshots()
{
    QList<std::pair<quint64, QByteArray>> found;
    const QDir dir(teamFolder() + QStringLiteral("/snapshots"));
    for (const QString &name : dir.entryList({ QStringLiteral("*.kvs") }, QDir::Files)) {
        if (name == m_deviceId + QStringLiteral(".kvs"))
            continue;
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = f.readAll();
        if (const auto header = Bundle::peek(data))
            found.append({ header->createdHlc, data });
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QByteArray> result;
    for (const auto &f : found)
        result << f.second;
    return result;
}

void FolderTransport::sendSnapshot(const QByteArray &snapshot)
{
    writeFile(teamFolder() + QStringLiteral("/snapshots"), m_deviceId + QStringLiteral(".kvs"), snapshot);
}

QList<Transport::Incoming> FolderTransport::receive()
{
    QList<Incoming> incoming;
    for (const RemoteFile &file : remoteFiles()) {
        QFile f(file.path);
        if (!f.open(QIODevice::ReadOnly))
            continue; // being written or moved by the share; next time
        incoming << Incoming { file.name, file.device, file.path, f.readAll() };
    }
    return incoming;
}

} // namespace Kvarter::Sync
