// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "change/TriageColour.h"

#include <QDialog>
#include <memory>

class QButtonGroup;
class QPlainTextEdit;

namespace Kvarter {

class FieldErrorLabels;
class Session;

/// Sets a citizen's colour at the board: the colour and why. Core refuses lowering red to those who
/// may not, and sets the follow-up task the colour brings.
class TriageDecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TriageDecisionDialog)

public:
    TriageDecisionDialog(Session &session, const QString &citizenId, const QString &citizenName, TriageColour current,
                         QWidget *parent = nullptr);
    ~TriageDecisionDialog() override;
    void setColour(TriageColour colour);
    void setReason(const QString &reason);
    void accept() override;

private:
    Session &m_session;
    QString m_citizenId;
    TriageColour m_current;
    QButtonGroup *m_colour;
    QPlainTextEdit *m_reason;
    std::unique_ptr<FieldErrorLabels> m_errors;
};

} // namespace Kvarter
