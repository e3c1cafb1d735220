// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>

class QLabel;
class QWidget;

namespace Kvarter {

/// Core's field errors shown where a person looks: each under its own field, and a summary of how
/// many are left (with the messages that belong to no field). One per form.
class FieldErrorLabels final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::FieldErrorLabels)

public:
    /// The summary label ("errorSummaryLabel") is made at once, hidden, for the form to place.
    explicit FieldErrorLabels(QWidget *owner);

    QLabel *summary() const { return m_summary; }
    /// `field` with an error label (named `objectName`) under it for core's `key`, as one widget.
    QWidget *fieldWithError(QWidget *field, const QString &key, const QString &objectName);
    /// Clears the last errors and shows these.
    void show(const FieldErrors &errors);

private:
    QWidget *m_owner;
    QLabel *m_summary;
    QHash<QString, QLabel *> m_labels;
};

} // namespace Kvarter
