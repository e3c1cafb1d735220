// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Bundle.h"

#include "Crypto.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDataStream>
#include <QIODevice>

namespace Kvarter::Sync {

namespace {
constexpr char Magic[] = "KVB1";

QByteArray encodeChanges(const QList<Change> &changes)
{
    QCborArray array;
    for (const Change &c : changes)
        array.append(QCborArray { c.seq, qint64(c.hlc), c.entity, c.rowId, QCborMap::fromJsonObject(c.fields),
                                  QCborMap::fromJsonObject(c.base), qint64(c.lamport), c.author });
    return qCompress(QCborValue(array).toCbor(), 9);
}

std::optional<QList<Change>> decodeChanges(const QByteArray &compressed, const QString &device)
{
    const QByteArray cbor = qUncompress(compressed);
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(cbor, &error);
    if (error.error != QCborError::NoError || !value.isArray())
        return std::nullopt;
    QList<Change> changes;
    for (const QCborValue &item : value.toArray()) {
        const QCborArray a = item.toArray();
        // Six items: written before Lamport clocks, when the hlc also ordered the write, and
        // before changes named their author.
        if ((a.size() != 6 && a.size() != 8) || !a.at(2).isString() || !a.at(3).isString() || !a.at(4).isMap())
            return std::nullopt;
        Change c;
        c.device = device;
        c.seq = a.at(0).toInteger();
        c.hlc = quint64(a.at(1).toInteger());
        c.entity = a.at(2).toString();
        c.rowId = a.at(3).toString();
        c.fields = a.at(4).toMap().toJsonObject();
        c.base = a.at(5).toMap().toJsonObject();
        c.lamport = a.size() == 8 ? quint64(a.at(6).toInteger()) : c.hlc;
        c.author = a.size() == 8 ? a.at(7).toString() : QString();
        changes << c;
    }
    return changes;
}
} // namespace

QByteArray Bundle::encodeHeader(const BundleHeader &header)
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_0);
    stream.writeRawData(Magic, 4);
    stream << header.version << header.teamId.toUtf8() << header.deviceId.toUtf8() << header.firstSeq << header.lastSeq
           << header.createdHlc;
    return out;
}

QByteArray Bundle::seal(const BundleHeader &header, const QList<Change> &changes, const QByteArray &teamKey,
                        const QByteArray &signingKey)
{
    return sealPayload(header, encodeChanges(changes), teamKey, signingKey);
}

QByteArray Bundle::sealPayload(const BundleHeader &header, const QByteArray &payload, const QByteArray &teamKey,
                               const QByteArray &signingKey)
{
    QByteArray out = encodeHeader(header);
    const QByteArray sealed = Crypto::seal(payload, out, teamKey);
    QDataStream stream(&out, QIODevice::WriteOnly | QIODevice::Append);
    stream << sealed;
    return out + Crypto::sign(out, signingKey);
}

QString Bundle::impossibleRange(const BundleHeader &header)
{
    return tr("The bundle's sequence range (%1 to %2) is not possible; it is forged or damaged.")
        .arg(header.firstSeq)
        .arg(header.lastSeq);
}

std::optional<BundleHeader> Bundle::peek(const QByteArray &data)
{
    if (!data.startsWith(Magic))
        return std::nullopt;
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_6_0);
    stream.skipRawData(4);
    BundleHeader h;
    QByteArray team, device;
    stream >> h.version >> team >> device >> h.firstSeq >> h.lastSeq >> h.createdHlc;
    if (stream.status() != QDataStream::Ok)
        return std::nullopt;
    h.teamId = QString::fromUtf8(team);
    h.deviceId = QString::fromUtf8(device);
    return h;
}

