// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDialog>

class QButtonGroup;
class QDateEdit;
class QLabel;

namespace Kvarter {

class FieldErrorLabels;
class Session;

/// Records that a citizen left the team: moved away, died, or the help ended, and on which day.
/// Says what follows (every laptop removes its copy after the retention period) before anything is
/// recorded; core checks the right and the date.
class DepartureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DepartureDialog)

public:
    DepartureDialog(Session &session, const QString &citizenId, const QString &citizenName, QWidget *parent = nullptr);
    ~DepartureDialog() override;

    void accept() override;

private:
    Session &m_session;
    QString m_citizenId;
    QButtonGroup *m_reasons;
    QDateEdit *m_date;
    std::unique_ptr<FieldErrorLabels> m_errors;
};

} // namespace Kvarter
