// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "WhoLookedDialog.h"

#include "AccessEntryModel.h"
#include "AccessTableView.h"
#include "OpeningGate.h"
#include "PeriodEdit.h"
#include "citizen/Cpr.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "pdf/AccessReportPdf.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Kvarter {

WhoLookedDialog *WhoLookedDialog::create(Session &session, const QString &citizenId, QWidget *parent)
{
    if (!session.may(Right::ReviewAccess))
        return nullptr;
    // Reading who has looked is itself logged, before the list is read, so it is in the list (as
    // `kvarter-cli access-log` does).
    if (!OpeningGate::open(session, parent, citizenId, { AccessPart::ReportPrinted }))
        return nullptr;
    const std::optional<Citizen> citizen = session.citizens().citizen(citizenId);
    if (!citizen)
        throw Error(tr("This citizen is no longer in the team's records."));
    return new WhoLookedDialog(session, *citizen, parent);
}

WhoLookedDialog::WhoLookedDialog(Session &session, const Citizen &citizen, QWidget *parent)
    : QDialog(parent), m_session(session), m_citizen(citizen), m_model(new AccessEntryModel(this)),
      m_table(new AccessTableView(m_model,
                                  { { AccessEntryModel::When, 140 },
                                    { AccessEntryModel::Employee, 170 },
                                    { AccessEntryModel::Part, 130 },
                                    { AccessEntryModel::Context, 190 },
                                    { AccessEntryModel::Reason, 100 } },
                                  this)),
      m_period(new PeriodEdit(PeriodEdit::Start::Open, {}, session.clock().today(), this)), m_count(new QLabel(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("whoLookedDialog"));
    setWindowTitle(tr("Who has looked at %1").arg(citizen.name));

    auto *heading = new QLabel(tr("<b>%1</b> · CPR %2").arg(citizen.name.toHtmlEscaped(), Cpr::formatted(citizen.cpr)), this);
    heading->setObjectName(QStringLiteral("whoLookedHeadingLabel"));
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    heading->setFont(big);
    auto *about = new QLabel(tr("Every opening of the record in Kvarter: who, when, which part, and why they could open it. "
                                "A citizen who asks who has looked is given this list as a PDF."),
                             this);
    about->setWordWrap(true);

    m_count->setObjectName(QStringLiteral("whoLookedCountLabel"));
    connect(m_period, &PeriodEdit::periodChanged, this, &WhoLookedDialog::reload);
    auto *period = new QHBoxLayout;
    period->addWidget(m_period);
    period->addSpacing(16);
    period->addWidget(m_count, 1);

    m_table->setObjectName(QStringLiteral("whoLookedTableView"));
    m_table->setWordWrap(false);
    // Years of openings: rows as tight as the text, so that a screenful shows many.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    m_status->setObjectName(QStringLiteral("whoLookedStatusLabel"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveWhoLookedPdfButton"));
    save->setAutoDefault(false);
    connect(save, &QPushButton::clicked, this, &WhoLookedDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(about);
    layout->addLayout(period);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(880, 520);
    reload();
    m_table->setFocus();
}

QDate WhoLookedDialog::from() const { return m_period->from(); }

QDate WhoLookedDialog::to() const { return m_period->to(); }

void WhoLookedDialog::setPeriod(const QDate &from, const QDate &to) { m_period->setPeriod(from, to); }

void WhoLookedDialog::reload()
{
    try {
        m_model->setEntries(m_session.accessLog().whoLooked(m_citizen.id, from(), to()));
    } catch (const Error &e) {
        m_model->setEntries({});
        showStatus(e.message(), true);
    }
    m_count->setText(tr("%n opening(s)", nullptr, m_model->rowCount()));
}

bool WhoLookedDialog::saveTo(const QString &path)
{
    try {
        // A copy of the report leaves the screen: logged as printed, and so in the copy itself.
        if (!OpeningGate::open(m_session, this, m_citizen.id, { AccessPart::ReportPrinted }))
            return false;
        const QList<AccessEntry> entries = m_session.accessLog().whoLooked(m_citizen.id, from(), to());
        m_model->setEntries(entries);
        m_count->setText(tr("%n opening(s)", nullptr, m_model->rowCount()));
        AccessReportPdf::document(m_citizen, entries, from(), to(), m_session.clock().now()).writePdf(path);
    } catch (const Error &e) {
        showStatus(e.message(), true);
        return false;
    }
    showStatus(tr("Saved as %1. The file holds personal data: keep it safe, and delete it once it has been handed over.")
                   .arg(QDir::toNativeSeparators(path)),
               false);
    return true;
}

void WhoLookedDialog::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b52a2a;") : QString());
    m_status->setText(text);
    m_status->show();
}

void WhoLookedDialog::saveAs()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = AccessReportPdf::suggestedFileName(m_citizen, m_session.clock().today());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save who has looked as PDF"), QDir(folder).filePath(name),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveTo(path);
}

} // namespace Kvarter
