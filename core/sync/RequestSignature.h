// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QUrl>

namespace Kvarter::Sync {

/// How a device proves who it is to the sync server: an Ed25519 signature over the method, the
/// path with its query, a timestamp (seconds since the epoch, as the server's clock would say it),
/// a random nonce and the body's SHA-256, sent in X-Kvarter-* headers.
///
/// Against replay (the pattern of AWS SigV4): the server refuses a signed time more than
/// MaxSkewSecs from its own clock, with a 401 that carries the server's time so the device can
/// sign with its measured offset from then on; within that window it remembers every signature
/// and refuses a second use. The nonce makes two identical requests in one second differ
/// (Ed25519 signatures are deterministic). A request without one, from an older laptop, is signed
/// over the same message less the nonce line and is still accepted once.
namespace RequestSignature {
QByteArray message(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &time, const QByteArray &nonce,
                   const QByteArray &body);
/// The path and query of `url` as both ends sign them.
QByteArray target(const QUrl &url);
inline constexpr char DeviceHeader[] = "X-Kvarter-Device";
inline constexpr char TimeHeader[] = "X-Kvarter-Time";
inline constexpr char NonceHeader[] = "X-Kvarter-Nonce";
inline constexpr char SignatureHeader[] = "X-Kvarter-Signature";
inline constexpr qint64 MaxSkewSecs = 300;
} // namespace RequestSignature

} // namespace Kvarter::Sync
