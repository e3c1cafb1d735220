// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace Kvarter {

/// The one source of "now" in core. Time is injected so that day plans, deadlines and clock skew
/// can be tested without sleeping; everything is expressed in the team's time zone.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    static QTimeZone teamZone();
    QDate today() const { return now().toTimeZone(teamZone()).date(); }
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

/// The real wall clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that only moves when told to; for tests and the deterministic demo generator.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

} // namespace Kvarter
