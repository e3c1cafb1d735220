// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "MyDayPage.h"

#include "MyDayModel.h"
#include "VisitCardDelegate.h"
#include "change/ChangeReportDialog.h"
#include "change/TaskListWidget.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "common/Error.h"
#include "common/MessageBar.h"
#include "common/NoteDialog.h"
#include "common/VisitRoles.h"
#include "session/Session.h"
#include "visit/VisitService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kvarter {

MyDayPage::MyDayPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new MyDayModel(session, this)), m_day(session.clock().today()),
      m_title(new QLabel(this)), m_summary(new QLabel(this)), m_messages(new MessageBar(this)), m_list(new QListView(this)),
      m_done(new QPushButton(tr("&Done"), this)), m_notHome(new QPushButton(tr("Not &home"), this)),
      m_note(new QPushButton(tr("Add &note…"), this)), m_open(new QPushButton(tr("Open &citizen"), this))
{
    setObjectName(QStringLiteral("myDayPage"));
    m_title->setObjectName(QStringLiteral("myDayTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("myDaySummaryLabel"));

    auto *previous = new QToolButton(this);
    previous->setText(QStringLiteral("◀"));
    previous->setToolTip(tr("Previous day"));
    auto *today = new QToolButton(this);
    today->setText(tr("Today"));
    auto *next = new QToolButton(this);
    next->setText(QStringLiteral("▶"));
    next->setToolTip(tr("Next day"));
    connect(previous, &QToolButton::clicked, this, [this] { setDay(m_day.addDays(-1)); });
    connect(today, &QToolButton::clicked, this, [this] { setDay(m_session.clock().today()); });
    connect(next, &QToolButton::clicked, this, [this] { setDay(m_day.addDays(1)); });

    m_list->setObjectName(QStringLiteral("visitListView"));
    m_list->setModel(m_model);
    auto *delegate = new VisitCardDelegate(m_list);
    m_list->setItemDelegate(delegate);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setAccessibleName(tr("Visits of the day"));
    connect(delegate, &VisitCardDelegate::statusRequested, this, &MyDayPage::setStatus);
    connect(m_list, &QListView::doubleClicked, this,
            [this](const QModelIndex &index) { Q_EMIT citizenRequested(index.data(VisitRoles::CitizenId).toString()); });

    m_done->setObjectName(QStringLiteral("markDoneButton"));
    m_notHome->setObjectName(QStringLiteral("notHomeButton"));
    m_note->setObjectName(QStringLiteral("addNoteButton"));
    m_open->setObjectName(QStringLiteral("openCitizenButton"));
    m_done->setToolTip(tr("Mark the selected visit done (Ctrl+D)"));
    m_notHome->setToolTip(tr("The citizen was not home (Ctrl+N)"));
    connect(m_done, &QPushButton::clicked, this, [this] { setStatus(current(), VisitStatus::Done); });
    connect(m_notHome, &QPushButton::clicked, this, [this] { setStatus(current(), VisitStatus::NotHome); });
    connect(m_note, &QPushButton::clicked, this, &MyDayPage::addNote);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (current().isValid())
            Q_EMIT citizenRequested(current().data(VisitRoles::CitizenId).toString());
    });
    auto *doneShortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+D")), this);
    connect(doneShortcut, &QShortcut::activated, m_done, &QPushButton::click);
    auto *notHomeShortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+N")), this);
    connect(notHomeShortcut, &QShortcut::activated, m_notHome, &QPushButton::click);
    // Early detection: what the visit showed that is not as usual, reported from the doorstep.
    m_change = new QPushButton(tr("C&hange in condition…"), this);
    m_change->setObjectName(QStringLiteral("reportChangeButton"));
    m_change->setToolTip(tr("Something is different from the citizen's usual state (Ctrl+E)"));
    connect(m_change, &QPushButton::clicked, this, &MyDayPage::reportChange);
    auto *changeShortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+E")), this);
    connect(changeShortcut, &QShortcut::activated, m_change, &QPushButton::click);
    m_tasks = new TaskListWidget(m_session, this);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(previous);
    header->addWidget(today);
    header->addWidget(next);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_done);
    actions->addWidget(m_notHome);
    actions->addWidget(m_note);
    actions->addWidget(m_change);
    actions->addStretch(1);
    actions->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_messages);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_tasks);

    connect(m_model, &QAbstractItemModel::modelReset, this, &MyDayPage::updateSummary);
    connect(&m_session, &Session::actorChanged, this, &MyDayPage::reload);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MyDayPage::updateSummary);
    reload();
}

