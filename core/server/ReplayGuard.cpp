// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ReplayGuard.h"

#include "sync/RequestSignature.h"

#include <cstring>

namespace Kvarter::Server {

bool ReplayGuard::firstUse(const QByteArray &signature, qint64 signedSecs, qint64 nowSecs)
{
    if (signature.size() < 16)
        return false;
    Key key;
    std::memcpy(&key.high, signature.constData(), 8);
    std::memcpy(&key.low, signature.constData() + 8, 8);
    // Rounded up: a signature is forgotten only after the minute its time leaves the window.
    const qint64 expiryMinute = (signedSecs + Sync::RequestSignature::MaxSkewSecs) / 60 + 1;
    QMutexLocker lock(&m_mutex);
    forgetExpired(nowSecs);
    if (!m_seen.insert(key).second)
        return false;
    m_byExpiryMinute[expiryMinute].push_back(key);
    return true;
}

void ReplayGuard::forgetExpired(qint64 nowSecs)
{
    while (!m_byExpiryMinute.empty() && m_byExpiryMinute.begin()->first * 60 < nowSecs) {
        for (const Key &key : m_byExpiryMinute.begin()->second)
            m_seen.erase(key);
        m_byExpiryMinute.erase(m_byExpiryMinute.begin());
    }
}

size_t ReplayGuard::remembered() const
{
    QMutexLocker lock(&m_mutex);
    return m_seen.size();
}

} // namespace Kvarter::Server
