// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "common/FieldErrorLabels.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace Kvarter {

class Session;

/// Break the glass: the citizen is helped by another team, so before the record opens the person
/// says why care needs it now. Says plainly that the opening is logged and that the team leader
/// reviews it; the reason is checked by core (BreakGlass::validateReason) and shown under the
/// field. Accepted once core has granted the time-limited access; Cancel grants nothing.
class BreakGlassDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreakGlassDialog)

public:
    /// `refusal` is core's message (BreakGlassNeeded), which names the citizen and the hours.
    BreakGlassDialog(Session &session, const QString &citizenId, const QString &refusal, QWidget *parent = nullptr);

    /// The error shown under the reason; empty when none.
    QString reasonError() const;
    void accept() override;

private:
    void fitHeight();

    Session &m_session;
    QString m_citizenId;
    QLineEdit *m_reason;
    FieldErrorLabels m_fieldErrors;
    bool m_tried = false;
};

} // namespace Kvarter
