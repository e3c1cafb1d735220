// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "assessment/Assessment.h"
#include "assessment/FsiiiTerms.h"
#include "common/Error.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace Kvarter {

class ConditionRow;
class Session;

/// The FSIII assessment form: a tab per home-care area, one for the nursing areas and one for the
/// citizen's wishes and the overall assessment. Every change is kept as a draft on this laptop
/// (AssessmentDrafts), so a killed app loses nothing; core validates on save and each message
/// appears under its row, with a count of what is left.
class AssessmentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentDialog)

public:
    /// A new assessment of the citizen, showing the last values beside each row.
    AssessmentDialog(Session &session, const QString &citizenId, QWidget *parent = nullptr);
    /// A correction of `original`, pre-filled with it.
    static AssessmentDialog *correction(Session &session, const Assessment &original, QWidget *parent = nullptr);
    /// Continues a kept draft (new or correction, as it was).
    static AssessmentDialog *fromDraft(Session &session, const Assessment &draft, QWidget *parent = nullptr);

    Assessment collected() const { return collect(nullptr); }
    QString savedId() const { return m_savedId; }
    int errorCount() const { return m_errorCount; }
    ConditionRow *row(const QString &code) const;

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void assessmentSaved(const QString &assessmentId);

private:
    void build();
    Assessment collect(QList<ConditionRow *> *order) const;
    QWidget *makeAreaPage(const QList<FsiiiArea> &areas, ConditionGroup group, int tab);
    void fill(const Assessment &assessment);
    void showPrevious();
    void saveDraft();
    void showErrors(const FieldErrors &errors);
    bool hasInput() const;
    /// Asks whether to keep the draft; false when the person chose to stay in the form.
    bool confirmLeave();

    Session &m_session;
    QString m_citizenId;
    QString m_supersedesId;
    QDateTime m_assessedAt;
    QList<ConditionRow *> m_rows;
    QList<int> m_tabOfRow;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_wishes = nullptr;
    QPlainTextEdit *m_overall = nullptr;
    QLabel *m_wishesError = nullptr;
    QLabel *m_overallError = nullptr;
    QLabel *m_summary = nullptr;
    QStringList m_tabTitles;
    QString m_savedId;
    int m_errorCount = 0;
    bool m_filling = false;
};

} // namespace Kvarter
