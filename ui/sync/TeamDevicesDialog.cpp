// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TeamDevicesDialog.h"

#include "common/Error.h"
#include "common/PrivateFiles.h"
#include "session/Session.h"
#include "sync/TeamMembership.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kvarter {

namespace {
constexpr int DeviceIdRole = Qt::UserRole + 1;
}

TeamDevicesDialog::TeamDevicesDialog(Session &session, QWidget *parent)
    : QDialog(parent), m_session(session), m_devices(new QTreeWidget(this)), m_name(new QLineEdit(this)),
      m_passphrase(new QLineEdit(this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("teamDevicesDialog"));
    setWindowTitle(tr("The team's laptops"));
    m_devices->setObjectName(QStringLiteral("devicesTreeWidget"));
    m_devices->setHeaderLabels({ tr("Laptop"), tr("Role"), tr("State") });
    m_devices->setRootIsDecorated(false);
    m_devices->header()->setStretchLastSection(true);
    m_name->setObjectName(QStringLiteral("deviceNameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. Karen's laptop"));
    m_passphrase->setObjectName(QStringLiteral("invitePassphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("at least 8 characters, given separately"));
    m_status->setObjectName(QStringLiteral("teamDevicesStatusLabel"));
    m_status->setWordWrap(true);

    auto *create = new QPushButton(tr("&Create the sync team"), this);
    create->setObjectName(QStringLiteral("createTeamButton"));
    auto *inviteButton = new QPushButton(tr("&Invite laptop…"), this);
    inviteButton->setObjectName(QStringLiteral("inviteButton"));
    auto *remove = new QPushButton(tr("&Remove laptop…"), this);
    remove->setObjectName(QStringLiteral("removeDeviceButton"));
    connect(create, &QPushButton::clicked, this, &TeamDevicesDialog::createTeam);
    connect(inviteButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Save the invitation"), m_name->text() + QStringLiteral(".invitation"));
        if (!file.isEmpty())
            invite(m_name->text(), m_passphrase->text(), file);
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(false); });

    auto *form = new QFormLayout;
    form->addRow(tr("New laptop's &name:"), m_name);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(inviteButton);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_devices, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(close);
    resize(620, 420);
    reload();
}

void TeamDevicesDialog::showError(const QString &message)
{
    m_status->setStyleSheet(QStringLiteral("color: #b52a2a;"));
    m_status->setText(message);
}

void TeamDevicesDialog::reload()
{
    m_devices->clear();
    for (const Sync::TeamDevice &d : m_session.membership().devices()) {
        const QString role = d.role == QLatin1String("planner") ? tr("Planner's laptop") : tr("Team laptop");
        const QString state = d.id == m_session.deviceId() ? tr("This laptop") : (d.removed ? tr("Removed") : tr("Active"));
        auto *item = new QTreeWidgetItem({ d.name, role, state });
        item->setData(0, DeviceIdRole, d.id);
        m_devices->addTopLevelItem(item);
    }
}

void TeamDevicesDialog::createTeam()
{
    try {
        m_session.membership().create(m_session.teamId(), tr("Planner's laptop"), m_session.actor());
        m_status->setStyleSheet({});
        m_status->setText(tr("The sync team is created. Invite the team's laptops."));
    } catch (const Error &e) {
        showError(e.message());
    }
    reload();
}

bool TeamDevicesDialog::invite(const QString &deviceName, const QString &passphrase, const QString &file)
{
    if (deviceName.trimmed().isEmpty()) {
        showError(tr("Name the laptop you invite."));
        return false;
    }
    try {
        const QByteArray invitation = m_session.membership().invite(deviceName.trimmed(), passphrase, m_session.actor());
        if (!PrivateFiles::write(file, invitation))
            throw Error(tr("Cannot write the invitation to %1.").arg(file));
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
    m_status->setStyleSheet({});
    m_status->setText(
        tr("Invitation saved to %1. Give the passphrase to the laptop's user yourself, not with the file.").arg(file));
    reload();
    return true;
}

void TeamDevicesDialog::removeSelected(bool confirmed)
{
    QTreeWidgetItem *item = m_devices->currentItem();
    if (!item)
        return;
    if (!confirmed
        && QMessageBox::question(this, tr("Remove laptop"),
                                 tr("Remove %1 from the team? What it synced stays; anything it sends later is refused. "
                                    "This cannot be undone.")
                                     .arg(item->text(0)))
            != QMessageBox::Yes)
        return;
    try {
        m_session.membership().revoke(item->data(0, DeviceIdRole).toString(), m_session.actor());
        m_status->setStyleSheet({});
        m_status->setText(tr("%1 is removed from the team.").arg(item->text(0)));
    } catch (const Error &e) {
        showError(e.message());
    }
    reload();
}

} // namespace Kvarter
