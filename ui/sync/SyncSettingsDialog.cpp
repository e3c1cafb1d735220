// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SyncSettingsDialog.h"

#include "SyncController.h"
#include "common/Error.h"
#include "session/Session.h"
#include "sync/TeamMembership.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>

namespace Kvarter {

SyncSettingsDialog::SyncSettingsDialog(Session &session, SyncController &controller, QWidget *parent)
    : QDialog(parent), m_session(session), m_controller(controller), m_folder(new QLineEdit(controller.folder(), this)),
      m_server(new QLineEdit(controller.server(), this)), m_enrolment(new QLineEdit(this)), m_invitation(new QLineEdit(this)),
      m_passphrase(new QLineEdit(this)), m_team(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Sync settings"));
    m_folder->setObjectName(QStringLiteral("folderLineEdit"));
    m_folder->setPlaceholderText(tr("The team's shared folder, e.g. /mnt/team"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("The team's shared folder"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_server->setObjectName(QStringLiteral("serverLineEdit"));
    m_server->setPlaceholderText(tr("Or a sync server, e.g. https://sync.kommune.dk"));
    // Only the first laptop of a team on a server that allows teams one by one needs it; it is
    // used up by the first sync, so the field shows empty again afterwards.
    m_enrolment->setObjectName(QStringLiteral("enrolmentLineEdit"));
    m_enrolment->setPlaceholderText(tr("Only for a team new on the server: the token from its operator"));
    m_enrolment->setText(m_session.syncSettings().enrolmentToken());
    m_invitation->setObjectName(QStringLiteral("invitationLineEdit"));
    m_invitation->setPlaceholderText(tr("Invitation file from the planner"));
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto *joinButton = new QPushButton(tr("&Join the team"), this);
    joinButton->setObjectName(QStringLiteral("joinButton"));
    connect(joinButton, &QPushButton::clicked, this, &SyncSettingsDialog::join);
    m_error->setObjectName(QStringLiteral("syncSettingsErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b52a2a;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Team:"), m_team);
    // A row of a line edit and a button is a layout, which a form cannot give the label's Alt key
    // to: the label is made here with the line edit as its buddy, else "&" shows as it is.
    auto *folderLabel = new QLabel(tr("Shared &folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Sync &server:"), m_server);
    form->addRow(tr("&Enrolment token:"), m_enrolment);
    form->addRow(tr("&Invitation:"), m_invitation);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(QString(), joinButton);
    form->addRow(m_error);
    form->addRow(buttons);
    updateTeam();
    resize(600, 290);
}

void SyncSettingsDialog::updateTeam()
{
    Sync::TeamMembership team = m_session.membership();
    m_team->setText(team.isJoined() ? tr("This laptop is in the sync team.") : tr("Not in a sync team yet."));
    for (QWidget *w : { static_cast<QWidget *>(m_invitation), static_cast<QWidget *>(m_passphrase) })
        w->setEnabled(!team.isJoined());
}

void SyncSettingsDialog::join()
{
    QFile file(m_invitation->text());
    try {
        if (!file.open(QIODevice::ReadOnly))
            throw Error(tr("Cannot read the invitation file %1.").arg(m_invitation->text()));
        m_session.membership().join(file.readAll(), m_passphrase->text());
        m_error->hide();
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
    }
    updateTeam();
}

void SyncSettingsDialog::accept()
{
    const QString folder = m_folder->text().trimmed();
    const QString server = m_server->text().trimmed();
    if (!server.isEmpty()) {
        const QUrl url(server);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            m_error->setText(tr("Write the server's address as https://…"));
            m_error->show();
            return;
        }
    }
    if (server.isEmpty() && !folder.isEmpty() && !QFileInfo(folder).isDir()) {
        m_error->setText(tr("The folder %1 cannot be found. Check that the share is connected.").arg(folder));
        m_error->show();
        return;
    }
    const QString token = m_enrolment->text().trimmed();
    if (token.contains(QLatin1Char(' '))) {
        m_error->setText(tr("An enrolment token has no spaces: copy it exactly as the server's operator gave it."));
        m_error->show();
        m_enrolment->setFocus();
        return;
    }
    if (token != m_session.syncSettings().enrolmentToken())
        m_session.syncSettings().setEnrolmentToken(token);
    m_controller.setFolder(folder);
    m_controller.setServer(server);
    QDialog::accept();
}

} // namespace Kvarter
