// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TimelineView.h"

#include "DayPlanModel.h"
#include "common/Contrast.h"
#include "common/DisplayTime.h"
#include "common/VisitRoles.h"

#include <QApplication>
#include <QDrag>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace Kvarter {

TimelineView::TimelineView(DayPlanModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("timelineView"));
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAccessibleName(tr("Day plan timeline"));
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_lanes = TimelineLanes::assign(m_model->visits());
        updateGeometry();
        update();
    });
}

QSize TimelineView::sizeHint() const
{
    const int rows = m_model ? int(m_model->staff().size()) : 0;
    return { NameWidth + (LastHour - FirstHour) * m_hourWidth + 8, HeaderHeight + rows * RowHeight + 2 };
}

void TimelineView::setHourWidth(int pixels)
{
    const int bounded = std::clamp(pixels, int(MinHourWidth), int(MaxHourWidth));
    if (bounded == m_hourWidth)
        return;
    m_hourWidth = bounded;
    updateGeometry();
    update();
}

int TimelineView::minuteForX(int x) const
{
    const int span = (LastHour - FirstHour) * 60;
    const int usable = std::max(1, width() - NameWidth - 8);
    return FirstHour * 60 + int(qint64(x - NameWidth) * span / usable);
}

QSize TimelineView::minimumSizeHint() const { return sizeHint(); }

int TimelineView::xForMinute(int minuteOfDay) const
{
    const int span = (LastHour - FirstHour) * 60;
    const int usable = width() - NameWidth - 8;
    return NameWidth + int(qint64(minuteOfDay - FirstHour * 60) * usable / span);
}

QRect TimelineView::rowRect(const QString &employeeId) const
{
    const QList<Employee> &staff = m_model->staff();
    for (int row = 0; row < staff.size(); ++row)
        if (staff.at(row).id == employeeId)
            return { 0, HeaderHeight + row * RowHeight, width(), RowHeight };
    return {};
}

QRect TimelineView::blockRect(const QString &visitId) const
{
    for (const Visit &v : m_model->visits()) {
        if (v.id != visitId)
            continue;
        const QRect row = rowRect(v.employeeId);
        if (row.isEmpty())
            return {};
        const int startMinute = v.start.time().hour() * 60 + v.start.time().minute();
        const int left = xForMinute(startMinute);
        const int right = std::max(left + 6, xForMinute(startMinute + v.minutes));
        const TimelineLane lane = m_lanes.value(v.id);
        const int height = (RowHeight - 10) / std::max(1, lane.count);
        return { left, row.top() + 5 + lane.index * height, right - left, std::max(4, height - 1) };
    }
    return {};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const QList<Employee> &staff = m_model->staff();

    // Hour grid and labels.
    p.setPen(palette().mid().color());
    for (int hour = FirstHour; hour <= LastHour; ++hour) {
        const int x = xForMinute(hour * 60);
        p.setPen(palette().midlight().color());
        p.drawLine(x, HeaderHeight, x, height());
        p.setPen(palette().text().color());
        p.drawText(QRect(x - 20, 0, 40, HeaderHeight), Qt::AlignCenter, QStringLiteral("%1").arg(hour, 2, 10, QLatin1Char('0')));
    }
    // Row stripes and lines.
    for (int row = 0; row < staff.size(); ++row) {
        const QRect r(0, HeaderHeight + row * RowHeight, width(), RowHeight);
        if (row == m_dropRow)
            p.fillRect(r, palette().highlight().color().lighter(170));
        p.setPen(palette().midlight().color());
        p.drawLine(0, r.bottom(), width(), r.bottom());
    }
    // Blocks.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    p.setFont(small);
    p.setRenderHint(QPainter::Antialiasing);
    for (const Visit &v : m_model->visits()) {
        const QRect block = blockRect(v.id);
        if (block.isEmpty())
            continue;
        const QColor fill = blockFill(v.status);
        p.setPen(v.id == m_selected ? QPen(palette().highlight().color(), 3) : QPen(fill.darker(130)));
        p.setBrush(fill);
        p.drawRoundedRect(block, 4, 4);
        p.setPen(Contrast::readableTextOn(fill));
        p.drawText(block.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(v.citizenName, Qt::ElideRight, block.width() - 6));
    }
    // Names last, at the visible left edge, so they stay put while the hours scroll under them.
    p.setFont(font());
    const int nameLeft = visibleRegion().boundingRect().left();
    for (int row = 0; row < staff.size(); ++row) {
        const QRect r(nameLeft, HeaderHeight + row * RowHeight, NameWidth, RowHeight);
        p.fillRect(r,
                   row == m_dropRow ? palette().highlight().color().lighter(170)
                                    : (row % 2 ? palette().alternateBase() : palette().window()));
        p.setPen(palette().mid().color());
        p.drawLine(r.topRight(), r.bottomRight());
        p.drawLine(r.bottomLeft(), r.bottomRight());
        p.setPen(palette().text().color());
        p.drawText(r.adjusted(8, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   p.fontMetrics().elidedText(staff.at(row).name, Qt::ElideRight, NameWidth - 12));
    }
    p.fillRect(QRect(nameLeft, 0, NameWidth, HeaderHeight), palette().window());
    // Below the last person the column goes on empty, or hour lines scrolled under it would show.
    const QRect below(nameLeft, HeaderHeight + int(staff.size()) * RowHeight, NameWidth, height());
    p.fillRect(below, palette().window());
    p.setPen(palette().mid().color());
    p.drawLine(below.topRight(), below.bottomRight());
    if (hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 1, Qt::DotLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

QColor TimelineView::blockFill(VisitStatus status)
{
    const QColor fill = VisitRoles::statusColor(status);
    return status == VisitStatus::Planned ? fill : fill.lighter(150); // what is history recedes
}

QString TimelineView::describe(const QString &visitId) const
{
    for (const Visit &v : m_model->visits())
        if (v.id == visitId)
            return tr("%1, %2\n%3–%4 · %5\n%6")
                .arg(v.citizenName, v.citizenAddress, DisplayTime::time(v.start.time()), DisplayTime::time(v.end().time()),
                     VisitStatuses::displayName(v.status), v.services.join(QStringLiteral(", ")));
    return {};
}

bool TimelineView::event(QEvent *event)
{
    // A block is often too narrow for its name: the whole of it shows on hover.
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = visitAt(help->pos());
        if (id.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), describe(id), this, blockRect(id));
        return true;
    }
    return QWidget::event(event);
}

QString TimelineView::visitAt(const QPoint &pos) const
{
    for (const Visit &v : m_model->visits())
        if (blockRect(v.id).contains(pos))
            return v.id;
    return {};
}

QString TimelineView::employeeAt(const QPoint &pos) const
{
    const int row = (pos.y() - HeaderHeight) / RowHeight;
    if (pos.y() < HeaderHeight || row < 0 || row >= m_model->staff().size())
        return {};
    return m_model->staff().at(row).id;
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    m_selected = visitAt(event->position().toPoint());
    m_pressPos = event->position().toPoint();
    update();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QString hovered = visitAt(event->position().toPoint());
    setCursor(hovered.isEmpty() ? Qt::ArrowCursor : Qt::OpenHandCursor);
    if (!(event->buttons() & Qt::LeftButton) || m_selected.isEmpty()
        || (event->position().toPoint() - m_pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    auto *drag = new QDrag(this);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(VisitMimeType), m_selected.toUtf8());
    for (const Visit &v : m_model->visits())
        if (v.id == m_selected) {
            const int grabbed = minuteForX(m_pressPos.x()) - (v.start.time().hour() * 60 + v.start.time().minute());
            mime->setData(QString::fromLatin1(GrabMimeType), QByteArray::number(grabbed));
        }
    drag->setMimeData(mime);
    drag->exec(Qt::MoveAction);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QString id = visitAt(event->position().toPoint());
    if (!id.isEmpty())
        Q_EMIT dialogRequested(id);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const QList<Visit> &visits = m_model->visits();
    QList<QString> shown;
    for (const Visit &v : visits)
        if (!blockRect(v.id).isEmpty())
            shown << v.id;
    const qsizetype at = shown.indexOf(m_selected);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        if (!shown.isEmpty())
            m_selected = shown.at(at < 0 ? 0 : std::min(at + 1, shown.size() - 1));
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        if (!shown.isEmpty())
            m_selected = shown.at(at <= 0 ? 0 : at - 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty())
            Q_EMIT dialogRequested(m_selected);
        return;
    default: QWidget::keyPressEvent(event); return;
    }
    update();
}

void TimelineView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(VisitMimeType)))
        event->acceptProposedAction();
}

