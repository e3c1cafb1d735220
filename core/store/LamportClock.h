// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QtGlobal>

#include <algorithm>

namespace Kvarter {

/// A Lamport clock (Lamport 1978): a counter that every local write advances past everything this
/// replica has written or seen. It orders writes for the merge because it knows nothing of wall
/// time: a laptop whose clock is a day off cannot win or lose a merge by it, while a write made
/// after seeing another still always comes after it.
class LamportClock final
{
public:
    explicit LamportClock(quint64 last = 0) : m_last(last) {}

    quint64 tick() { return ++m_last; }
    void observe(quint64 remote) { m_last = std::max(m_last, remote); }
    quint64 last() const { return m_last; }

private:
    quint64 m_last = 0;
};

} // namespace Kvarter
