// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Crypto.h"

#include <sodium.h>

namespace Kvarter::Sync {

namespace {
const uchar *bytes(const QByteArray &a) { return reinterpret_cast<const uchar *>(a.constData()); }
uchar *bytes(QByteArray &a) { return reinterpret_cast<uchar *>(a.data()); }

QByteArray deriveKey(const QByteArray &passphrase, const QByteArray &salt)
{
    QByteArray key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    // INTERACTIVE limits: about a second and 64 MiB on a laptop, enough against guessing a file
    // someone copied, cheap enough for a nurse who types the passphrase once.
    if (crypto_pwhash(bytes(key), size_t(key.size()), passphrase.constData(), size_t(passphrase.size()), bytes(salt),
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return key;
}
} // namespace

bool Crypto::init()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray Crypto::randomBytes(int size)
{
    init();
    QByteArray out(size, Qt::Uninitialized);
    randombytes_buf(out.data(), size_t(size));
    return out;
}

QByteArray Crypto::newTeamKey() { return randomBytes(crypto_aead_xchacha20poly1305_ietf_KEYBYTES); }

Crypto::SigningKeys Crypto::newSigningKeys()
{
    init();
    SigningKeys keys { QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized),
                       QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized) };
    crypto_sign_keypair(bytes(keys.publicKey), bytes(keys.secretKey));
    return keys;
}

QByteArray Crypto::sign(const QByteArray &message, const QByteArray &secretKey)
{
    init();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    crypto_sign_detached(bytes(signature), nullptr, bytes(message), size_t(message.size()), bytes(secretKey));
    return signature;
}

bool Crypto::verify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
{
    init();
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message), size_t(message.size()), bytes(publicKey)) == 0;
}

QByteArray Crypto::seal(const QByteArray &plain, const QByteArray &associated, const QByteArray &key)
{
    init();
    QByteArray out = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    QByteArray cipher(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(cipher), &length, bytes(plain), size_t(plain.size()), bytes(associated),
                                               size_t(associated.size()), nullptr, bytes(out), bytes(key));
    cipher.resize(qsizetype(length));
    out.append(cipher);
    return out;
}

std::optional<QByteArray> Crypto::open(const QByteArray &sealed, const QByteArray &associated, const QByteArray &key)
{
    init();
    const int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (key.size() != crypto_aead_xchacha20poly1305_ietf_KEYBYTES
        || sealed.size() < nonceBytes + int(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    const QByteArray nonce = sealed.left(nonceBytes);
    const QByteArray cipher = sealed.mid(nonceBytes);
    QByteArray plain(cipher.size(), Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plain), &length, nullptr, bytes(cipher), size_t(cipher.size()),
                                                   bytes(associated), size_t(associated.size()), bytes(nonce), bytes(key))
        != 0)
        return std::nullopt;
    plain.resize(qsizetype(length));
    return plain;
}

QByteArray Crypto::sealWithPassphrase(const QByteArray &plain, const QByteArray &passphrase)
{
    const QByteArray salt = randomBytes(crypto_pwhash_SALTBYTES);
    return QByteArray(salt).append(seal(plain, salt, deriveKey(passphrase, salt)));
}

std::optional<QByteArray> Crypto::openWithPassphrase(const QByteArray &sealed, const QByteArray &passphrase)
{
    if (sealed.size() < int(crypto_pwhash_SALTBYTES))
        return std::nullopt;
    const QByteArray salt = sealed.left(crypto_pwhash_SALTBYTES);
    const QByteArray key = deriveKey(passphrase, salt);
    if (key.isEmpty())
        return std::nullopt;
    return open(sealed.mid(crypto_pwhash_SALTBYTES), salt, key);
}

} // namespace Kvarter::Sync
