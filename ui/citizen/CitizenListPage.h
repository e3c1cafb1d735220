// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace Kvarter {

class CitizenListModel;
class Session;

/// The team's citizens: type to search by name, CPR or address; click a header to sort;
/// Enter or double-click opens the citizen.
class CitizenListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitizenListPage)

public:
    explicit CitizenListPage(Session &session, QWidget *parent = nullptr);
    CitizenListModel *model() const { return m_model; }
    void focusSearch();

Q_SIGNALS:
    void citizenRequested(const QString &citizenId);

private:
    void updateCount();

    CitizenListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace Kvarter
