// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CitizenListPage.h"

#include "CitizenListModel.h"
#include "session/Session.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace Kvarter {

CitizenListPage::CitizenListPage(Session &session, QWidget *parent)
    : QWidget(parent), m_model(new CitizenListModel(session, this)), m_search(new QLineEdit(this)), m_table(new QTableView(this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("citizenListPage"));
    auto *title = new QLabel(tr("Citizens"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search name, CPR number or address…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search citizens"));
    connect(m_search, &QLineEdit::textChanged, m_model, &CitizenListModel::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0)
            Q_EMIT citizenRequested(m_model->idAt(m_table->currentIndex().isValid() ? m_table->currentIndex().row() : 0));
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &CitizenListPage::focusSearch);

    m_count->setObjectName(QStringLiteral("citizenCountLabel"));
    m_table->setObjectName(QStringLiteral("citizenTableView"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CitizenListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(CitizenListModel::Name, 220);
    m_table->setColumnWidth(CitizenListModel::Cpr, 120);
    m_table->setColumnWidth(CitizenListModel::Address, 200);
    m_table->setColumnWidth(CitizenListModel::City, 180);
    m_table->setColumnWidth(CitizenListModel::Phone, 120);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT citizenRequested(m_model->idAt(index.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CitizenListPage::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);
    updateCount();
}

void CitizenListPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CitizenListPage::updateCount()
{
    const int total = m_model->totalCount();
    m_count->setText(m_model->searchText().isEmpty() ? tr("%n citizen(s)", nullptr, total)
                                                     : tr("%n citizen(s) match", nullptr, total));
}

} // namespace Kvarter
