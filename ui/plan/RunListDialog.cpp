// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "RunListDialog.h"

#include "catalogue/ServiceCatalogue.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "common/Error.h"
#include "pdf/RunListPdf.h"
#include "plan/RunListService.h"
#include "privacy/OpeningGate.h"
#include "session/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>

namespace Kvarter {

RunListDialog::RunListDialog(Session &session, const QDate &day, const QList<Employee> &staff, QWidget *parent)
    : QDialog(parent), m_session(session), m_day(day), m_employee(new QComboBox(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("runListDialog"));
    setWindowTitle(tr("Print run list"));
    m_employee->setObjectName(QStringLiteral("runListEmployeeComboBox"));
    m_employee->addItem(tr("The whole team"), QString());
    for (const Employee &e : staff)
        m_employee->addItem(tr("%1 (%2)").arg(e.name, e.initials), e.id);
    // A nurse printing for herself is the common case; a planner prints for the team.
    if (!session.may(Right::Plan))
        setEmployeeId(session.employee().id);
    m_error->setObjectName(QStringLiteral("runListErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::AcceptRole);
    printButton->setObjectName(QStringLiteral("printRunListButton"));
    QPushButton *saveButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveRunListButton"));
    // Both act first and close only when done (accepted() is left unconnected), so a refusal
    // stays readable in the dialog.
    connect(printButton, &QPushButton::clicked, this, &RunListDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &RunListDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Day:"), new QLabel(DisplayTime::longDate(day), this));
    form->addRow(tr("Run list of:"), m_employee);
    form->addRow(new QLabel(tr("The list holds addresses and phone numbers: keep the paper or the USB stick out of "
                               "sight and shred it after use."),
                            this));
    form->addRow(m_error);
    form->addRow(buttons);
    for (QLabel *label : findChildren<QLabel *>())
        label->setWordWrap(true);
}

QString RunListDialog::employeeId() const { return m_employee->currentData().toString(); }

void RunListDialog::setEmployeeId(const QString &employeeId)
{
    const int index = m_employee->findData(employeeId);
    if (index >= 0)
        m_employee->setCurrentIndex(index);
}

std::optional<PdfDocument> RunListDialog::document(QString *suggestedName, bool printing)
{
    try {
        const RunList list = m_session.runLists().runList(m_day, employeeId());
        if (printing) {
            QStringList citizens;
            for (const RunListStop &s : list.stops)
                citizens << s.citizenId;
            if (!OpeningGate::open(m_session, this, citizens, AccessPart::RunListPrinted))
                return std::nullopt;
        }
        if (suggestedName)
            *suggestedName = RunListPdf::suggestedFileName(list);
        m_error->hide();
        return RunListPdf::document(list, m_session.clock().now());
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return std::nullopt;
    }
}

bool RunListDialog::saveTo(const QString &path)
{
    const std::optional<PdfDocument> doc = document(nullptr, true);
    if (!doc)
        return false;
    try {
        doc->writePdf(path);
    } catch (const Error &e) {
        m_error->setText(e.message());
        m_error->show();
        return false;
    }
    return true;
}

void RunListDialog::save()
{
    QString name;
    if (!document(&name))
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save run list as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"));
    if (!path.isEmpty() && saveTo(path))
        accept();
}

void RunListDialog::print()
{
    const std::optional<PdfDocument> doc = document();
    if (!doc)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(doc->title());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print run list"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Logged only now that it goes to the printer, and read again: the plan may have changed.
    const std::optional<PdfDocument> printed = document(nullptr, true);
    if (!printed)
        return;
    if (printed->paint(printer) == 0) {
        m_error->setText(tr("The printer could not be started."));
        m_error->show();
        return;
    }
    accept();
}

} // namespace Kvarter
