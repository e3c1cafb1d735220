// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;

namespace Kvarter {

/// "From: … To: …" for the access log's lists: two date edits with calendars that bound each
/// other, so the period never turns inside out. With an open start, the earliest date reads
/// "the start" and from() is invalid (no lower bound).
class PeriodEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodEdit)

public:
    enum class Start {
        Fixed, // from() is always a day
        Open,  // from() may be "the start"
    };

    PeriodEdit(Start start, const QDate &from, const QDate &to, QWidget *parent = nullptr);

    /// Invalid when an open start is at "the start".
    QDate from() const;
    QDate to() const;
    /// Sets both ends (an invalid `from` is "the start", or the earliest day); emits periodChanged once.
    void setPeriod(const QDate &from, const QDate &to);

Q_SIGNALS:
    void periodChanged();

private:
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_open;
    bool m_setting = false;
};

} // namespace Kvarter
