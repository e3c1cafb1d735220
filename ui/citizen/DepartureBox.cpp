// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DepartureBox.h"

#include "DepartureDialog.h"
#include "common/DisplayTime.h"
#include "common/Error.h"
#include "privacy/CitizenDepartures.h"
#include "privacy/LocalPurge.h"
#include "session/Session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace Kvarter {

DepartureBox::DepartureBox(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_state(new QLabel(this)), m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("departureBox"));
    m_state->setObjectName(QStringLiteral("departureLabel"));
    m_state->setWordWrap(true);
    m_action->setObjectName(QStringLiteral("departureButton"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_action);
    connect(m_action, &QPushButton::clicked, this, &DepartureBox::act);
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("citizen")))
            refresh();
    });
    hide();
}

void DepartureBox::setCitizen(const QString &citizenId, const QString &name)
{
    m_citizenId = citizenId;
    m_name = name;
    refresh();
}

void DepartureBox::refresh()
{
    if (m_citizenId.isEmpty() || !m_session.signedIn()) {
        m_state->clear();
        hide();
        return;
    }
    std::optional<Departure> departure;
    try {
        departure = m_session.departures().of(m_citizenId);
    } catch (const Error &) {
        hide();
        return;
    }
    const bool mayEdit = m_session.may(Right::EditCitizen);
    if (departure) {
        m_state->setText(tr("<b>Left the team</b> on %1 (%2). This laptop removes its copy from %3.")
                             .arg(DisplayTime::date(departure->leftOn),
                                  CitizenDepartures::displayName(departure->reason).toLower(),
                                  DisplayTime::date(departure->leftOn.addDays(LocalPurge::RetentionDays))));
        m_state->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; padding: 4px; border-radius: 3px; }"));
        m_action->setText(tr("&Undo the leaving"));
    } else {
        m_state->clear();
        m_state->setStyleSheet(QString());
        m_action->setText(tr("Leaves the &team…"));
    }
    m_action->setVisible(mayEdit);
    setVisible(departure || mayEdit);
}

void DepartureBox::act()
{
    std::optional<Departure> departure = m_session.departures().of(m_citizenId);
    if (!departure) {
        auto *dialog = new DepartureDialog(m_session, m_citizenId, m_name, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &DepartureBox::refresh);
        dialog->open();
        return;
    }
    if (QMessageBox::question(this, tr("Undo the leaving"),
                              tr("%1 stays the team's citizen, and no laptop removes the record. Undo the leaving?").arg(m_name))
        != QMessageBox::Yes)
        return;
    try {
        m_session.departures().cancel(m_citizenId);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Undo the leaving"), e.message());
    }
    refresh();
}

} // namespace Kvarter
