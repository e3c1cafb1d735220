// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "frame/EconomicFrameService.h"
#include "frame/FrameRule.h"

#include <QWidget>

class QChart;
class QChartView;
class QCheckBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableWidget;

namespace Kvarter {

class MessageBar;
class Session;

/// The team's economic frame (hours per week) against what its grants and courses use, over the
/// last weeks and the coming ones, and below it the delegated frames: who may decide what, up to
/// how much. Those who set frames edit one here, as a new version; the history stays readable.
class EconomicFramePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EconomicFramePage)

public:
    static constexpr int WeeksBefore = 8;
    static constexpr int WeeksAfter = 8;

    explicit EconomicFramePage(Session &session, QWidget *parent = nullptr);

    void reload();
    QChart *chart() const;
    const QList<EconomicFrameWeek> &weeks() const { return m_weeks; }
    /// The rows of the table now: the frames in force, or every version with the history shown.
    const QList<FrameRule> &rules() const { return m_rules; }
    void editSelected();

private:
    void fillChart();
    void fillTable();

    Session &m_session;
    QList<EconomicFrameWeek> m_weeks;
    QList<FrameRule> m_rules;
    MessageBar *m_message;
    QLabel *m_summary;
    QChartView *m_chartView;
    QTableWidget *m_table;
    QCheckBox *m_history;
    QPushButton *m_edit;
};

} // namespace Kvarter
