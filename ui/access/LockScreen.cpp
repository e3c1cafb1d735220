// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "LockScreen.h"

#include "SignInPanel.h"
#include "session/Session.h"
#include "team/TeamService.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace Kvarter {

namespace {
constexpr int CardWidth = 520;
}

LockScreen::LockScreen(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_title(new QLabel(this)), m_panel(new SignInPanel(session, this))
{
    setObjectName(QStringLiteral("lockScreen"));
    m_title->setObjectName(QStringLiteral("lockTitleLabel"));
    m_title->setWordWrap(true);
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setFixedWidth(CardWidth);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 20, 24, 20);
    cardLayout->addWidget(new QLabel(tr("<h2>Kvarter is locked</h2>"), card));
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_panel);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

void LockScreen::prepare()
{
    const std::optional<Employee> who = m_session.team().employee(m_session.lockedEmployeeId());
    m_title->setText(tr("Citizen data is hidden. %1, type your PIN to go on where you were; what you had not saved "
                        "is kept. Someone else can choose their own name.")
                         .arg(who ? who->name.toHtmlEscaped() : QString()));
    // The card is centred, so its layout asks the label for its size hint, not for the height its
    // wrapped lines need at the card's width: say it.
    m_title->setMinimumHeight(m_title->heightForWidth(CardWidth - 48));
    m_panel->setLockedTo(m_session.lockedEmployeeId());
}

} // namespace Kvarter
