// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "common/FieldErrorLabels.h"

#include "common/Error.h"
#include "frame/FrameRule.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace Kvarter {

class Session;

/// Edits one delegated frame: who (a role) may do what (grant, increase, reduce, end) with a
/// service, up to how much and for how long before follow-up. Saving writes a new version through
/// FrameService (core validates; each error shows under its field); the old version stays.
class FrameRuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrameRuleDialog)

public:
    FrameRuleDialog(Session &session, const FrameRule &rule, QWidget *parent = nullptr);

    /// The version written; empty until accepted.
    const QString &versionId() const { return m_versionId; }
    FrameRule rule() const;

    void accept() override;
    void reject() override;

private:
    void updateUnit();

    Session &m_session;
    FrameRule m_original;
    QString m_versionId;
    QComboBox *m_role;
    QComboBox *m_service;
    QList<QPair<FrameAction, QCheckBox *>> m_actions;
    QSpinBox *m_max;
    QSpinBox *m_weeks;
    QCheckBox *m_active;
    FieldErrorLabels m_fieldErrors;
};

} // namespace Kvarter
