// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PeriodEdit.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <algorithm>

namespace Kvarter {

namespace {
// The earliest day either end can show; for an open start it stands for "the start".
const QDate Earliest(2000, 1, 1);
const QDate Latest(2999, 12, 31);
} // namespace

PeriodEdit::PeriodEdit(Start start, const QDate &from, const QDate &to, QWidget *parent)
    : QWidget(parent), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_open(start == Start::Open)
{
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d. MMM yyyy"));
        edit->setDateRange(Earliest, Latest);
    }
    if (m_open)
        m_from->setSpecialValueText(tr("the start"));
    // A date edit sizes itself to its range's ends, which setPeriod narrows: measured over the
    // whole range (and a digit to spare for wider months), no day is cut off later.
    const int width = std::max(m_from->sizeHint().width(), m_to->sizeHint().width())
        + m_from->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    for (QDateEdit *edit : { m_from, m_to })
        edit->setMinimumWidth(width);
    setPeriod(from, to);
    // Each end bounds the other, so the period cannot turn inside out.
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_to->setMinimumDate(d);
        if (!m_setting)
            Q_EMIT periodChanged();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_from->setMaximumDate(d);
        if (!m_setting)
            Q_EMIT periodChanged();
    });

    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addSpacing(8);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
}

QDate PeriodEdit::from() const { return m_open && m_from->date() == Earliest ? QDate() : m_from->date(); }

QDate PeriodEdit::to() const { return m_to->date(); }

void PeriodEdit::setPeriod(const QDate &from, const QDate &to)
{
    m_setting = true;
    // Widen first, so that neither end is clamped by the other's old value.
    m_from->setMaximumDate(Latest);
    m_to->setMinimumDate(Earliest);
    m_from->setDate(from.isValid() ? from : Earliest);
    m_to->setDate(to);
    m_from->setMaximumDate(m_to->date());
    m_to->setMinimumDate(m_from->date());
    m_setting = false;
    Q_EMIT periodChanged();
}

} // namespace Kvarter
