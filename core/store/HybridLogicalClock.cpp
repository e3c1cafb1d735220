// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "HybridLogicalClock.h"

#include <algorithm>

namespace Kvarter {

quint64 HybridLogicalClock::tick(qint64 wallMs)
{
    const quint64 physical = quint64(std::max<qint64>(wallMs, 0)) << CounterBits;
    m_last = std::max(physical, m_last + 1);
    return m_last;
}

void HybridLogicalClock::observe(quint64 remote) { m_last = std::max(m_last, remote); }

} // namespace Kvarter
