// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ReassignDialog.h"

#include "common/DisplayTime.h"
#include "common/VisitRoles.h"
#include "plan/PlanCheck.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QTimeZone>

namespace Kvarter {

ReassignDialog::ReassignDialog(const Visit &visit, const QList<Employee> &staff, const QList<Visit> &dayVisits, QWidget *parent)
    : QDialog(parent), m_visit(visit), m_staff(staff), m_dayVisits(dayVisits), m_employee(new QComboBox(this)),
      m_start(new QTimeEdit(visit.start.time(), this)), m_free(new QLabel(this))
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Who takes the visit, and when?"));
    m_employee->setObjectName(QStringLiteral("employeeComboBox"));
    m_employee->addItem(tr("Nobody yet (unassigned)"), QString());
    for (const Employee &e : staff)
        m_employee->addItem(QStringLiteral("%1 (%2)").arg(e.name, Roles::displayName(e.role)), e.id);
    m_start->setObjectName(QStringLiteral("startTimeEdit"));
    m_start->setDisplayFormat(QStringLiteral("HH.mm"));
    m_free->setObjectName(QStringLiteral("freeLabel"));
    m_free->setWordWrap(true);
    choose(visit.employeeId);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Visit:"),
                 new QLabel(QStringLiteral("<b>%1</b>, %2<br>%3, %4")
                                .arg(visit.citizenName.toHtmlEscaped(), visit.citizenAddress.toHtmlEscaped(),
                                     DisplayTime::weekdayDate(visit.start.date()), tr("%n min", nullptr, visit.minutes)),
                            this));
    form->addRow(tr("&Starts at:"), m_start);
    form->addRow(tr("&Employee:"), m_employee);
    form->addRow(QString(), m_free);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_start, &QTimeEdit::timeChanged, this, &ReassignDialog::showWhoIsFree);
    connect(m_employee, &QComboBox::currentIndexChanged, this, &ReassignDialog::showWhoIsFree);
    showWhoIsFree();
}

QString ReassignDialog::employeeId() const { return m_employee->currentData().toString(); }

void ReassignDialog::choose(const QString &employeeId)
{
    const int index = m_employee->findData(employeeId);
    m_employee->setCurrentIndex(index < 0 ? 0 : index);
}

QDateTime ReassignDialog::start() const { return QDateTime(m_visit.start.date(), m_start->time(), m_visit.start.timeZone()); }

void ReassignDialog::setStartTime(const QTime &time) { m_start->setTime(time); }

bool ReassignDialog::isFree(const QString &employeeId) const
{
    Visit candidate = m_visit;
    candidate.employeeId = employeeId;
    candidate.start = start();
    return employeeId.isEmpty() || PlanCheck::clashesWith(candidate, m_dayVisits).isEmpty();
}

void ReassignDialog::showWhoIsFree()
{
    // Every name says whether that person is free at the chosen time, so the planner picks from
    // the list instead of trying and being warned.
    for (int row = 1; row < m_employee->count(); ++row) {
        const Employee &e = m_staff.at(row - 1);
        m_employee->setItemText(
            row, QStringLiteral("%1 (%2) — %3").arg(e.name, Roles::displayName(e.role), isFree(e.id) ? tr("free") : tr("busy")));
    }
    const QString chosen = employeeId();
    if (chosen.isEmpty()) {
        m_free->clear();
        return;
    }
    Visit candidate = m_visit;
    candidate.employeeId = chosen;
    candidate.start = start();
    QStringList busy;
    for (const Visit &v : PlanCheck::clashesWith(candidate, m_dayVisits))
        busy << tr("%1 with %2").arg(VisitRoles::timeRange(v), v.citizenName.toHtmlEscaped());
    m_free->setText(busy.isEmpty() ? tr("Free at that time.")
                                   : tr("<span style='color:#9c1c1c'>Busy then: %1</span>").arg(busy.join(QStringLiteral("; "))));
}

} // namespace Kvarter
