// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AreaHistoryWidget.h"

#include "assessment/FsiiiTerms.h"
#include "common/DisplayTime.h"
#include "session/Session.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Kvarter {

AreaHistoryWidget::AreaHistoryWidget(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_area(new QComboBox(this)), m_chartView(new QChartView(this)),
      m_table(new QTableWidget(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("areaHistoryWidget"));
    m_area->setObjectName(QStringLiteral("areaComboBox"));
    for (const FsiiiArea &area : FsiiiTerms::standard().homeCareAreas())
        m_area->addItem(area.area.display, area.area.code);
    m_chartView->setObjectName(QStringLiteral("areaChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setFocusPolicy(Qt::NoFocus); // the table carries the same numbers for the keyboard
    m_table->setObjectName(QStringLiteral("areaHistoryTableWidget"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setAccessibleName(tr("Levels over time"));
    m_empty->setObjectName(QStringLiteral("areaHistoryEmptyLabel"));
    m_empty->setWordWrap(true);

    auto *label = new QLabel(tr("&Area:"), this);
    label->setBuddy(m_area);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_area);
    top->addWidget(m_empty, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(m_area, &QComboBox::currentIndexChanged, this, &AreaHistoryWidget::reload);
}

void AreaHistoryWidget::setCitizen(const QString &citizenId)
{
    m_citizenId = citizenId;
    reload();
}

void AreaHistoryWidget::showArea(const QString &areaCode)
{
    const int index = m_area->findData(areaCode);
    if (index >= 0)
        m_area->setCurrentIndex(index);
}

void AreaHistoryWidget::reload()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    AreaHistory history;
    if (!m_citizenId.isEmpty()) {
        try {
            history = m_session.assessments().areaHistory(m_citizenId, m_area->currentData().toString());
        } catch (const Error &e) {
            m_empty->setText(e.message());
        }
    }
    m_empty->setText(history.assessedAt.isEmpty() ? tr("No assessment of this area yet.")
                                                  : tr("%n assessment(s); 0 = no limitations, 4 = total. 9 (not relevant) is "
                                                       "in the table only.",
                                                       nullptr, int(history.assessedAt.size())));

    // The table: a row per condition, a column per assessment, oldest left like the chart.
    QStringList columns;
    for (const QDateTime &when : history.assessedAt)
        columns << DisplayTime::date(when.date());
    m_table->setColumnCount(int(columns.size()));
    m_table->setHorizontalHeaderLabels(columns);
    m_table->setRowCount(int(history.conditions.size()));
    QStringList rows;
    auto *axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("d. MMM yy"));
    axisX->setTitleText(tr("Assessed"));
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 4);
    axisY->setTickCount(5);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(tr("Level"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (int r = 0; r < history.conditions.size(); ++r) {
        const ConditionHistory &condition = history.conditions[r];
        rows << condition.display;
        auto *series = new QLineSeries(chart);
        series->setName(condition.display);
        series->setPointsVisible(true);
        for (const ConditionPoint &point : condition.points) {
            const int column = int(history.assessedAt.indexOf(point.assessedAt));
            if (column >= 0 && point.level)
                m_table->setItem(r, column, new QTableWidgetItem(QString::number(*point.level)));
            if (point.level && *point.level <= 4)
                series->append(double(point.assessedAt.toMSecsSinceEpoch()), *point.level);
        }
        chart->addSeries(series);
        series->attachAxis(axisX);
        series->attachAxis(axisY);
    }
    m_table->setVerticalHeaderLabels(rows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (!history.assessedAt.isEmpty()) {
        // A margin either side keeps the first and last points off the chart's edge (and gives a
        // single assessment some width).
        const QDateTime first = history.assessedAt.first(), last = history.assessedAt.last();
        const qint64 margin = std::max<qint64>(7, first.daysTo(last) / 20);
        axisX->setRange(first.addDays(-margin), last.addDays(margin));
        axisX->setTickCount(std::min<int>(6, std::max<int>(2, int(history.assessedAt.size()))));
    }
    chart->setTitle(m_area->currentText());
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

} // namespace Kvarter
