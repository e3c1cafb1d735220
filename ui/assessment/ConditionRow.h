// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "assessment/Assessment.h"
#include "assessment/FsiiiTerms.h"

#include <QObject>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;

namespace Kvarter {

/// One FSIII condition as a line of the assessment form, laid into its area's grid: a home-care
/// condition gets level, Udførelse, Betydning, goal and note; a nursing condition gets problem /
/// potential problem, goal type and note. Below the line sits core's message for it, if any.
class ConditionRow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConditionRow)

public:
    ConditionRow(const FsiiiConcept &condition, ConditionGroup group, const FsiiiTerms &terms, QGridLayout *grid, int line,
                 QWidget *parent);

    const QString &code() const { return m_code; }
    ConditionGroup group() const { return m_group; }
    /// Anything chosen or typed: only such rows go into the assessment.
    bool hasInput() const;
    AssessedCondition value() const;
    void setValue(const AssessedCondition &condition);
    /// The last assessment's value, shown greyed beside the row ("Last: 2, 12 Oct").
    void setPrevious(const AssessedCondition &condition, const QDateTime &when);
    void setError(const QString &message);
    bool hasError() const;
    /// The first input of the row, for moving the focus to an error.
    QWidget *firstInput() const;
    QComboBox *performanceInput() const { return m_performance; }

Q_SIGNALS:
    void edited();

private:
    QString m_code;
    ConditionGroup m_group;
    QComboBox *m_level = nullptr;       // home care: 0–4, 9; nursing: problem / potential problem
    QComboBox *m_performance = nullptr; // home care only
    QComboBox *m_meaning = nullptr;     // home care only
    QComboBox *m_goal = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_previous;
    QLabel *m_error;
};

} // namespace Kvarter
