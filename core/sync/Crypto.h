// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <optional>

namespace Kvarter::Sync {

/// The few libsodium primitives sync uses, with QByteArray in and out. No cryptography is written
/// here: XChaCha20-Poly1305 (team key), Ed25519 (device signatures), Argon2id (invitation passphrase).
class Crypto final
{
public:
    static constexpr int KeyBytes = 32;
    static constexpr int SignatureBytes = 64;
    static constexpr int SecretKeyBytes = 64;

    /// Initialises libsodium once; false if the library cannot be used.
    static bool init();
    static QByteArray randomBytes(int size);
    static QByteArray newTeamKey();

    struct SigningKeys
    {
        QByteArray publicKey;
        QByteArray secretKey;
    };
    static SigningKeys newSigningKeys();
    static QByteArray sign(const QByteArray &message, const QByteArray &secretKey);
    static bool verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey);

    /// nonce ‖ ciphertext, authenticated together with `associated` (e.g. a header).
    static QByteArray seal(const QByteArray &plain, const QByteArray &associated, const QByteArray &key);
    static std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &associated, const QByteArray &key);

    /// salt ‖ sealed, with the key derived from `passphrase` by Argon2id.
    static QByteArray sealWithPassphrase(const QByteArray &plain, const QByteArray &passphrase);
    static std::optional<QByteArray> openWithPassphrase(const QByteArray &sealed, const QByteArray &passphrase);
};

} // namespace Kvarter::Sync
