// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "EconomicFramePage.h"

#include "FrameRuleDialog.h"
#include "catalogue/ServiceCatalogue.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "common/MessageBar.h"
#include "decision/DecisionLetter.h"
#include "session/Session.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace Kvarter {

namespace {
QString actionsText(int actions)
{
    QStringList names;
    if (actions & int(FrameAction::Grant))
        names << EconomicFramePage::tr("grant");
    if (actions & int(FrameAction::Increase))
        names << EconomicFramePage::tr("increase");
    if (actions & int(FrameAction::Reduce))
        names << EconomicFramePage::tr("reduce");
    if (actions & int(FrameAction::End))
        names << EconomicFramePage::tr("end");
    return names.join(QStringLiteral(", "));
}

qint64 msecs(const QDate &day) { return QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch(); }
} // namespace

EconomicFramePage::EconomicFramePage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_message(new MessageBar(this)), m_summary(new QLabel(this)),
      m_chartView(new QChartView(this)), m_table(new QTableWidget(this)),
      m_history(new QCheckBox(tr("Show &history (every version)"), this)), m_edit(new QPushButton(tr("&Edit frame…"), this))
{
    setObjectName(QStringLiteral("economicFramePage"));
    auto *title = new QLabel(tr("<h2>The team's frame</h2>"), this);
    m_summary->setObjectName(QStringLiteral("frameSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("font-size: 11pt;"));

    m_chartView->setObjectName(QStringLiteral("frameChartView"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setAccessibleName(tr("The team's economic frame and what it uses, by week"));
    m_chartView->setFocusPolicy(Qt::NoFocus);

    m_table->setObjectName(QStringLiteral("framesTableWidget"));
    m_table->setColumnCount(8);
    m_table->setHorizontalHeaderLabels(
        { tr("Role"), tr("Service"), tr("May"), tr("Up to"), tr("Follow-up within"), tr("Version"), tr("Set by"), tr("When") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Delegated frames"));
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (m_edit->isVisible() && m_edit->isEnabled())
            editSelected();
    });

    m_history->setObjectName(QStringLiteral("showHistoryCheckBox"));
    connect(m_history, &QCheckBox::toggled, this, &EconomicFramePage::fillTable);
    m_edit->setObjectName(QStringLiteral("editFrameButton"));
    connect(m_edit, &QPushButton::clicked, this, &EconomicFramePage::editSelected);

    auto *framesTitle = new QLabel(tr("<h3>Delegated frames</h3>"), this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(framesTitle);
    tools->addStretch(1);
    tools->addWidget(m_history);
    tools->addWidget(m_edit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_chartView, 3);
    layout->addLayout(tools);
    layout->addWidget(m_table, 2);

    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.isEmpty() || entities.contains(QLatin1String("team_budget"))
            || entities.contains(QLatin1String("frame_rule")) || entities.contains(QLatin1String("care_grant")))
            reload();
    });
    connect(&m_session, &Session::actorChanged, this, &EconomicFramePage::reload);
    connect(&m_session, &Session::locked, this, &EconomicFramePage::reload);
    connect(&m_session, &Session::unlocked, this, &EconomicFramePage::reload);
    reload();
}

QChart *EconomicFramePage::chart() const { return m_chartView->chart(); }

void EconomicFramePage::reload()
{
    m_weeks.clear();
    m_edit->setVisible(m_session.may(Right::EditFrames));
    // Locked or not allowed: the chart and table are emptied, not left as they were.
    if (m_session.signedIn() && EconomicFrameService::mayView(m_session.actor())) {
        try {
            m_weeks = m_session.economicFrame().weeks(m_session.teamId(), m_session.clock().today(), WeeksBefore, WeeksAfter);
        } catch (const Error &e) {
            m_message->showError(e.message());
        }
    }
    fillChart();
    fillTable();
}

void EconomicFramePage::fillChart()
{
    auto *chart = new QChart;
    chart->setObjectName(QStringLiteral("frameChart"));
    auto *frame = new QLineSeries(chart);
    frame->setName(tr("Frame (hours/week)"));
    frame->setObjectName(QStringLiteral("frameSeries"));
    auto *used = new QLineSeries(chart);
    used->setName(tr("Used by grants and courses"));
    used->setObjectName(QStringLiteral("usedSeries"));
    double top = 1;
    for (const EconomicFrameWeek &week : std::as_const(m_weeks)) {
        if (week.frameSet)
            frame->append(double(msecs(week.monday)), week.frameHoursPerWeek);
        used->append(double(msecs(week.monday)), week.usedHoursPerWeek);
        top = std::max({ top, week.frameHoursPerWeek, week.usedHoursPerWeek });
    }
    frame->setPen(QPen(QColor(0x24, 0x44, 0x5c), 2.5, Qt::DashLine));
    used->setPen(QPen(QColor(0xc0, 0x6a, 0x1b), 2.5));
    chart->addSeries(frame);
    chart->addSeries(used);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("dd/MM"));
    x->setTitleText(tr("Week starting"));
    x->setTickCount(std::min(9, int(std::max<qsizetype>(2, m_weeks.size()))));
    auto *y = new QValueAxis(chart);
    y->setRange(0, top * 1.1);
    y->applyNiceNumbers(); // 0, 50, 100 … rather than thirds of the highest value
    y->setTitleText(tr("Hours per week"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *series : { frame, used }) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // A thin upright line at this week: what lies right of it are grants already decided to end or start.
    if (m_weeks.size() > WeeksBefore) {
        auto *now = new QLineSeries(chart);
        now->setName(tr("This week"));
        now->setObjectName(QStringLiteral("thisWeekSeries"));
        const double at = double(msecs(m_weeks.at(WeeksBefore).monday));
        now->append(at, 0);
        now->append(at, y->max());
        now->setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DotLine));
        chart->addSeries(now);
        now->attachAxis(x);
        now->attachAxis(y);
    }
    if (!m_weeks.isEmpty())
        x->setRange(QDateTime(m_weeks.first().monday, QTime(0, 0)), QDateTime(m_weeks.last().monday, QTime(0, 0)));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;

    const QLocale locale;
    const EconomicFrameWeek *now = m_weeks.size() > WeeksBefore ? &m_weeks.at(WeeksBefore) : nullptr;
    if (!now)
        m_summary->clear();
    else if (!now->frameSet)
        m_summary->setText(tr("No economic frame is set for the team. Its grants and courses use %1 hours per week.")
                               .arg(locale.toString(now->usedHoursPerWeek, 'f', 1)));
    else {
        const double left = now->frameHoursPerWeek - now->usedHoursPerWeek;
        m_summary->setText(left >= 0 ? tr("This week the team's grants and courses use <b>%1</b> of its <b>%2</b> hours "
                                          "per week: %3 hours are left.")
                                           .arg(locale.toString(now->usedHoursPerWeek, 'f', 1),
                                                locale.toString(now->frameHoursPerWeek, 'f', 1), locale.toString(left, 'f', 1))
                                     : tr("This week the team's grants and courses use <b>%1</b> hours per week, "
                                          "<b>%2 more</b> than its frame of %3.")
                                           .arg(locale.toString(now->usedHoursPerWeek, 'f', 1), locale.toString(-left, 'f', 1),
                                                locale.toString(now->frameHoursPerWeek, 'f', 1)));
    }
}

