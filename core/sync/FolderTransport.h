// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Transport.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kvarter::Sync {

/// A shared network folder as the transport: <folder>/<team>/<device>/<first>-<last>.kvb.
/// Each device writes only into its own sub-folder, through a temporary file that is flushed to
/// disk and then renamed, so readers never see half a bundle under a bundle's name. No SQLite file
/// ever lives on the share.
class FolderTransport final : public Transport
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::FolderTransport)

public:
    struct RemoteFile
    {
        QString device;
        QString name; // "<device>/<first>-<last>.kvb", unique in the team folder
        QString path;
        QString stamp;
    };

    FolderTransport(QString folder, QString teamId, QString deviceId);

    /// Writes a bundle durably; throws Error when the folder cannot be written.
    void write(qint64 firstSeq, qint64 lastSeq, const QByteArray &bundle);
    void send(const BundleHeader &header, const QByteArray &bundle) override { write(header.firstSeq, header.lastSeq, bundle); }
    QList<QByteArray> ownBundlesAfter(qint64 afterSeq) override;
    void announceSuccessor(const QString &predecessor, const BundleHeader &header, const QByteArray &bundle,
                           const QString &successor, const QByteArray &publicKey, const QString &role) override;
    /// Lists other devices' bundles with their stamps; load() reads one, safely.
    QList<Incoming> receive() override;
    QByteArray load(const Incoming &bundle) override;
    QList<QByteArray> snapshots() override;
    void sendSnapshot(const QByteArray &snapshot) override;
    /// Other devices' bundle files in sequence order; temporary and foreign files are left out.
    /// Entries named like bundles that are no regular file are listed too, to be set aside saying so.
    QList<RemoteFile> remoteFiles() const;
    static QString bundleName(qint64 firstSeq, qint64 lastSeq);

private:
    QString teamFolder() const;
    /// Writes `data` as `dir`/`name` whole or not at all; throws Error with a plain message.
    static void writeFile(const QString &dir, const QString &name, const QByteArray &data);
    QString m_folder;
    QString m_teamId;
    QString m_deviceId;
};

} // namespace Kvarter::Sync
