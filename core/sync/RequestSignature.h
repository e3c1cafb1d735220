// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QUrl>

namespace Kvarter::Sync {

/// How a device proves who it is to the sync server: an Ed25519 signature over the method, the
/// path with its query, a timestamp and the body's SHA-256, sent in X-Kvarter-* headers.
namespace RequestSignature {
QByteArray message(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &time, const QByteArray &body);
/// The path and query of `url` as both ends sign them.
QByteArray target(const QUrl &url);
inline constexpr char DeviceHeader[] = "X-Kvarter-Device";
inline constexpr char TimeHeader[] = "X-Kvarter-Time";
inline constexpr char SignatureHeader[] = "X-Kvarter-Signature";
} // namespace RequestSignature

} // namespace Kvarter::Sync