void MyDayPage::setDay(const QDate &day)
{
    m_day = day;
    m_messages->hide(); // what was said was about the other day
    reload();
}

void MyDayPage::reload()
{
    m_model->setEmployee(m_session.employee().id, m_day);
    // Start where the nurse is in her day: the first visit not yet finished.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->visitAt(row).status == VisitStatus::Planned) {
            m_list->setCurrentIndex(m_model->index(row));
            break;
        }
    }
    updateSummary();
}

void MyDayPage::updateSummary()
{
    const QString who = m_session.employee().name;
    m_title->setText(tr("My day — %1").arg(DisplayTime::longDate(m_day)));
    int finished = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        finished += m_model->visitAt(row).status != VisitStatus::Planned;
    m_summary->setText(m_model->rowCount() == 0
                           ? tr("%1 has no visits this day.").arg(who)
                           : tr("%1 · %2 of %3 visits finished").arg(who).arg(finished).arg(m_model->rowCount()));
    const bool selected = current().isValid();
    for (QPushButton *button : { m_done, m_notHome, m_note, m_open })
        button->setEnabled(selected);
}

QModelIndex MyDayPage::current() const { return m_list->currentIndex(); }

void MyDayPage::setStatus(const QModelIndex &index, VisitStatus status)
{
    if (!index.isValid())
        return;
    const QString id = index.data(VisitRoles::Id).toString();
    const QString citizen = index.data(VisitRoles::CitizenName).toString();
    const auto before = VisitStatus(index.data(VisitRoles::Status).toInt());
    // A second click (or Ctrl+D twice) never silently undoes: undo is its own button.
    if (before == status) {
        m_messages->showInfo(
            tr("The visit to %1 is already marked %2.").arg(citizen, VisitStatuses::displayName(status).toLower()));
        return;
    }
    try {
        m_session.visits().setStatus(id, status);
    } catch (const Error &e) {
        m_messages->showError(e.message());
        return;
    }
    const auto undo = [this, id, before] {
        try {
            m_session.visits().setStatus(id, before);
        } catch (const Error &e) {
            m_messages->showError(e.message());
        }
    };
    if (status == VisitStatus::NotHome) {
        // Not home can mean a fall behind a locked door: say what the usual next steps are.
        m_messages->showInfo(tr("%1 was not home. Next: write a note, call the relatives%2, or tell the planner.")
                                 .arg(citizen, relativesPhone(index.data(VisitRoles::CitizenId).toString())));
        m_messages->addAction(tr("Write &note"), QStringLiteral("noteAfterNotHomeButton"), [this] { addNote(); });
    } else {
        m_messages->showInfo(tr("Visit to %1 marked %2.").arg(citizen, VisitStatuses::displayName(status).toLower()));
        m_messages->hideAfter(10000);
    }
    m_messages->addAction(tr("&Undo"), QStringLiteral("undoStatusButton"), undo);
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

QString MyDayPage::relativesPhone(const QString &citizenId) const
{
    try {
        for (const Relative &r : m_session.citizens().relatives(citizenId))
            if (r.isPrimary && !r.phone.isEmpty())
                return tr(" (%1, %2)").arg(r.name, r.phone);
    } catch (const Error &) {
    }
    return {};
}

void MyDayPage::reportChange()
{
    const QModelIndex index = current();
    if (!index.isValid())
        return;
    auto *dialog =
        new ChangeReportDialog(m_session, index.data(VisitRoles::CitizenId).toString(),
                               index.data(VisitRoles::CitizenName).toString(), index.data(VisitRoles::Id).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeReportDialog::reported, this, [this](const ChangeReportResult &result) {
        m_messages->showInfo(result.suggestionWaits ? tr("The change is saved; a nurse or SOSU assistant decides the colour.")
                                                    : tr("The change is saved and is on the triage board."));
    });
    dialog->open();
}

void MyDayPage::addNote()
{
    const QModelIndex index = current();
    if (!index.isValid())
        return;
    VisitNote draft;
    draft.citizenId = index.data(VisitRoles::CitizenId).toString();
    draft.visitId = index.data(VisitRoles::Id).toString();
    auto *dialog = new NoteDialog(m_session, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Note on %1").arg(index.data(VisitRoles::CitizenName).toString()));
    connect(dialog, &QDialog::accepted, this, [this] { m_messages->showInfo(tr("The note has been saved.")); });
    dialog->open();
}

} // namespace Kvarter
