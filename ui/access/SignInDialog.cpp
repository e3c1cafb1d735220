// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SignInDialog.h"

#include "SignInPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kvarter {

SignInDialog::SignInDialog(Session &session, const QString &preselectedId, QWidget *parent)
    : QDialog(parent), m_panel(new SignInPanel(session, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to Kvarter"));
    setWindowIcon(QIcon(QStringLiteral(":/kvarter/icons/kvarter.svg")));
    auto *heading = new QLabel(tr("<h2>Kvarter</h2>Choose your name and type your PIN."), this);
    auto *quit = new QPushButton(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    m_panel->addButton(quit);
    connect(m_panel, &SignInPanel::signedIn, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    m_panel->preselect(preselectedId);
    m_panel->reset();
    resize(460, sizeHint().height());
}

} // namespace Kvarter
