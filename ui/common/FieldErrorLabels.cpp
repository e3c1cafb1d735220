// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "FieldErrorLabels.h"

#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

namespace Kvarter {

FieldErrorLabels::FieldErrorLabels(QWidget *owner) : m_owner(owner), m_summary(new QLabel(owner))
{
    m_summary->setObjectName(QStringLiteral("errorSummaryLabel"));
    m_summary->setStyleSheet(QStringLiteral("color: #b52a2a; font-weight: bold;"));
    m_summary->setWordWrap(true);
    m_summary->hide();
}

QWidget *FieldErrorLabels::fieldWithError(QWidget *field, const QString &key, const QString &objectName)
{
    auto *label = new QLabel(m_owner);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #b52a2a;"));
    label->setWordWrap(true);
    label->hide();
    m_labels.insert(key, label);
    auto *box = new QWidget(m_owner);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(label);
    return box;
}

void FieldErrorLabels::show(const FieldErrors &errors)
{
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
    QStringList elsewhere;
    for (const FieldError &e : errors) {
        if (QLabel *label = m_labels.value(e.field)) {
            label->setText(label->text().isEmpty() ? e.message : label->text() + QLatin1Char('\n') + e.message);
            label->show();
        } else {
            elsewhere << e.message;
        }
    }
    m_summary->setText(tr("%n thing(s) left to fix.", nullptr, int(errors.size()))
                       + (elsewhere.isEmpty() ? QString() : QLatin1Char(' ') + elsewhere.join(QLatin1Char(' '))));
    m_summary->setVisible(!errors.isEmpty());
}

} // namespace Kvarter
