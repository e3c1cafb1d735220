// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "WeekPlanModel.h"

#include "common/DisplayTime.h"
#include "plan/PlanCheck.h"
#include "plan/PlanService.h"
#include "session/Session.h"
#include "team/TeamService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Kvarter {

WeekPlanModel::WeekPlanModel(Session &session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (m_monday.isValid() && (entities.contains(QLatin1String("visit")) || entities.contains(QLatin1String("employee"))))
            reload();
    });
    connect(&m_session, &Session::locked, this, &WeekPlanModel::reload);
    connect(&m_session, &Session::unlocked, this, &WeekPlanModel::reload);
}

void WeekPlanModel::setWeekOf(const QDate &day)
{
    m_monday = day.addDays(1 - day.dayOfWeek());
    reload();
}

void WeekPlanModel::reload()
{
    beginResetModel();
    m_staff.clear();
    m_cells.clear();
    if (m_session.signedIn() && m_session.may(Right::ReadPlan) && m_monday.isValid()) {
        for (const Employee &e : m_session.team().employees(m_session.teamId()))
            if (e.active && Kvarter::Roles::makesVisits(e.role))
                m_staff << e;
        m_cells.resize((m_staff.size() + 1) * Days);
        QHash<QString, int> rowOf;
        for (int row = 0; row < m_staff.size(); ++row)
            rowOf.insert(m_staff.at(row).id, row);
        const QList<Visit> visits = m_session.plan().dayPlan(m_session.teamId(), m_monday, Days);
        for (const Visit &v : visits) {
            if (v.status == VisitStatus::Cancelled)
                continue;
            const int column = int(m_monday.daysTo(v.start.date()));
            const int row = int(rowOf.value(v.employeeId, int(m_staff.size())));
            if (column < 0 || column >= Days)
                continue;
            Cell &c = m_cells[row * Days + column];
            ++c.visits;
            c.minutes += v.minutes;
        }
        for (const Overlap &o : PlanCheck::overlapping(visits)) {
            const int column = int(m_monday.daysTo(o.first.start.date()));
            if (rowOf.contains(o.first.employeeId) && column >= 0 && column < Days)
                ++m_cells[rowOf.value(o.first.employeeId) * Days + column].doubleBookings;
        }
    }
    endResetModel();
}

int WeekPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_cells.isEmpty() ? 0 : int(m_staff.size()) + 1;
}

int WeekPlanModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : Days; }

QVariant WeekPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Cell &c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole: {
        if (c.visits == 0)
            return QStringLiteral("–");
        QString text = tr("%n visit(s)", nullptr, c.visits) + QLatin1Char('\n')
            + tr("%1 h %2 min").arg(c.minutes / 60).arg(c.minutes % 60, 2, 10, QLatin1Char('0'));
        if (c.doubleBookings > 0)
            text += QLatin1Char('\n') + tr("%n double booking(s)", nullptr, c.doubleBookings);
        return text;
    }
    case Qt::ForegroundRole: return c.doubleBookings > 0 ? QVariant(QBrush(QColor(0x9c, 0x1c, 0x1c))) : QVariant();
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case DayRole: return m_monday.addDays(index.column());
    case VisitCountRole: return c.visits;
    case MinutesRole: return c.minutes;
    case DoubleBookingsRole: return c.doubleBookings;
    default: return {};
    }
}

QVariant WeekPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return QString(QLocale().toString(m_monday.addDays(section), QStringLiteral("ddd "))
                       + DisplayTime::dayAndMonth(m_monday.addDays(section)));
    if (section < m_staff.size())
        return m_staff.at(section).name;
    return tr("Not assigned");
}

} // namespace Kvarter
