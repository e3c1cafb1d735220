// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AccessReviewPage.h"

#include "AccessEntryModel.h"
#include "AccessTableView.h"
#include "PeriodEdit.h"
#include "WhoLookedDialog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/MessageBar.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace Kvarter {

AccessReviewPage::AccessReviewPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new AccessEntryModel(this)),
      m_table(new AccessTableView(m_model,
                                  { { AccessEntryModel::When, 130 },
                                    { AccessEntryModel::Employee, 160 },
                                    { AccessEntryModel::Citizen, 150 },
                                    { AccessEntryModel::Part, 130 },
                                    // the reason for a broken glass is in "why", with the glass
                                    { AccessEntryModel::Why, 200 } },
                                  this)),
      m_period(new PeriodEdit(PeriodEdit::Start::Fixed, session.clock().today().addDays(1 - DefaultDays), session.clock().today(),
                              this)),
      m_count(new QLabel(this)), m_messages(new MessageBar(this))
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

    m_count->setObjectName(QStringLiteral("reviewCountLabel"));
    connect(m_period, &PeriodEdit::periodChanged, this, &AccessReviewPage::reload);
    auto *period = new QHBoxLayout;
    period->addWidget(m_period);
    period->addSpacing(16);
    period->addWidget(m_count, 1);

    m_table->setObjectName(QStringLiteral("accessReviewTableView"));
    // A broken glass's reason is read in full: the row grows to it (the list is a fortnight's few).
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Enter and a double-click both activate (QAbstractItemView), on every style.
    connect(m_table, &AccessTableView::activated, this, [this](const QModelIndex &index) { openWhoLooked(index.row()); });

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
    // Locked, the list is emptied at once, shown or not.
    connect(&m_session, &Session::locked, this, [this] {
        m_model->setOpenings({});
        m_count->clear();
        m_stale = true;
    });
    connect(&m_session, &Session::unlocked, this, &AccessReviewPage::reload);
}

QDate AccessReviewPage::from() const { return m_period->from(); }

QDate AccessReviewPage::to() const { return m_period->to(); }

void AccessReviewPage::setPeriod(const QDate &from, const QDate &to) { m_period->setPeriod(from, to); }

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