Bundle::Opened Bundle::open(const QByteArray &data, const QString &teamId, const QByteArray &teamKey, const SignerLookup &signers)
{
    Opened result = openPayload(data, teamId, teamKey, signers);
    if (result.problem != Problem::None)
        return result;
    if (!result.header.hasChangeRange()) { // a snapshot's range, where changes were expected
        result.problem = Problem::NotABundle;
        result.message = impossibleRange(result.header);
        result.payload.clear();
        return result;
    }
    const std::optional<QList<Change>> changes = decodeChanges(result.payload, result.header.deviceId);
    result.payload.clear();
    if (!changes) {
        result.problem = Problem::CannotDecrypt;
        result.message = tr("The bundle's contents are damaged.");
        return result;
    }
    result.changes = *changes;
    return result;
}

Bundle::Opened Bundle::openPayload(const QByteArray &data, const QString &teamId, const QByteArray &teamKey,
                                   const SignerLookup &signers)
{
    Opened result;
    const auto fail = [&](Problem problem, const QString &message) {
        result.problem = problem;
        result.message = message;
        return result;
    };
    const std::optional<BundleHeader> header = peek(data);
    if (!header)
        return fail(Problem::NotABundle, tr("The file is not a Kvarter bundle, or it is cut short."));
    result.header = *header;
    if (!header->hasChangeRange() && !header->hasSnapshotRange())
        return fail(Problem::NotABundle, impossibleRange(*header));
    if (header->version > BundleHeader::CurrentVersion)
        return fail(Problem::NewerVersion,
                    tr("The bundle was made by a newer Kvarter (format %1); it is kept until this "
                       "laptop is updated.")
                        .arg(header->version));
    if (header->version != BundleHeader::CurrentVersion)
        return fail(Problem::UnsupportedVersion,
                    tr("The bundle has a format this Kvarter cannot read (%1).").arg(header->version));
    if (header->teamId != teamId)
        return fail(Problem::ForeignTeam, tr("The bundle belongs to another team."));
    const Signer signer = signers(header->deviceId);
    if (signer.publicKey.isEmpty())
        return fail(Problem::UnknownDevice, tr("The bundle comes from a device this laptop does not know (yet)."));
    // The sealed part says how long it is: a file shorter than that plus the signature is cut short
    // (still arriving through a file-sync client, or copied half), which is no sign of tampering.
    const QByteArray headerBytes = encodeHeader(*header);
    quint32 sealedSize = 0;
    {
        QDataStream stream(data);
        stream.setVersion(QDataStream::Qt_6_0);
        stream.skipRawData(int(headerBytes.size()));
        stream >> sealedSize;
        if (stream.status() != QDataStream::Ok)
            return fail(Problem::Incomplete,
                        tr("The file is cut short; it may still be arriving. It is read again when it changes."));
    }
    const qint64 expected = headerBytes.size() + 4 + qint64(sealedSize) + Crypto::SignatureBytes;
    if (data.size() < expected)
        return fail(Problem::Incomplete,
                    tr("The file is cut short; it may still be arriving. It is read again when it changes."));
    if (data.size() > expected)
        return fail(Problem::NotABundle,
                    tr("The file is longer than the bundle it holds: it is not a Kvarter bundle, or it was altered."));
    const QByteArray signedPart = data.left(data.size() - Crypto::SignatureBytes);
    if (!Crypto::verify(signedPart, data.right(Crypto::SignatureBytes), signer.publicKey))
        return fail(Problem::BadSignature, tr("The bundle's signature does not match its device; it may have been altered."));
    if (signer.revoked && header->lastSeq > signer.revokedAfterSeq)
        return fail(Problem::RevokedDevice, tr("The bundle comes from a device that was removed from the team."));

    QDataStream stream(signedPart);
    stream.setVersion(QDataStream::Qt_6_0);
    stream.skipRawData(int(headerBytes.size()));
    QByteArray sealed;
    stream >> sealed;
    const std::optional<QByteArray> plain = Crypto::open(sealed, headerBytes, teamKey);
    if (stream.status() != QDataStream::Ok || !plain)
        return fail(Problem::CannotDecrypt, tr("The bundle cannot be opened with the team's key."));
    result.payload = *plain;
    return result;
}

} // namespace Kvarter::Sync
