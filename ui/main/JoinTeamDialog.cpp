// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "JoinTeamDialog.h"

#include "common/Error.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Kvarter {

JoinTeamDialog::JoinTeamDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_invitation(new QLineEdit(this)), m_passphrase(new QLineEdit(this)),
      m_place(new QLineEdit(this)), m_invitationError(errorLabel("invitationErrorLabel")),
      m_passphraseError(errorLabel("passphraseErrorLabel")), m_placeError(errorLabel("placeErrorLabel")),
      m_join(new QPushButton(tr("&Join the team"), this))
{
    setObjectName(QStringLiteral("joinTeamDialog"));
    setWindowTitle(tr("Join your team"));
    auto *intro = new QLabel(tr("This laptop has no team yet. Join your team with the invitation file and the passphrase "
                                "the planner gave you. The team's data is then fetched from the shared folder or the sync "
                                "server; after that the laptop works offline too."),
                             this);
    intro->setWordWrap(true);

    m_invitation->setObjectName(QStringLiteral("invitationLineEdit"));
    m_invitation->setPlaceholderText(tr("e.g. /media/usb/karen.invitation"));
    auto *browse = new QPushButton(tr("&Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Invitation from the planner"), m_invitation->text(),
                                                          tr("Kvarter invitations (*.invitation);;All files (*)"));
        if (!file.isEmpty())
            m_invitation->setText(file);
    });
    auto *invitationRow = new QHBoxLayout;
    invitationRow->addWidget(m_invitation, 1);
    invitationRow->addWidget(browse);
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_place->setObjectName(QStringLiteral("placeLineEdit"));
    m_place->setPlaceholderText(tr("The team's shared folder, or a sync server (https://…)"));

    auto *form = new QFormLayout;
    // A row holding a layout gets no buddy from QFormLayout: the label needs it for its Alt key.
    auto *invitationLabel = new QLabel(tr("&Invitation:"), this);
    invitationLabel->setBuddy(m_invitation);
    form->addRow(invitationLabel, invitationRow);
    form->addRow(QString(), m_invitationError);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), m_passphraseError);
    form->addRow(tr("&Fetch from:"), m_place);
    form->addRow(QString(), m_placeError);

    m_join->setObjectName(QStringLiteral("joinButton"));
    m_join->setDefault(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_join, QDialogButtonBox::AcceptRole);
    connect(m_join, &QPushButton::clicked, this, &JoinTeamDialog::join);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(620, sizeHint().height());
}

QLabel *JoinTeamDialog::errorLabel(const char *name)
{
    auto *label = new QLabel(this);
    label->setObjectName(QString::fromLatin1(name));
    label->setStyleSheet(QStringLiteral("color: #b52a2a;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void JoinTeamDialog::clearErrors()
{
    for (QLabel *label : { m_invitationError, m_passphraseError, m_placeError })
        label->hide();
}

void JoinTeamDialog::join()
{
    clearErrors();
    const auto fail = [](QLabel *label, const QString &message) {
        label->setText(message);
        label->show();
    };
    const QString place = m_place->text().trimmed();
    if (place.isEmpty()) {
        fail(m_placeError, tr("Say where the team's data is: the shared folder or the sync server."));
        return;
    }
    Sync::TeamMembership team = m_session.membership();
    if (!team.isJoined()) {
        QFile file(m_invitation->text().trimmed());
        if (!file.open(QIODevice::ReadOnly)) {
            fail(m_invitationError, tr("The invitation file cannot be read: %1").arg(file.errorString()));
            return;
        }
        try {
            team.join(file.read(64 * 1024), m_passphrase->text());
        } catch (const ValidationError &e) {
            for (const FieldError &error : e.errors())
                fail(error.field == QLatin1String("passphrase") ? m_passphraseError : m_invitationError, error.message);
            return;
        } catch (const Error &e) {
            fail(m_invitationError, e.message());
            return;
        }
    }
    if (firstSync(place))
        accept();
}

bool JoinTeamDialog::firstSync(const QString &place)
{
    const bool server = place.startsWith(QLatin1String("http://")) || place.startsWith(QLatin1String("https://"));
    Sync::SyncSettings settings = m_session.syncSettings();
    if (server)
        settings.setServer(place);
    else
        settings.setFolder(place);
    QProgressDialog progress(tr("Fetching the team's data …"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("joinProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    try {
        const auto step = [&progress](int percent) {
            progress.setValue(percent);
            return !progress.wasCanceled();
        };
        const Sync::SyncReport report = m_session.syncWith(place, step);
        if (report.cancelled) {
            m_placeError->setText(tr("Stopped. What was fetched is kept; join again to fetch the rest."));
            m_placeError->show();
            return false;
        }
    } catch (const Error &e) {
        m_placeError->setText(e.message());
        m_placeError->show();
        return false;
    }
    if (m_session.team().employees().isEmpty()) {
        m_placeError->setText(tr("Nothing of the team is there yet: the planner's laptop must sync once first. Try again then."));
        m_placeError->show();
        return false;
    }
    return true;
}

} // namespace Kvarter
