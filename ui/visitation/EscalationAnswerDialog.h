// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "common/FieldErrorLabels.h"

#include "common/Error.h"
#include "decision/Decision.h"
#include "decision/DecisionService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace Kvarter {

class Session;

/// The visitator's answer to an escalation other than "as proposed": another amount or level, or a
/// refusal. Core decides what the answer needs (a justification, a reason, a hearing before the
/// decision); the dialog shows each of core's errors under its field and writes through
/// DecisionService::decideEscalation.
class EscalationAnswerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationAnswerDialog)

public:
    EscalationAnswerDialog(Session &session, const Decision &escalation, EscalationAnswer::Kind kind, QWidget *parent = nullptr);

    /// The decision written; empty until the dialog was accepted.
    const Decision &decision() const { return m_decision; }
    /// Shows core's errors from an earlier attempt (a grant as proposed that core refused).
    void showErrors(const FieldErrors &errors) { m_fieldErrors.show(errors); }

    void accept() override;
    void reject() override;

private:
    EscalationAnswer answer() const;
    bool hasInput() const;

    Session &m_session;
    Decision m_escalation;
    EscalationAnswer::Kind m_kind;
    Decision m_decision;
    QSpinBox *m_amount = nullptr;
    QPlainTextEdit *m_justification;
    QPlainTextEdit *m_reason;
    QDateTimeEdit *m_heardAt;
    QComboBox *m_heardHow;
    FieldErrorLabels m_fieldErrors;
};

} // namespace Kvarter
