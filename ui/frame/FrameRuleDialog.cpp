// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "FrameRuleDialog.h"

#include "catalogue/ServiceCatalogue.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Kvarter {

namespace {
bool isCourse(const QString &code)
{
    for (const Service &s : ServiceCatalogue::standard().services())
        if ((s.code == code || s.groupCode == code) && s.holisticCourse)
            return true;
    return false;
}
} // namespace

FrameRuleDialog::FrameRuleDialog(Session &session, const FrameRule &rule, QWidget *parent)
    : QDialog(parent), m_session(session), m_original(rule), m_role(new QComboBox(this)), m_service(new QComboBox(this)),
      m_max(new QSpinBox(this)), m_weeks(new QSpinBox(this)), m_active(new QCheckBox(tr("The right is in &force"), this)),
      m_fieldErrors(this)
{
    setObjectName(QStringLiteral("frameRuleDialog"));
    setWindowTitle(tr("Edit delegated frame"));
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    for (Role role : Roles::all())
        m_role->addItem(Roles::displayName(role), int(role));
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(rule.role))));

    // Groups first (a frame usually covers a paragraph), then the single services under them.
    m_service->setObjectName(QStringLiteral("serviceComboBox"));
    QSet<QString> groups;
    for (const Service &s : ServiceCatalogue::standard().services())
        if (!s.groupCode.isEmpty() && !groups.contains(s.groupCode)) {
            groups.insert(s.groupCode);
            m_service->addItem(tr("All of %1").arg(s.groupName), s.groupCode);
        }
    for (const Service &s : ServiceCatalogue::standard().services())
        m_service->addItem(QStringLiteral("%1 %2").arg(s.code, s.name), s.code);
    m_service->setCurrentIndex(std::max(0, m_service->findData(rule.serviceCode)));
    connect(m_service, &QComboBox::currentIndexChanged, this, &FrameRuleDialog::updateUnit);

    auto *actions = new QWidget(this);
    auto *actionsLayout = new QHBoxLayout(actions);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<FrameAction, QString>> names { { FrameAction::Grant, tr("&grant") },
                                                     { FrameAction::Increase, tr("&increase") },
                                                     { FrameAction::Reduce, tr("re&duce") },
                                                     { FrameAction::End, tr("&end") } };
    for (const auto &[action, name] : names) {
        auto *box = new QCheckBox(name, actions);
        box->setObjectName(FrameRule::actionKey(action) + QStringLiteral("CheckBox"));
        box->setChecked(rule.actions & int(action));
        actionsLayout->addWidget(box);
        m_actions << qMakePair(action, box);
    }
    actionsLayout->addStretch(1);

    m_max->setObjectName(QStringLiteral("maxSpinBox"));
    m_max->setRange(0, 7 * 24 * 60);
    m_weeks->setObjectName(QStringLiteral("weeksSpinBox"));
    m_weeks->setRange(0, 520);
    m_weeks->setSpecialValueText(tr("no limit"));
    m_weeks->setSuffix(tr(" weeks"));
    m_weeks->setValue(rule.maxWeeks);
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    m_active->setChecked(rule.active);
    updateUnit();
    m_max->setValue(rule.kind == Grant::Kind::Course ? rule.maxCourseLevel : rule.maxMinutesPerWeek);

    auto *form = new QFormLayout;
    const auto add = [this, form](const QString &text, QWidget *field, const QString &key, const char *name) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, key.isEmpty() ? field : m_fieldErrors.fieldWithError(field, key, QString::fromLatin1(name)));
    };
    add(tr("&Role:"), m_role, {}, nullptr);
    add(tr("&Service:"), m_service, QStringLiteral("service"), "serviceErrorLabel");
    add(tr("May:"), actions, QStringLiteral("actions"), "actionsErrorLabel");
    add(tr("&Up to:"), m_max, QStringLiteral("max"), "maxErrorLabel");
    add(tr("Follow-up &within:"), m_weeks, QStringLiteral("weeks"), "weeksErrorLabel");
    form->addRow(QString(), m_active);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("Save as &new version"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveFrameButton"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FrameRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FrameRuleDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Saving keeps the version in force now in the history; decisions made under it "
                                "keep pointing at it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_fieldErrors.summary());
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_max->setFocus();
}

void FrameRuleDialog::updateUnit()
{
    const bool course = isCourse(m_service->currentData().toString());
    m_max->setPrefix(course ? tr("level ") : QString());
    m_max->setSuffix(course ? QString() : tr(" min/week"));
}

FrameRule FrameRuleDialog::rule() const
{
    FrameRule r = m_original;
    r.id.clear();
    r.role = Role(m_role->currentData().toInt());
    r.serviceCode = m_service->currentData().toString();
    r.actions = 0;
    for (const auto &[action, box] : m_actions)
        if (box->isChecked())
            r.actions |= int(action);
    r.maxMinutesPerWeek = m_max->value();
    r.maxCourseLevel = m_max->value();
    r.maxWeeks = m_weeks->value();
    r.active = m_active->isChecked();
    return r;
}

void FrameRuleDialog::accept()
{
    try {
        m_versionId = m_session.frames().setRule(rule());
    } catch (const ValidationError &e) {
        m_fieldErrors.show(e.errors());
        return;
    } catch (const Error &e) {
        m_fieldErrors.show({ FieldError { QString(), e.message() } });
        return;
    }
    QDialog::accept();
}

void FrameRuleDialog::reject()
{
    const FrameRule now = rule();
    const bool changed = now.role != m_original.role || now.serviceCode != m_original.serviceCode
        || now.actions != m_original.actions || now.maxWeeks != m_original.maxWeeks || now.active != m_original.active
        || m_max->value() != (m_original.kind == Grant::Kind::Course ? m_original.maxCourseLevel : m_original.maxMinutesPerWeek);
    if (changed
        && QMessageBox::question(this, tr("Discard the change?"), tr("The frame is not saved. Close the form anyway?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Discard)
        return;
    QDialog::reject();
}

} // namespace Kvarter
