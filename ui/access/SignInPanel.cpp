// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "SignInPanel.h"

#include "access/PinPolicy.h"
#include "access/PinVault.h"
#include "common/Clock.h"
#include "session/Session.h"
#include "team/Role.h"
#include "team/TeamService.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Kvarter {

namespace {

QLineEdit *pinField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    field->setMaxLength(PinPolicy::MaximumLength);
    field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    field->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]*")), field));
    return field;
}

} // namespace

SignInPanel::SignInPanel(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_employee(new QComboBox(this)), m_intro(new QLabel(this)),
      m_pin(pinField(QStringLiteral("pinLineEdit"), this)), m_repeatLabel(new QLabel(tr("&Repeat PIN"), this)),
      m_repeat(pinField(QStringLiteral("repeatPinLineEdit"), this)), m_problem(new QLabel(this)),
      m_submit(new QPushButton(tr("&Sign in"), this)), m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("signInPanel"));
    m_employee->setObjectName(QStringLiteral("employeeComboBox"));
    m_employee->setMinimumContentsLength(28);
    m_intro->setObjectName(QStringLiteral("signInIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_problem->setObjectName(QStringLiteral("pinProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b52a2a;"));
    m_problem->hide();
    m_submit->setObjectName(QStringLiteral("signInButton"));
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);
    m_repeatLabel->setBuddy(m_repeat);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name"), this);
    nameLabel->setBuddy(m_employee);
    form->addRow(nameLabel, m_employee);
    auto *pinLabel = new QLabel(tr("&PIN"), this);
    pinLabel->setBuddy(m_pin);
    form->addRow(pinLabel, m_pin);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_submit);
    layout->addLayout(m_buttons);

    m_waitTimer.setInterval(1000);
    connect(&m_waitTimer, &QTimer::timeout, this, &SignInPanel::tick);
    connect(m_submit, &QPushButton::clicked, this, &SignInPanel::submit);
    connect(m_pin, &QLineEdit::returnPressed, this, [this] {
        if (m_choosing)
            m_repeat->setFocus();
        else
            submit();
    });
    connect(m_repeat, &QLineEdit::returnPressed, this, &SignInPanel::submit);
    connect(m_employee, &QComboBox::currentIndexChanged, this, &SignInPanel::employeeChosen);
    // Colleagues added on another laptop arrive by sync.
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("employee")))
            fillEmployees();
    });
    setChoosing(false);
    fillEmployees();
}

void SignInPanel::fillEmployees()
{
    const QString keep = employeeId();
    const QSignalBlocker block(m_employee);
    m_employee->clear();
    for (const Employee &e : m_session.team().employees(m_session.teamId()))
        if (e.active)
            m_employee->addItem(QStringLiteral("%1 (%2)").arg(e.name, Roles::displayName(e.role)), e.id);
    m_employee->setCurrentIndex(qMax(0, m_employee->findData(keep)));
    employeeChosen();
}

void SignInPanel::preselect(const QString &employeeId)
{
    const int index = m_employee->findData(employeeId);
    if (index >= 0)
        m_employee->setCurrentIndex(index);
    employeeChosen();
}

void SignInPanel::setLockedTo(const QString &employeeId)
{
    m_lockedTo = employeeId;
    preselect(employeeId);
    reset();
}

QString SignInPanel::employeeId() const { return m_employee->currentData().toString(); }

void SignInPanel::reset()
{
    m_pin->clear();
    m_repeat->clear();
    m_pin->setFocus();
}

void SignInPanel::addButton(QPushButton *button) { m_buttons->insertWidget(0, button); }

void SignInPanel::focusName() { m_employee->setFocus(); }

void SignInPanel::employeeChosen()
{
    m_problem->hide();
    m_waitTimer.stop();
    m_submit->setEnabled(true);
    m_pin->clear();
    m_repeat->clear();
    if (employeeId().isEmpty())
        return;
    const PinStatus status = m_session.pinStatus(employeeId());
    setChoosing(!status.chosen);
    m_submit->setEnabled(!status.lockedOut);
    if (status.lockedOut)
        showProblem(tr("This PIN is locked after too many wrong tries. A planner or team leader can give a new one."));
    else
        startWaitIfAny();
}

void SignInPanel::setChoosing(bool choosing)
{
    m_choosing = choosing;
    m_repeatLabel->setVisible(choosing);
    m_repeat->setVisible(choosing);
    m_intro->setVisible(choosing);
    m_intro->setText(tr("<b>Choose your PIN</b> for this laptop: 4 to 8 digits that others cannot guess — not 1234, "
                        "not the same digit again and again, not your birthday. You type it each time you start "
                        "Kvarter or it has locked."));
    m_submit->setText(choosing                                                  ? tr("&Choose PIN and sign in")
                          : m_lockedTo == employeeId() && !m_lockedTo.isEmpty() ? tr("&Unlock")
                                                                                : tr("&Sign in"));
}

void SignInPanel::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void SignInPanel::submit()
{
    const QString id = employeeId();
    if (id.isEmpty() || !m_submit->isEnabled())
        return;
    const QString pin = m_pin->text();
    try {
        if (m_choosing) {
            if (pin != m_repeat->text()) {
                showProblem(tr("The two PINs are not the same. Type the same PIN twice."));
                m_repeat->clear();
                m_repeat->setFocus();
                return;
            }
            m_session.choosePinAndSignIn(id, pin);
        } else if (m_session.isLocked() && m_session.lockedEmployeeId() == id) {
            m_session.unlock(pin);
        } else {
            m_session.signIn(id, pin);
        }
    } catch (const PinRefused &e) {
        if (e.reason() == PinRefused::Reason::NotChosen) {
            setChoosing(true);
            showProblem(QString());
        } else {
            showProblem(e.message());
            startWaitIfAny();
        }
        reset();
        return;
    } catch (const Error &e) {
        showProblem(e.message()); // a trivial new PIN, or someone who left the team
        reset();
        return;
    }
    showProblem(QString());
    m_lockedTo.clear();
    reset();
    setChoosing(false);
    Q_EMIT signedIn();
}

void SignInPanel::startWaitIfAny()
{
    tick();
    if (!m_submit->isEnabled())
        m_waitTimer.start();
}

void SignInPanel::tick()
{
    const PinStatus status = m_session.pinStatus(employeeId());
    const qint64 seconds = status.notBefore.isValid() ? (m_session.clock().now().msecsTo(status.notBefore) + 999) / 1000 : 0;
    if (seconds > 0 && !status.lockedOut) {
        m_submit->setEnabled(false);
        m_submit->setText(tr("Wait %n s", nullptr, int(seconds)));
        return;
    }
    m_waitTimer.stop();
    m_submit->setEnabled(!status.lockedOut);
    setChoosing(m_choosing);
}

} // namespace Kvarter
