// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Change.h"

#include <QCoreApplication>
#include <functional>

namespace Kvarter::Sync {

/// What a bundle says about itself before it is opened (readable without the key).
struct BundleHeader
{
    static constexpr quint8 CurrentVersion = 1;
    quint8 version = CurrentVersion;
    QString teamId;
    QString deviceId;
    qint64 firstSeq = 0;
    qint64 lastSeq = 0;
    quint64 createdHlc = 0;

    /// The largest sequence number a laptop can reach (exact in a JSON number); beyond it, or
    /// negative, a range is forged or damaged.
    static constexpr qint64 MaxSeq = (qint64(1) << 53) - 1;
    /// A range of changes: 1 <= first <= last <= MaxSeq.
    bool hasChangeRange() const { return firstSeq >= 1 && firstSeq <= lastSeq && lastSeq <= MaxSeq; }
    /// A snapshot's: first 0, last the change it reaches.
    bool hasSnapshotRange() const { return firstSeq == 0 && lastSeq >= 0 && lastSeq <= MaxSeq; }
};

/// The unit of transport: one device's changes with a sequence range. Layout:
/// "KVB1", header, then the changes as compressed CBOR sealed with the team key
/// (XChaCha20-Poly1305, the header as associated data), then an Ed25519 signature by the device
/// over all of it. A server or a shared folder sees only the header.
class Bundle final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::Bundle)

public:
    enum class Problem {
        None,
        NotABundle,
        Incomplete,   // cut short: on a share usually a file still arriving; read again when it changes
        NewerVersion, // made by a newer Kvarter: kept until this laptop is updated
        UnsupportedVersion,
        ForeignTeam,
        UnknownDevice,
        RevokedDevice,
        BadSignature,
        CannotDecrypt
    };

    /// A bundle holds at most this many changes …
    static constexpr int MaxChanges = 5000;
    /// … and its sender stops adding changes once their field values pass this many bytes.
    static constexpr qint64 MaxChangesBytes = 16 * 1024 * 1024;
    /// The largest one change can be: a 20 000-character note (the longest NoteService takes) is at
    /// most 120 KB as escaped JSON; with its base and the row's other fields well under this.
    static constexpr qint64 MaxChangeBytes = 256 * 1024;
    /// So no bundle a Kvarter wrote is larger than this (compression only shrinks, the envelope —
    /// header, nonce, tag, signature, CBOR framing of 5000 changes — is well under 1 MiB). Anything
    /// larger is not read at all: a share may hold a 3 GB file or a link to /dev/zero.
    static constexpr qint64 MaxBytes = MaxChangesBytes + MaxChangeBytes + 1024 * 1024;
    /// A snapshot holds a whole section (about a million visits).
    static constexpr qint64 MaxSnapshotBytes = qint64(1536) * 1024 * 1024;

    struct Opened
    {
        BundleHeader header;
        QList<Change> changes;
        QByteArray payload; // with openPayload: the opened bytes
        Problem problem = Problem::None;
        QString message; // for a person, when problem != None
    };

    /// Who may sign: a device's public key, or empty if it is unknown; `revoked` when it was removed.
    struct Signer
    {
        QByteArray publicKey;
        bool revoked = false;
        qint64 revokedAfterSeq = -1;     // bundles ending after this sequence number are refused
        qint64 revokedAfterLamport = -1; // and its changes with a later version (see Revocation)
    };
    using SignerLookup = std::function<Signer(const QString &deviceId)>;

    static QByteArray seal(const BundleHeader &header, const QList<Change> &changes, const QByteArray &teamKey,
                           const QByteArray &signingKey);
    static std::optional<BundleHeader> peek(const QByteArray &data);
    /// The same envelope around any payload (snapshots): sealed with the team key, signed.
    static QByteArray sealPayload(const BundleHeader &header, const QByteArray &payload, const QByteArray &teamKey,
                                  const QByteArray &signingKey);
    static Opened openPayload(const QByteArray &data, const QString &teamId, const QByteArray &teamKey,
                              const SignerLookup &signers);
    static Opened open(const QByteArray &data, const QString &teamId, const QByteArray &teamKey, const SignerLookup &signers);

private:
    static QByteArray encodeHeader(const BundleHeader &header);
    static QString impossibleRange(const BundleHeader &header);
};

} // namespace Kvarter::Sync
