// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QMutex>
#include <QtGlobal>
#include <map>

namespace Kvarter::Server {

/// Up to which cursor every stored bundle is committed, so a pull may hand it out.
///
/// Several writer threads store bundles at once (their commits then share the disk flushes). The
/// database numbers bundles when they are inserted, but transactions commit in any order: a pull
/// could see 105 committed while 104 is not yet, advance its cursor past 104 and never fetch it.
/// A writer therefore announces itself before inserting; while it is under way, pulls stop below
/// anything it may be given. Holds within one server process, which owns its database.
class CommitHorizon final
{
public:
    using Token = quint64;

    /// Before inserting: from now until end(), bundles above what is stored so far stay hidden.
    Token begin();
    /// The cursors a writer was given, once it knows them.
    void stored(qint64 cursor);
    /// After the commit (or rollback).
    void end(Token token);
    /// The largest cursor a pull may return.
    qint64 visibleUpTo() const;

private:
    mutable QMutex m_mutex;
    qint64 m_largestStored = 0;
    Token m_nextToken = 1;
    std::map<Token, qint64> m_underWay; // token -> largest stored cursor when it began
};

} // namespace Kvarter::Server
