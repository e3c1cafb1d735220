// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TriageBoardPage.h"

#include "TriageBoardModel.h"
#include "TriageDecisionDialog.h"
#include "change/TriageService.h"
#include "common/Clock.h"
#include "common/MessageBar.h"
#include "pdf/TriageBoardPdf.h"
#include "session/Session.h"
#include "team/Role.h"
#include "team/TeamService.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kvarter {

TriageBoardPage::TriageBoardPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new TriageBoardModel(this)), m_table(new QTableView(this)),
      m_counts(new QLabel(this)), m_colourFilter(new QComboBox(this)), m_nurseFilter(new QComboBox(this)),
      m_setColour(new QPushButton(tr("Set &colour…"), this)), m_followUp(new QPushButton(tr("&Followed up today"), this)),
      m_open(new QPushButton(tr("&Open citizen"), this)), m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("triageBoardPage"));
    auto *title = new QLabel(tr("<h2>Triage board</h2>"), this);
    m_counts->setObjectName(QStringLiteral("boardCountsLabel"));
    m_colourFilter->setObjectName(QStringLiteral("colourFilterComboBox"));
    m_colourFilter->addItem(tr("All colours"), QString());
    for (TriageColour colour : { TriageColour::Red, TriageColour::Yellow, TriageColour::Green })
        m_colourFilter->addItem(TriageColours::displayName(colour), TriageColours::key(colour));
    m_nurseFilter->setObjectName(QStringLiteral("nurseFilterComboBox"));
    m_nurseFilter->setToolTip(tr("Citizens whose contact person this is, or who have a task for them"));
    auto *print = new QPushButton(tr("&Print board…"), this);
    print->setObjectName(QStringLiteral("printBoardButton"));
    m_setColour->setObjectName(QStringLiteral("setColourButton"));
    m_followUp->setObjectName(QStringLiteral("followUpButton"));
    m_open->setObjectName(QStringLiteral("openCitizenButton"));

    m_table->setObjectName(QStringLiteral("boardTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TriageBoardModel::Why, QHeaderView::Stretch);
    m_table->setColumnWidth(TriageBoardModel::Colour, 60);
    m_table->setColumnWidth(TriageBoardModel::Citizen, 150);
    m_table->setColumnWidth(TriageBoardModel::Deadlines, 230);
    m_table->setColumnWidth(TriageBoardModel::FollowUp, 110);

    auto *filters = new QHBoxLayout;
    filters->addWidget(title);
    filters->addSpacing(12);
    filters->addWidget(m_counts, 1);
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_colourFilter);
    filters->addWidget(m_nurseFilter);
    filters->addWidget(print);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_setColour);
    actions->addWidget(m_followUp);
    actions->addStretch(1);
    actions->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_messages);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_colourFilter, &QComboBox::currentIndexChanged, this, &TriageBoardPage::reload);
    connect(m_nurseFilter, &QComboBox::currentIndexChanged, this, &TriageBoardPage::reload);
    connect(m_setColour, &QPushButton::clicked, this, &TriageBoardPage::setColourOfSelected);
    connect(m_followUp, &QPushButton::clicked, this, &TriageBoardPage::followUpSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedCitizen().isEmpty())
            Q_EMIT citizenRequested(selectedCitizen());
    });
    connect(m_table, &QTableView::activated, this, [this] { setColourOfSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TriageBoardPage::updateActions);
    connect(print, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the board as PDF"),
            QDir::home().filePath(TriageBoardPdf::suggestedFileName(m_session.clock().today())), tr("PDF (*.pdf)"));
        if (!path.isEmpty() && printTo(path))
            m_messages->showInfo(tr("The board is saved as %1.").arg(QDir::toNativeSeparators(path)));
    });
    // Changes come in by sync; the countdowns move with the clock.
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        for (const char *table : { "change_report", "triage_decision", "triage_followup", "task", "task_done", "citizen" })
            if (entities.contains(QLatin1String(table))) {
                reload();
                return;
            }
    });
    connect(&m_session, &Session::actorChanged, this, [this] {
        fillNurses();
        m_logged = false;
        reload();
    });
    connect(&m_session, &Session::locked, this, [this] { m_model->setBoard({}, {}); });
    connect(&m_session, &Session::unlocked, this, &TriageBoardPage::reload);
    m_tick.setInterval(60 * 1000);
    connect(&m_tick, &QTimer::timeout, this, &TriageBoardPage::reload);
    fillNurses();
    reload();
}

