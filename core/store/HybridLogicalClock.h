// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QtGlobal>

namespace Kvarter {

/// A hybrid logical clock (Kulkarni et al. 2014): wall-clock milliseconds in the high 48 bits and
/// a counter in the low 16. Every value it issues is larger than any it has issued or observed,
/// so causal order survives a laptop whose clock runs slow or jumps back.
class HybridLogicalClock final
{
public:
    static constexpr int CounterBits = 16;

    explicit HybridLogicalClock(quint64 last = 0) : m_last(last) {}

    /// A timestamp for a local change happening at wall time `wallMs`.
    quint64 tick(qint64 wallMs);
    /// Takes note of a timestamp received from another device.
    void observe(quint64 remote);
    quint64 last() const { return m_last; }

    static qint64 wallMs(quint64 hlc) { return qint64(hlc >> CounterBits); }

private:
    quint64 m_last = 0;
};

} // namespace Kvarter