void EconomicFramePage::fillTable()
{
    m_rules.clear();
    QList<FrameRule> all;
    try {
        if (m_session.signedIn()) {
            all = m_session.frames().history(m_session.teamId());
            m_rules = m_history->isChecked() ? all : m_session.frames().currentRules(m_session.teamId());
        }
    } catch (const Error &e) {
        m_message->showError(e.message());
    }
    // A version's number: how many versions of the same (role, service) came before it, plus one.
    const auto versionOf = [&all](const FrameRule &rule) {
        int n = 0;
        for (const FrameRule &r : std::as_const(all)) // newest first
            if (r.role == rule.role && r.serviceCode == rule.serviceCode && (r.id == rule.id || n > 0))
                ++n;
        return std::max(1, n);
    };
    QHash<QString, QString> names;
    for (const Employee &e : m_session.team().employees(m_session.teamId()))
        names.insert(e.id, e.name);
    const QLocale locale;
    m_table->setRowCount(int(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const FrameRule &r = m_rules.at(row);
        const int max = r.kind == Grant::Kind::Course ? r.maxCourseLevel : r.maxMinutesPerWeek;
        const QStringList cells { Roles::displayName(r.role),
                                  ServiceCatalogue::standard().nameOfServiceOrGroup(r.serviceCode),
                                  r.active ? actionsText(r.actions) : tr("withdrawn"),
                                  r.active ? DecisionLetter::amountText(r.kind, max) : QString(),
                                  r.maxWeeks > 0 ? tr("%n week(s)", nullptr, r.maxWeeks) : tr("no limit"),
                                  QString::number(versionOf(r)),
                                  names.value(r.editedBy, r.editedBy),
                                  DisplayTime::dateTime(r.editedAt) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (!r.active)
                item->setForeground(QColor(0x77, 0x77, 0x77));
            m_table->setItem(row, column, item);
        }
    }
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void EconomicFramePage::editSelected()
{
    FrameRule rule;
    rule.teamId = m_session.teamId();
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_rules.size())
        rule = m_rules.at(row);
    auto *dialog = new FrameRuleDialog(m_session, rule, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        m_message->showInfo(tr("The frame was saved as a new version; the earlier one stays in the history."));
    });
    dialog->open();
}

} // namespace Kvarter