void TriageBoardPage::fillNurses()
{
    const QSignalBlocker block(m_nurseFilter);
    m_nurseFilter->clear();
    m_nurseFilter->addItem(tr("Everyone's citizens"), QString());
    if (!m_session.signedIn())
        return;
    for (const Employee &e : m_session.team().employees(m_session.teamId()))
        if (e.active && Roles::makesVisits(e.role))
            m_nurseFilter->addItem(e.name, e.id);
}

void TriageBoardPage::reload()
{
    if (!m_session.signedIn() || !m_session.may(Right::ReadCitizen)) {
        m_model->setBoard({}, {});
        m_counts->clear();
        updateActions();
        return;
    }
    const QString keep = selectedCitizen();
    BoardFilter filter;
    filter.colour = TriageColours::fromKey(m_colourFilter->currentData().toString());
    filter.nurseId = m_nurseFilter->currentData().toString();
    try {
        m_model->setBoard(m_session.triage().board(filter), m_session.clock().now());
    } catch (const Error &e) {
        m_messages->showError(e.message());
        return;
    }
    const Board &board = m_model->board();
    int fresh = 0;
    for (const BoardEntry &entry : board.entries)
        fresh += entry.needsTriage() ? 1 : 0;
    m_counts->setText(tr("%1 red · %2 yellow · %3 to triage · %4 overdue")
                          .arg(board.count(TriageColour::Red))
                          .arg(board.count(TriageColour::Yellow))
                          .arg(fresh)
                          .arg(board.overdueCount()));
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_table->selectRow(row);
    updateActions();
}

void TriageBoardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_tick.start();
    reload();
    // Looking at the board is an opening of each citizen on it (as `kvarter-cli triage` logs);
    // what sync or the clock refreshes later is not.
    if (!m_logged && m_session.signedIn()) {
        QStringList shown;
        for (const BoardEntry &entry : m_model->board().entries)
            shown << entry.citizenId;
        try {
            m_session.accessLog().recordOpenings(shown, AccessPart::Triage);
            m_logged = true;
        } catch (const Error &e) {
            m_messages->showError(e.message());
        }
    }
}

void TriageBoardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick.stop();
    m_logged = false;
}

QString TriageBoardPage::selectedCitizen() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->entryAt(current.row()).citizenId : QString();
}

void TriageBoardPage::updateActions()
{
    const bool chosen = !selectedCitizen().isEmpty();
    const bool mayTriage = m_session.may(Right::Triage);
    m_setColour->setEnabled(chosen && mayTriage);
    m_followUp->setEnabled(chosen && mayTriage && m_model->entryAt(m_table->currentIndex().row()).colour != TriageColour::Green);
    m_open->setEnabled(chosen);
}

void TriageBoardPage::setColourOfSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_session.may(Right::Triage))
        return;
    const BoardEntry &entry = m_model->entryAt(current.row());
    auto *dialog = new TriageDecisionDialog(m_session, entry.citizenId, entry.citizenName, entry.colour, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (entry.waitingSuggestion)
        dialog->setColour(*entry.waitingSuggestion);
    dialog->open();
}

void TriageBoardPage::followUpSelected()
{
    const QString citizen = selectedCitizen();
    if (citizen.isEmpty())
        return;
    try {
        m_session.triage().recordFollowUp(citizen);
    } catch (const Error &e) {
        m_messages->showError(e.message());
    }
}

bool TriageBoardPage::printTo(const QString &path)
{
    QStringList shown;
    for (const BoardEntry &entry : m_model->board().entries)
        shown << entry.citizenId;
    try {
        QString team = m_session.teamId();
        for (const Team &t : m_session.team().teams())
            if (t.id == m_session.teamId())
                team = t.name;
        // Printed, the board carries every citizen on it: each is an opening, as in the CLI.
        m_session.accessLog().recordOpenings(shown, AccessPart::BoardPrinted);
        TriageBoardPdf::document(m_model->board(), team, m_colourFilter->currentText()).writePdf(path);
    } catch (const Error &e) {
        m_messages->showError(e.message());
        return false;
    }
    return true;
}

} // namespace Kvarter
