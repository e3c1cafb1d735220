// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "common/Error.h"
#include "decision/Decision.h"

#include <QDialog>
#include <QHash>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Kvarter {

class Session;

/// A near-visitation decision made from an assessment: which service, the new extent (minutes per
/// week, or a helhedspleje course level) or an end, what the citizen asked for, justification,
/// reason and hearing. Core's preview is shown live — decided now inside the frame, or sent to the
/// fixed visitator — with the effect on the team's economic frame; the decided letter can be shown
/// or saved as a PDF.
class DecisionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionDialog)

public:
    DecisionDialog(Session &session, const QString &citizenId, QWidget *parent = nullptr);

    Proposal proposal() const;
    /// The decision written by Decide, when there is one.
    const std::optional<Decision> &decision() const { return m_decision; }
    QString previewText() const;
    QString economyText() const;
    QString errorFor(const QString &field) const;
    /// Writes the letter of the decision made here as a PDF; false (with a message) when it cannot.
    bool saveLetterTo(const QString &path);

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void decisionMade(const QString &decisionId);

private:
    void build();
    QLabel *addField(QFormLayout *form, const QString &label, QWidget *field, const QString &key);
    void fillChoices();
    void serviceChanged();
    void updatePreview();
    void showErrors(const FieldErrors &errors);
    void showLetter();
    void saveLetterAs();
    bool hasInput() const;

    Session &m_session;
    QString m_citizenId;
    QString m_visitatorName;
    QComboBox *m_service;
    QCheckBox *m_end;
    QSpinBox *m_minutes;
    QComboBox *m_level;
    QSpinBox *m_requested;
    QCheckBox *m_agrees;
    QLineEdit *m_application;
    QPlainTextEdit *m_justification;
    QPlainTextEdit *m_reason;
    QCheckBox *m_heard;
    QDateTimeEdit *m_heardAt;
    QComboBox *m_heardHow;
    QComboBox *m_assessment;
    QLabel *m_verdict;
    QLabel *m_economy;
    QLabel *m_result;
    QLabel *m_summary;
    QPushButton *m_decide;
    QPushButton *m_showLetter;
    QPushButton *m_saveLetter;
    QHash<QString, QLabel *> m_errors;
    QHash<QString, QWidget *> m_fields;
    std::optional<Decision> m_decision;
    bool m_triedToDecide = false;
};

} // namespace Kvarter
