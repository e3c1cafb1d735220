// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AccessReviewPage.h"

#include "AccessEntryModel.h"
#include "WhoLookedDialog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/MessageBar.h"
#include "session/Session.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Kvarter {

AccessReviewPage::AccessReviewPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AccessEntryModel(this)), m_table(new QTableView(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_count(new QLabel(this)), m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("accessReviewPage"));
    auto *title = new QLabel(tr("Review of the access log"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    auto *about = new QLabel(tr("Openings of citizens' records to look at: no visit planned within a few days of it, "
                                "another team's citizen (with the reason given for breaking the glass), or at night. "
                                "The list holds openings of the team's citizens and openings by the team's staff. "
                                "Press Enter or double-click one to see everyone who has looked at that citizen."),
                             this);
    about->setWordWrap(true);

    const QDate today = session.clock().today();
    m_from->setObjectName(QStringLiteral("reviewFromDateEdit"));
    m_to->setObjectName(QStringLiteral("reviewToDateEdit"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("d. MMM yyyy"));
    }
    m_to->setDate(today);
    m_from->setDate(today.addDays(1 - DefaultDays));
    // The period cannot turn inside out: each end bounds the other.
    m_from->setMaximumDate(m_to->date());
    m_to->setMinimumDate(m_from->date());
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_to->setMinimumDate(d);
        reload();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        m_from->setMaximumDate(d);
        reload();
    });
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    m_count->setObjectName(QStringLiteral("reviewCountLabel"));
    auto *period = new QHBoxLayout;
    period->addWidget(fromLabel);
    period->addWidget(m_from);
    period->addSpacing(8);
    period->addWidget(toLabel);
    period->addWidget(m_to);
    period->addSpacing(16);
    period->addWidget(m_count, 1);

    m_table->setObjectName(QStringLiteral("accessReviewTableView"));
    m_table->setModel(m_model);
    m_table->setColumnHidden(AccessEntryModel::Context, true);
    m_table->setColumnHidden(AccessEntryModel::Reason, true); // the reason is in "why", with the broken glass
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // A broken glass's reason is read in full: the row grows to it (the list is a fortnight's few).
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AccessEntryModel::When, Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AccessEntryModel::When, 130);
    m_table->setColumnWidth(AccessEntryModel::Employee, 160);
    m_table->setColumnWidth(AccessEntryModel::Citizen, 150);
    m_table->setColumnWidth(AccessEntryModel::Part, 130);
    // Enter and a double-click both activate (QAbstractItemView), on every style.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) { openWhoLooked(index.row()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(about);
    layout->addWidget(m_messages);
    layout->addLayout(period);
    layout->addWidget(m_table, 1);

    // New openings arrive as this laptop logs them and by sync; a grant's reason with its grant.
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("access_log")) || entities.contains(QLatin1String("access_grant")))
            reload();
    });
    connect(&m_session, &Session::actorChanged, this, &AccessReviewPage::reload);
}

QDate AccessReviewPage::from() const { return m_from->date(); }

QDate AccessReviewPage::to() const { return m_to->date(); }

void AccessReviewPage::setPeriod(const QDate &from, const QDate &to)
{
    // Widen first, so that neither end is clamped by the other's old value.
    m_from->setMaximumDate(QDate(9999, 12, 31));
    m_to->setMinimumDate(QDate(100, 1, 1));
    m_to->setDate(to);
    m_from->setDate(from);
}

void AccessReviewPage::reload()
{
    m_stale = true;
    if (isVisible())
        load();
}

void AccessReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        load();
}

void AccessReviewPage::load()
{
    m_stale = false;
    if (!m_session.may(Right::ReviewAccess)) {
        m_model->setOpenings({});
        m_count->clear();
        return;
    }
    // The row a leader was on stays current when the list is read again (an opening logged while
    // looking at it reads it again).
    const QModelIndex current = m_table->currentIndex();
    const QString currentId = current.isValid() ? m_model->entryAt(current.row()).id : QString();
    try {
        m_model->setOpenings(m_session.accessLog().unusual(from(), to()));
    } catch (const Error &e) {
        m_model->setOpenings({});
        m_messages->showError(e.message());
    }
    const int n = m_model->rowCount();
    for (int row = 0; row < n && !currentId.isEmpty(); ++row)
        if (m_model->entryAt(row).id == currentId)
            m_table->setCurrentIndex(m_model->index(row, current.column()));
    m_count->setText(n == 0 ? tr("No unusual openings in this period.") : tr("%n unusual opening(s)", nullptr, n));
}

WhoLookedDialog *AccessReviewPage::openWhoLooked(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return nullptr;
    const QString citizenId = m_model->entryAt(row).citizenId;
    WhoLookedDialog *dialog = nullptr;
    try {
        dialog = WhoLookedDialog::create(m_session, citizenId, this);
    } catch (const Error &e) {
        m_messages->showError(e.message());
        return nullptr;
    }
    if (!dialog)
        return nullptr;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Kvarter