void TimelineView::dragMoveEvent(QDragMoveEvent *event)
{
    const QString employee = employeeAt(event->position().toPoint());
    const int row = employee.isEmpty() ? -1 : (int(event->position().y()) - HeaderHeight) / RowHeight;
    if (row != m_dropRow) {
        m_dropRow = row;
        update();
    }
    if (employee.isEmpty())
        event->ignore();
    else
        event->acceptProposedAction();
}

void TimelineView::dragLeaveEvent(QDragLeaveEvent *)
{
    m_dropRow = -1;
    update();
}

void TimelineView::dropEvent(QDropEvent *event)
{
    m_dropRow = -1;
    update();
    const QString employee = employeeAt(event->position().toPoint());
    const QString visit = QString::fromUtf8(event->mimeData()->data(QString::fromLatin1(VisitMimeType)));
    if (employee.isEmpty() || visit.isEmpty())
        return;
    event->acceptProposedAction();
    // From the unassigned list only the person changes; a block grabbed on the timeline also takes
    // the time it was dropped at.
    if (!event->mimeData()->hasFormat(QString::fromLatin1(GrabMimeType))) {
        Q_EMIT reassignRequested(visit, employee);
        return;
    }
    const int grabbed = event->mimeData()->data(QString::fromLatin1(GrabMimeType)).toInt();
    for (const Visit &v : m_model->visits()) {
        if (v.id != visit)
            continue;
        int minute = minuteForX(int(event->position().x())) - grabbed;
        minute = (minute + SnapMinutes / 2) / SnapMinutes * SnapMinutes;
        minute = std::clamp(minute, FirstHour * 60, LastHour * 60 - v.minutes);
        const QDateTime start(v.start.date(), QTime(minute / 60, minute % 60), v.start.timeZone());
        if (employee == v.employeeId && start == v.start)
            return; // put back where it was
        Q_EMIT moveRequested(visit, employee, start);
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier) || event->angleDelta().y() == 0) {
        QWidget::wheelEvent(event); // the scroll area scrolls
        return;
    }
    const double notches = event->angleDelta().y() / 120.0;
    Q_EMIT zoomRequested(std::pow(1.25, notches), minuteForX(int(event->position().x())));
    event->accept();
}

} // namespace Kvarter
