// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "change/ChangeService.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace Kvarter {

class FieldErrorLabels;
class Session;

/// The change form (ændringsskema), made for a visit's doorstep: tick what changed from the
/// citizen's usual state (six focus areas), a colour suggestion, who should look, and save — five
/// clicks for the usual case. A fall asks what happened. Core validates; errors show at the field.
class ChangeReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeReportDialog)

public:
    ChangeReportDialog(Session &session, const QString &citizenId, const QString &citizenName, const QString &visitId = {},
                       QWidget *parent = nullptr);
    ~ChangeReportDialog() override;

    void accept() override;
    const ChangeReportResult &result() const { return m_result; }

Q_SIGNALS:
    void reported(const ChangeReportResult &result);

private:
    QWidget *makeItems();
    QWidget *makeSuggestion();
    ChangeReport report() const;

    Session &m_session;
    QString m_citizenId;
    QString m_visitId;
    QHash<ChangeItem, QCheckBox *> m_items;
    QLineEdit *m_fallComment;
    QPlainTextEdit *m_note;
    QButtonGroup *m_colour;
    QCheckBox *m_lookNurse;
    QCheckBox *m_lookVisitator;
    QCheckBox *m_lookTherapist;
    std::unique_ptr<FieldErrorLabels> m_errors;
    ChangeReportResult m_result;
};

} // namespace Kvarter
