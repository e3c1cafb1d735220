// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "FolderTransport.h"

#include "ShareFile.h"
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
    // A device folder that is a link could lead anywhere: only real folders are read.
    for (const QString &device : team.entryList(QDir::Dirs | QDir::NoSymLinks | QDir::NoDotAndDotDot, QDir::Name)) {
        if (device == m_deviceId)
            continue;
        const QDir dir(team.filePath(device));
        for (const QString &name : dir.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
            if (!bundlePattern.match(name).hasMatch())
                continue;
            const QString path = dir.filePath(name);
            files << RemoteFile { device, device + QLatin1Char('/') + name, path, ShareFile::stamp(path) };
        }
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
        QByteArray data;
        try {
            data = ShareFile::read(dir.filePath(name), Bundle::MaxSnapshotBytes);
        } catch (const Error &) {
            continue; // not a snapshot we can use; bundles still bring everything
        }
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
    // Only listed here: each file is read when its turn comes, and only if it changed since it was
    // last handled, so a share with thousands of bundles costs a directory listing, not a full read.
    QList<Incoming> incoming;
    for (const RemoteFile &file : remoteFiles())
        if (!file.stamp.isEmpty()) // gone since the listing
            incoming << Incoming { file.name, file.device, file.path, file.stamp, {} };
    return incoming;
}

QByteArray FolderTransport::load(const Incoming &bundle) { return ShareFile::read(bundle.location, Bundle::MaxBytes); }

QList<QByteArray> FolderTransport::ownBundlesAfter(qint64 afterSeq)
{
    static const QRegularExpression bundlePattern(QStringLiteral("^(\\d{12})-(\\d{12})\\.kvb$"));
    QList<QByteArray> bundles;
    const QDir dir(teamFolder() + QLatin1Char('/') + m_deviceId);
    for (const QString &name : dir.entryList(QDir::Files | QDir::NoSymLinks, QDir::Name)) {
        const QRegularExpressionMatch match = bundlePattern.match(name);
        if (!match.hasMatch() || match.captured(2).toLongLong() <= afterSeq)
            continue;
        try {
            bundles << ShareFile::read(dir.filePath(name), Bundle::MaxBytes);
        } catch (const Error &) {
            // unreadable: not evidence of anything
        }
    }
    return bundles;
}

void FolderTransport::announceSuccessor(const QString &predecessor, const BundleHeader &header, const QByteArray &bundle,
                                        const QString &, const QByteArray &, const QString &)
{
    // The roster travels in bundles: the predecessor's last one adds the successor, and everyone
    // who knows the predecessor can verify it.
    writeFile(teamFolder() + QLatin1Char('/') + predecessor, bundleName(header.firstSeq, header.lastSeq), bundle);
}

} // namespace Kvarter::Sync
