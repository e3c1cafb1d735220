// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ConditionRow.h"
#include "common/DisplayTime.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace Kvarter {

namespace {
// The goal combo holds either an expected level ("L2") or a goal type's code ("T<code>").
QString levelGoal(int level) { return QStringLiteral("L%1").arg(level); }
QString typeGoal(const QString &code) { return QLatin1Char('T') + code; }

QComboBox *valueCombo(const FsiiiValueSet &set, const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->addItem(QString());
    for (const FsiiiConcept &value : set.values)
        combo->addItem(value.display, value.code);
    combo->setToolTip(set.heading.display);
    return combo;
}

void select(QComboBox *combo, const QVariant &data)
{
    const int index = data.isValid() ? combo->findData(data) : 0;
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

ConditionRow::ConditionRow(const FsiiiConcept &condition, ConditionGroup group, const FsiiiTerms &terms, QGridLayout *grid,
                           int line, QWidget *parent)
    : QObject(parent), m_code(condition.code), m_group(group), m_previous(new QLabel(parent)), m_error(new QLabel(parent))
{
    // Created in the order they are laid out, which is the order Tab visits them in.
    auto *name = new QLabel(condition.display, parent);
    name->setWordWrap(true);
    m_level = new QComboBox(parent);
    m_level->setObjectName(QStringLiteral("levelComboBox"));
    m_level->addItem(QString());
    if (group == ConditionGroup::HomeCare) {
        // The digit first, so a trained nurse types "2" on the focused combo and moves on.
        for (int level : FsiiiTerms::levels())
            m_level->addItem(tr("%1 – %2").arg(level).arg(FsiiiTerms::levelName(level)), level);
        m_level->setToolTip(tr("Level: 0–4, or 9 when not relevant; empty = not assessed"));
        m_performance = valueCombo(terms.performance(), QStringLiteral("performanceComboBox"), parent);
        m_meaning = valueCombo(terms.meaning(), QStringLiteral("meaningComboBox"), parent);
    } else {
        m_level->addItem(tr("Problem"), nursingKey(NursingState::Problem));
        m_level->addItem(tr("Potential problem"), nursingKey(NursingState::Potential));
        m_level->setToolTip(tr("Problem or potential problem; empty = not assessed"));
    }
    name->setBuddy(m_level);
    m_goal = new QComboBox(parent);
    m_note = new QLineEdit(parent);
    m_goal->setObjectName(QStringLiteral("goalComboBox"));
    m_goal->addItem(QString());
    if (group == ConditionGroup::HomeCare)
        for (int level = 0; level <= 4; ++level)
            m_goal->addItem(tr("Expected level %1").arg(level), levelGoal(level));
    for (const FsiiiConcept &type : terms.goalTypes().values)
        m_goal->addItem(type.display, typeGoal(type.code));
    m_goal->setToolTip(tr("Goal"));
    m_note->setObjectName(QStringLiteral("noteLineEdit"));
    m_note->setPlaceholderText(tr("Note"));
    m_previous->setObjectName(QStringLiteral("previousLabel"));
    m_previous->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(QStringLiteral("conditionErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    int column = 0;
    grid->addWidget(name, line, column++);
    grid->addWidget(m_level, line, column++);
    if (m_performance) {
        grid->addWidget(m_performance, line, column++);
        grid->addWidget(m_meaning, line, column++);
    } else {
        column += 2;
    }
    grid->addWidget(m_goal, line, column++);
    grid->addWidget(m_note, line, column++);
    grid->addWidget(m_previous, line, column++);
    grid->addWidget(m_error, line + 1, 1, 1, column - 1);

    for (QComboBox *combo : { m_level, m_performance, m_meaning, m_goal })
        if (combo)
            connect(combo, &QComboBox::currentIndexChanged, this, &ConditionRow::edited);
    connect(m_note, &QLineEdit::textEdited, this, &ConditionRow::edited);
}

bool ConditionRow::hasInput() const
{
    for (QComboBox *combo : { m_level, m_performance, m_meaning, m_goal })
        if (combo && combo->currentIndex() > 0)
            return true;
    return !m_note->text().trimmed().isEmpty();
}

AssessedCondition ConditionRow::value() const
{
    AssessedCondition c;
    c.code = m_code;
    const QVariant level = m_level->currentData();
    if (m_group == ConditionGroup::HomeCare) {
        if (level.isValid())
            c.level = level.toInt();
        c.performance = m_performance->currentData().toString();
        c.meaning = m_meaning->currentData().toString();
    } else {
        c.nursing = nursingStateFromKey(level.toString());
    }
    const QString goal = m_goal->currentData().toString();
    if (goal.startsWith(QLatin1Char('L')))
        c.goalLevel = goal.mid(1).toInt();
    else if (goal.startsWith(QLatin1Char('T')))
        c.goalType = goal.mid(1);
    c.note = m_note->text().trimmed();
    return c;
}

void ConditionRow::setValue(const AssessedCondition &c)
{
    const QSignalBlocker blockLevel(m_level), blockGoal(m_goal), blockNote(m_note);
    if (m_group == ConditionGroup::HomeCare) {
        const QSignalBlocker blockPerformance(m_performance), blockMeaning(m_meaning);
        select(m_level, c.level ? QVariant(*c.level) : QVariant());
        select(m_performance, c.performance.isEmpty() ? QVariant() : QVariant(c.performance));
        select(m_meaning, c.meaning.isEmpty() ? QVariant() : QVariant(c.meaning));
    } else {
        select(m_level, c.nursing == NursingState::None ? QVariant() : QVariant(nursingKey(c.nursing)));
    }
    if (c.goalLevel)
        select(m_goal, levelGoal(*c.goalLevel));
    else
        select(m_goal, c.goalType.isEmpty() ? QVariant() : QVariant(typeGoal(c.goalType)));
    m_note->setText(c.note);
}

void ConditionRow::setPrevious(const AssessedCondition &c, const QDateTime &when)
{
    const QString value = m_group == ConditionGroup::HomeCare ? (c.level ? QString::number(*c.level) : QString())
                                                              : (c.nursing == NursingState::Problem         ? tr("problem")
                                                                     : c.nursing == NursingState::Potential ? tr("potential")
                                                                                                            : QString());
    if (value.isEmpty())
        return;
    m_previous->setText(tr("Last: %1 (%2)").arg(value, DisplayTime::date(when.date())));
    m_previous->setToolTip(c.note);
}

void ConditionRow::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ConditionRow::hasError() const { return !m_error->text().isEmpty(); }

QWidget *ConditionRow::firstInput() const { return m_level; }

} // namespace Kvarter
