// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "citizen/Citizen.h"

#include <QDate>
#include <QDialog>

class QLabel;

namespace Kvarter {

class AccessEntryModel;
class AccessTableView;
class PeriodEdit;
class Session;

/// "Who has looked": every opening of one citizen's record (Sundhedsloven §42a), newest first, in
/// a sortable table with who, when, which part, why they could open it and a broken glass's reason;
/// narrowed to a period, and saved as the PDF a citizen who asks is given. For the team leader
/// (Right::ReviewAccess). Looking at the list is an opening of its own (a report, as in the CLI),
/// and so is every PDF saved: both are logged, and both show in the list.
class WhoLookedDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhoLookedDialog)

public:
    /// Logs the opening and makes the dialog (not shown yet); nullptr when the person may not
    /// review access or cancelled the reason asked for another team's citizen. Throws Error when
    /// there is no such citizen.
    static WhoLookedDialog *create(Session &session, const QString &citizenId, QWidget *parent);

    /// Narrows the list to [from, to]; an invalid `from` is "from the first".
    void setPeriod(const QDate &from, const QDate &to);
    QDate from() const;
    QDate to() const;
    AccessEntryModel *model() const { return m_model; }
    AccessTableView *table() const { return m_table; }
    /// Logs the report as printed and writes it to `path`; false (with the reason shown) if not.
    bool saveTo(const QString &path);

private:
    WhoLookedDialog(Session &session, const Citizen &citizen, QWidget *parent);
    void reload();
    void saveAs();
    void showStatus(const QString &text, bool error);

    Session &m_session;
    Citizen m_citizen;
    AccessEntryModel *m_model;
    AccessTableView *m_table;
    PeriodEdit *m_period;
    QLabel *m_count;
    QLabel *m_status;
};

} // namespace Kvarter
