// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "PlanPage.h"

#include "ContinuityModel.h"
#include "DayPlanModel.h"
#include "ReassignDialog.h"
#include "RunListDialog.h"
#include "TimelineView.h"
#include "UnassignedListView.h"
#include "WeekPlanModel.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "common/Error.h"
#include "common/MessageBar.h"
#include "plan/PlanService.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>
#include <functional>

namespace Kvarter {

namespace {
QToolButton *navButton(const QString &text, const QString &tip, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setObjectName(objectName);
    return button;
}
} // namespace

PlanPage::PlanPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_day(session.clock().today()), m_model(new DayPlanModel(session, this)),
      m_continuity(new ContinuityModel(session, this)), m_timeline(new TimelineView(m_model, this)),
      m_unassigned(new UnassignedListView(m_model, this)), m_dayLabel(new QLabel(this)), m_unassignedLabel(new QLabel(this)),
      m_messages(new MessageBar(this)), m_continuityTable(new QTableView(this)), m_week(new WeekPlanModel(session, this))
{
    setObjectName(QStringLiteral("planPage"));
    m_dayLabel->setObjectName(QStringLiteral("planDayLabel"));
    QFont titleFont = m_dayLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_dayLabel->setFont(titleFont);
    m_dayLabel->setWordWrap(true); // on a narrow screen the title takes two lines rather than widening every page

    auto *weekBack = navButton(QStringLiteral("◀◀"), tr("One week back"), QStringLiteral("weekBackButton"), this);
    auto *dayBack = navButton(QStringLiteral("◀"), tr("Previous day"), QStringLiteral("dayBackButton"), this);
    auto *today = navButton(tr("Today"), tr("Go to today"), QStringLiteral("todayButton"), this);
    auto *dayForward = navButton(QStringLiteral("▶"), tr("Next day"), QStringLiteral("dayForwardButton"), this);
    auto *weekForward = navButton(QStringLiteral("▶▶"), tr("One week forward"), QStringLiteral("weekForwardButton"), this);
    m_runListButton = navButton(tr("Print run list…"),
                                tr("The day's run list on paper or as PDF: the fallback when the "
                                   "online system is down"),
                                QStringLiteral("runListButton"), this);
    connect(m_runListButton, &QToolButton::clicked, this, &PlanPage::openRunListDialog);
    connect(weekBack, &QToolButton::clicked, this, [this] { setDay(m_day.addDays(-7)); });
    connect(dayBack, &QToolButton::clicked, this, [this] { setDay(m_day.addDays(-1)); });
    connect(today, &QToolButton::clicked, this, [this] { setDay(m_session.clock().today()); });
    connect(dayForward, &QToolButton::clicked, this, [this] { setDay(m_day.addDays(1)); });
    connect(weekForward, &QToolButton::clicked, this, [this] { setDay(m_day.addDays(7)); });
    m_dayButton = navButton(tr("Day"), tr("The day as a timeline"), QStringLiteral("dayViewButton"), this);
    m_weekButton =
        navButton(tr("Week"), tr("The week: visits and hours per person and day"), QStringLiteral("weekViewButton"), this);
    for (QToolButton *b : { m_dayButton, m_weekButton }) {
        b->setCheckable(true);
        b->setAutoExclusive(true);
    }
    m_dayButton->setChecked(true);
    connect(m_weekButton, &QToolButton::toggled, this, &PlanPage::showWeek);
    auto *zoomOut = navButton(QStringLiteral("−"), tr("Zoom out (Ctrl+−)"), QStringLiteral("zoomOutButton"), this);
    auto *zoomIn = navButton(QStringLiteral("+"), tr("Zoom in (Ctrl++)"), QStringLiteral("zoomInButton"), this);
    auto *fit =
        navButton(tr("Whole day"), tr("The whole day in the width there is (Ctrl+0)"), QStringLiteral("fitDayButton"), this);
    const auto centreMinute = [this] {
        return m_timeline->minuteForX(m_scroll->horizontalScrollBar()->value() + m_scroll->viewport()->width() / 2);
    };
    connect(zoomOut, &QToolButton::clicked, this, [this, centreMinute] { zoom(1 / 1.25, centreMinute()); });
    connect(zoomIn, &QToolButton::clicked, this, [this, centreMinute] { zoom(1.25, centreMinute()); });
    connect(fit, &QToolButton::clicked, this, &PlanPage::fitDay);
    const auto shortcut = [this](const QKeySequence &keys, const std::function<void()> &run) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, run);
    };
    shortcut(QKeySequence::ZoomIn, [this, centreMinute] { zoom(1.25, centreMinute()); });
    shortcut(QKeySequence(QStringLiteral("Ctrl+=")), [this, centreMinute] { zoom(1.25, centreMinute()); });
    shortcut(QKeySequence::ZoomOut, [this, centreMinute] { zoom(1 / 1.25, centreMinute()); });
    shortcut(QKeySequence(QStringLiteral("Ctrl+0")), [this] { fitDay(); });

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("timelineScrollArea"));
    scroll->setWidget(m_timeline);
    scroll->setWidgetResizable(true);
    m_scroll = scroll;
    connect(scroll->horizontalScrollBar(), &QScrollBar::valueChanged, m_timeline, qOverload<>(&QWidget::update));
    scroll->setFrameShape(QFrame::StyledPanel);

    m_continuityTable->setObjectName(QStringLiteral("continuityTableView"));
    m_continuityTable->setModel(m_continuity);
    m_continuityTable->verticalHeader()->hide();
    m_continuityTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_continuityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_continuityTable->horizontalHeader()->setSectionResizeMode(ContinuityModel::Citizen, QHeaderView::Stretch);
    m_continuityTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_continuityTable->setWordWrap(false);
    m_continuityTable->setToolTip(tr("Different staff who visited each citizen in the last 14 days. "
                                     "The Elderly Act asks for as few as possible."));

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_unassignedLabel->setObjectName(QStringLiteral("unassignedLabel"));
    sideLayout->addWidget(m_unassignedLabel);
    sideLayout->addWidget(m_unassigned, 1);
    auto *continuityTitle = new QLabel(tr("<b>Continuity</b> — different staff per citizen, last 14 days"), side);
    continuityTitle->setWordWrap(true); // the timeline gets the width, not this line
    sideLayout->addWidget(continuityTitle);
    sideLayout->addWidget(m_continuityTable, 2);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 900, 320 });

    m_views = new QStackedWidget(this);
    m_views->addWidget(splitter);
    m_views->addWidget(makeWeekView());

    auto *header = new QHBoxLayout;
    header->addWidget(m_dayLabel, 1);
    for (QToolButton *b : { weekBack, dayBack, today, dayForward, weekForward })
        header->addWidget(b);
    header->addSpacing(12);
    header->addWidget(m_dayButton);
    header->addWidget(m_weekButton);
    header->addSpacing(12);
    for (QToolButton *b : { zoomOut, zoomIn, fit })
        header->addWidget(b);
    header->addSpacing(12);
    header->addWidget(m_runListButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_messages);
    layout->addWidget(m_views, 1);

    connect(m_timeline, &TimelineView::reassignRequested, this, &PlanPage::reassign);
    connect(m_timeline, &TimelineView::dialogRequested, this, &PlanPage::openReassignDialog);
    connect(m_timeline, &TimelineView::moveRequested, this, &PlanPage::move);
    connect(m_timeline, &TimelineView::zoomRequested, this, &PlanPage::zoom);
    connect(m_unassigned, &UnassignedListView::unassignRequested, this,
            [this](const QString &visitId) { reassign(visitId, QString()); });
    connect(m_unassigned, &QListView::activated, this,
            [this](const QModelIndex &index) { openReassignDialog(m_unassigned->visitIdAt(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlanPage::updateLabels);
    connect(&m_session, &Session::actorChanged, this, &PlanPage::reload);
    reload();
}

void PlanPage::setDay(const QDate &day)
{
    m_day = day;
    reload();
}

QWidget *PlanPage::makeWeekView()
{
    m_weekTable = new QTableView(this);
    m_weekTable->setObjectName(QStringLiteral("weekTableView"));
    m_weekTable->setModel(m_week);
    m_weekTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_weekTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_weekTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_weekTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_weekTable->setWordWrap(true);
    m_weekTable->setToolTip(tr("Double-click or Enter: that day's timeline"));
    // A day of the week opens as its timeline, where visits are moved.
    const auto openDay = [this](const QModelIndex &index) {
        if (!index.isValid())
            return;
        m_day = index.data(WeekPlanModel::DayRole).toDate();
        m_dayButton->setChecked(true);
    };
    connect(m_weekTable, &QTableView::activated, this, openDay);
    return m_weekTable;
}

void PlanPage::showWeek(bool week)
{
    m_weekButton->setChecked(week);
    m_dayButton->setChecked(!week);
    m_views->setCurrentIndex(week ? 1 : 0);
    reload();
}

bool PlanPage::showsWeek() const { return m_views->currentIndex() == 1; }

void PlanPage::zoom(double factor, int anchorMinute)
{
    // The minute under the pointer (or the middle) stays where it is on screen.
    const int before = m_timeline->xForMinute(anchorMinute) - m_scroll->horizontalScrollBar()->value();
    m_timeline->setHourWidth(int(std::lround(m_timeline->hourWidth() * factor)));
    m_timeline->resize(std::max(m_scroll->viewport()->width(), m_timeline->sizeHint().width()), m_timeline->height());
    m_scroll->horizontalScrollBar()->setValue(m_timeline->xForMinute(anchorMinute) - before);
}

void PlanPage::fitDay()
{
    const int usable = m_scroll->viewport()->width() - TimelineView::NameWidth - 8;
    m_timeline->setHourWidth(usable / (TimelineView::LastHour - TimelineView::FirstHour));
    m_timeline->resize(std::max(m_scroll->viewport()->width(), m_timeline->sizeHint().width()), m_timeline->height());
    m_scroll->horizontalScrollBar()->setValue(0);
}

void PlanPage::reload()
{
    if (m_views && showsWeek()) {
        m_week->setWeekOf(m_day);
        updateLabels();
        return;
    }
    m_model->setTeam(m_session.teamId());
    m_model->setRange(m_day, 1);
    m_continuity->setTeam(m_session.teamId(), m_day);
    // Open on the working day, not at 06:00 of an empty morning.
    if (m_scroll)
        m_scroll->horizontalScrollBar()->setValue(m_timeline->hourWidth() * (7 - TimelineView::FirstHour)
                                                  - TimelineView::NameWidth / 2);
    // Core refuses the others too; the button says so before anyone tries.
    m_runListButton->setEnabled(m_session.may(Right::ReadPlan));
    if (!m_session.may(Right::Plan))
        m_messages->showInfo(tr("You can see the plan. Only a planner or the team leader can move visits."));
    else
        m_messages->hide();
    updateLabels();
}

void PlanPage::updateLabels()
{
    if (m_views && showsWeek()) {
        const QDate monday = m_week->monday();
        m_dayLabel->setText(tr("Plan — week %1 (%2 – %3)")
                                .arg(monday.weekNumber())
                                .arg(DisplayTime::dayAndMonth(monday), DisplayTime::date(monday.addDays(6))));
        return;
    }
    m_dayLabel->setText(tr("Plan — %1 (week %2)").arg(DisplayTime::weekdayDate(m_day)).arg(m_day.weekNumber()));
    m_unassignedLabel->setText(tr("<b>Not assigned</b> (%1) — drag onto a person").arg(m_unassigned->count()));
}

void PlanPage::reassign(const QString &visitId, const QString &employeeId) { move(visitId, employeeId, {}); }

void PlanPage::move(const QString &visitId, const QString &employeeId, const QDateTime &start)
{
    QList<PlanWarning> warnings;
    try {
        warnings = m_session.planCheck().warningsFor(visitId, employeeId, start);
    } catch (const Error &e) {
        m_messages->showError(e.message());
        return;
    }
    if (warnings.isEmpty()) {
        commitMove(visitId, employeeId, start);
        return;
    }
    QStringList lines;
    for (const PlanWarning &w : warnings)
        lines << w.message;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Check the plan"),
                                tr("Before the visit is moved:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("planWarningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *anyway = box->addButton(tr("&Move anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("moveAnywayButton"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel); // Enter keeps the plan as it was
    connect(anyway, &QPushButton::clicked, this, [this, visitId, employeeId, start] { commitMove(visitId, employeeId, start); });
    box->open();
}

void PlanPage::commitMove(const QString &visitId, const QString &employeeId, const QDateTime &start)
{
    try {
        if (start.isValid())
            m_session.plan().move(visitId, employeeId, start);
        else
            m_session.plan().reassign(visitId, employeeId);
    } catch (const Error &e) {
        m_messages->showError(e.message());
    }
}

RunListDialog *PlanPage::openRunListDialog()
{
    auto *dialog = new RunListDialog(m_session, m_day, m_model->staff(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void PlanPage::openReassignDialog(const QString &visitId)
{
    for (const Visit &v : m_model->visits()) {
        if (v.id != visitId)
            continue;
        auto *dialog = new ReassignDialog(v, m_model->staff(), m_model->visits(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, start = v.start] {
            move(dialog->visitId(), dialog->employeeId(), dialog->start() == start ? QDateTime() : dialog->start());
        });
        dialog->open();
        return;
    }
}

} // namespace Kvarter
