// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;

namespace Kvarter {

class AccessEntryModel;
class AccessTableView;
class MessageBar;
class PeriodEdit;
class Session;
class WhoLookedDialog;

/// The team leader's review of the access log: the unusual openings of a period (the last 14 days
/// unless chosen), each with why it is unusual (no visit planned near it, another team's citizen,
/// a broken glass and its reason, at night), sortable; Enter or a double-click opens the who-has-
/// looked view of that citizen. For Right::ReviewAccess; the list is read only while it is shown.
class AccessReviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessReviewPage)

public:
    /// Two weeks: the review a team leader does every other week (as `kvarter-cli access-review`).
    static constexpr int DefaultDays = 14;

    explicit AccessReviewPage(Session &session, QWidget *parent = nullptr);

    void setPeriod(const QDate &from, const QDate &to);
    QDate from() const;
    QDate to() const;
    AccessEntryModel *model() const { return m_model; }
    AccessTableView *table() const { return m_table; }
    /// Reads the list again (at once when shown, else when it is next shown).
    void reload();
    /// The who-has-looked view of the citizen in `row` (of the table as sorted), shown; nullptr
    /// when it could not be opened (the reason is shown on the page) or the reason was cancelled.
    WhoLookedDialog *openWhoLooked(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();

    Session &m_session;
    AccessEntryModel *m_model;
    AccessTableView *m_table;
    PeriodEdit *m_period;
    QLabel *m_count;
    MessageBar *m_messages;
    bool m_stale = true;
};

} // namespace Kvarter
