// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ConflictsPage.h"

#include "ConflictListModel.h"
#include "common/Error.h"
#include "common/MessageBar.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Kvarter {

ConflictsPage::ConflictsPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_model(new ConflictListModel(session, this)), m_table(new QTableView(this)),
      m_empty(new QLabel(this)), m_keepCurrent(new QPushButton(tr("Keep the value &now"), this)),
      m_keepOther(new QPushButton(tr("Use the &other value"), this)), m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("conflictsPage"));
    auto *title = new QLabel(tr("Conflicts"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("Two people changed the same thing while they were apart. Nothing is lost: "
                                "choose which value should hold. Your choice is synced to the team."),
                             this);
    intro->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("noConflictsLabel"));
    m_empty->setText(tr("No conflicts — the team's laptops agree."));

    m_table->setObjectName(QStringLiteral("conflictTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_keepCurrent->setObjectName(QStringLiteral("keepCurrentButton"));
    m_keepOther->setObjectName(QStringLiteral("keepOtherButton"));
    connect(m_keepCurrent, &QPushButton::clicked, this, [this] { resolve(false); });
    connect(m_keepOther, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConflictsPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConflictsPage::updateState);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepCurrent);
    buttons->addWidget(m_keepOther);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(m_messages);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateState();
}

void ConflictsPage::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_empty->setVisible(!any);
    m_table->setVisible(any);
    if (any && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    const bool selected = m_table->currentIndex().isValid();
    m_keepCurrent->setEnabled(selected);
    m_keepOther->setEnabled(selected);
    Q_EMIT countChanged(m_model->rowCount());
}

void ConflictsPage::resolve(bool keepOther)
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    try {
        m_session.conflicts().resolve(m_model->conflictAt(index.row()), keepOther);
        m_messages->showInfo(tr("Saved. The choice goes to the team with the next sync."));
    } catch (const Error &e) {
        m_messages->showError(e.message());
    }
}

} // namespace Kvarter
