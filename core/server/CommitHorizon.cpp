// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CommitHorizon.h"

#include <algorithm>
#include <limits>

namespace Kvarter::Server {

CommitHorizon::Token CommitHorizon::begin()
{
    QMutexLocker lock(&m_mutex);
    const Token token = m_nextToken++;
    m_underWay.emplace(token, m_largestStored);
    return token;
}

void CommitHorizon::stored(qint64 cursor)
{
    QMutexLocker lock(&m_mutex);
    m_largestStored = std::max(m_largestStored, cursor);
}

void CommitHorizon::end(Token token)
{
    QMutexLocker lock(&m_mutex);
    m_underWay.erase(token);
}

qint64 CommitHorizon::visibleUpTo() const
{
    QMutexLocker lock(&m_mutex);
    // Any cursor handed out after a writer began is above what was stored when it began.
    qint64 upTo = std::numeric_limits<qint64>::max();
    for (const auto &[token, storedWhenBegun] : m_underWay)
        upTo = std::min(upTo, storedWhenBegun);
    return upTo;
}

} // namespace Kvarter::Server
