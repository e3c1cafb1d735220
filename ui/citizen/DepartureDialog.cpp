// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DepartureDialog.h"

#include "common/Clock.h"
#include "common/FieldErrorLabels.h"
#include "privacy/CitizenDepartures.h"
#include "privacy/LocalPurge.h"
#include "session/Session.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Kvarter {

DepartureDialog::DepartureDialog(Session &session, const QString &citizenId, const QString &citizenName, QWidget *parent)
    : QDialog(parent), m_session(session), m_citizenId(citizenId), m_reasons(new QButtonGroup(this)),
      m_date(new QDateEdit(session.clock().today(), this)), m_errors(std::make_unique<FieldErrorLabels>(this))
{
    setObjectName(QStringLiteral("departureDialog"));
    setWindowTitle(tr("%1 leaves the team").arg(citizenName));
    auto *intro = new QLabel(tr("Record why and when <b>%1</b> is no longer the team's citizen. Every laptop of the team "
                                "keeps the record for %n more day(s) (time to complain about the last decision), then "
                                "removes its copy. Nothing that has not been synced yet is removed, and the leaving can "
                                "be undone until then.",
                                nullptr, LocalPurge::RetentionDays)
                                 .arg(citizenName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *reasons = new QWidget(this);
    auto *reasonLayout = new QVBoxLayout(reasons);
    reasonLayout->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<DepartureReason, QString>> choices {
        { DepartureReason::Moved, QStringLiteral("movedRadioButton") },
        { DepartureReason::Died, QStringLiteral("diedRadioButton") },
        { DepartureReason::Ended, QStringLiteral("endedRadioButton") },
    };
    for (const auto &[reason, name] : choices) {
        auto *button = new QRadioButton(CitizenDepartures::displayName(reason), reasons);
        button->setObjectName(name);
        m_reasons->addButton(button, int(reason));
        reasonLayout->addWidget(button);
    }
    m_reasons->button(int(DepartureReason::Moved))->setChecked(true);
    m_date->setObjectName(QStringLiteral("departureDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(session.clock().today());
    m_date->setDisplayFormat(QStringLiteral("d. MMM yyyy"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *record = buttons->button(QDialogButtonBox::Ok);
    record->setText(tr("&Record the leaving"));
    record->setObjectName(QStringLiteral("recordDepartureButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true); // a slip of Enter records nothing
    connect(buttons, &QDialogButtonBox::accepted, this, &DepartureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    form->addRow(tr("Why:"), reasons);
    auto *dateLabel = new QLabel(tr("&Left on:"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_errors->fieldWithError(m_date, QStringLiteral("date"), QStringLiteral("dateErrorLabel")));
    layout->addLayout(form);
    layout->addWidget(m_errors->summary());
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

DepartureDialog::~DepartureDialog() = default;

void DepartureDialog::accept()
{
    try {
        m_session.departures().record(m_citizenId, m_date->date(), DepartureReason(m_reasons->checkedId()));
    } catch (const ValidationError &e) {
        m_errors->show(e.errors());
        adjustSize();
        return;
    } catch (const Error &e) {
        m_errors->show({ { QString(), e.message() } });
        adjustSize();
        return;
    }
    QDialog::accept();
}

} // namespace Kvarter
