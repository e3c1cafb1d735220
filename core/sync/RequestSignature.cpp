// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "RequestSignature.h"

#include <QCryptographicHash>

namespace Kvarter::Sync::RequestSignature {

QByteArray message(const QByteArray &method, const QByteArray &pathAndQuery, const QByteArray &time, const QByteArray &nonce,
                   const QByteArray &body)
{
    QByteArray out = method;
    out.append('\n').append(pathAndQuery).append('\n').append(time).append('\n');
    if (!nonce.isEmpty())
        out.append(nonce).append('\n');
    out.append(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
    return out;
}

QByteArray target(const QUrl &url)
{
    QByteArray out = url.path().toUtf8();
    if (url.hasQuery())
        out += '?' + url.query().toUtf8();
    return out;
}

} // namespace Kvarter::Sync::RequestSignature
