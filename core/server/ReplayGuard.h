// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QByteArray>
#include <QMutex>
#include <map>
#include <unordered_set>
#include <vector>

namespace Kvarter::Server {

/// The signatures of the requests accepted while their signed time is still within the window
/// (see Sync::RequestSignature), shared by the server's threads: a captured request sent again is
/// refused, and once its time has left the window the time check refuses it instead. Memory is
/// what the accepted requests of ten minutes need, about 40 bytes each.
class ReplayGuard final
{
public:
    /// True the first time a valid `signature` is shown; it is then remembered until `signedSecs`
    /// is more than the window behind `nowSecs`.
    bool firstUse(const QByteArray &signature, qint64 signedSecs, qint64 nowSecs);
    size_t remembered() const;

private:
    // The first 16 bytes of an Ed25519 signature (its R, a hash of the key and the message) tell
    // signatures apart; a tampered S would not verify, so it never gets here.
    struct Key
    {
        quint64 high = 0, low = 0;
        bool operator==(const Key &other) const { return high == other.high && low == other.low; }
    };
    struct KeyHash
    {
        size_t operator()(const Key &key) const { return size_t(key.high ^ (key.low * 0x9e3779b97f4a7c15ULL)); }
    };
    void forgetExpired(qint64 nowSecs);

    mutable QMutex m_mutex;
    std::unordered_set<Key, KeyHash> m_seen;
    std::map<qint64, std::vector<Key>> m_byExpiryMinute; // dropped once the minute is past
};

} // namespace Kvarter::Server
