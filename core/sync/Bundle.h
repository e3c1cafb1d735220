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
};

/// The unit of transport: one device's changes with a sequence range. Layout:
/// "KVB1", header, then the changes as compressed CBOR sealed with the team key
/// (XChaCha20-Poly1305, the header as associated data), then an Ed25519 signature by the device
/// over all of it. A server or a shared folder sees only the header.
class Bundle final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::Bundle)

public:
    enum class Problem { None, NotABundle, UnsupportedVersion, ForeignTeam, UnknownDevice, RevokedDevice, BadSignature, CannotDecrypt };

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
        qint64 revokedAfterSeq = -1; // bundles starting after this sequence number are refused
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
    static Opened open(const QByteArray &data, const QString &teamId, const QByteArray &teamKey,
                       const SignerLookup &signers);

private:
    static QByteArray encodeHeader(const BundleHeader &header);
};

} // namespace Kvarter::Sync
