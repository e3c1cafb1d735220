// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace Kvarter {

class Session;

/// "Funktionsevne" on the citizen page: for one area, each condition's level over time as a
/// line chart (0–4; level 9, not relevant, is not plotted) and the same numbers as a table,
/// which is the view a screen reader and the keyboard use.
class AreaHistoryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AreaHistoryWidget)

public:
    explicit AreaHistoryWidget(Session &session, QWidget *parent = nullptr);
    void setCitizen(const QString &citizenId);
    void reload();
    QTableWidget *table() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    /// Picks an area by its code (for tests and for the form's "show history").
    void showArea(const QString &areaCode);

private:
    Session &m_session;
    QString m_citizenId;
    QComboBox *m_area;
    QChartView *m_chartView;
    QTableWidget *m_table;
    QLabel *m_empty;
};

} // namespace Kvarter
