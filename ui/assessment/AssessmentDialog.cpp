// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AssessmentDialog.h"

#include "ConditionRow.h"
#include "common/DisplayTime.h"
#include "session/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kvarter {

namespace {
QLabel *errorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void setError(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}
} // namespace

AssessmentDialog::AssessmentDialog(Session &session, const QString &citizenId, QWidget *parent)
    : QDialog(parent), m_session(session), m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("assessmentDialog"));
    setWindowTitle(tr("New assessment"));
    build();
    showPrevious();
}

AssessmentDialog *AssessmentDialog::correction(Session &session, const Assessment &original, QWidget *parent)
{
    auto *dialog = new AssessmentDialog(session, original.citizenId, parent);
    dialog->setWindowTitle(tr("Correct assessment of %1").arg(DisplayTime::dateTime(original.assessedAt)));
    dialog->m_supersedesId = original.id;
    dialog->fill(original);
    return dialog;
}

AssessmentDialog *AssessmentDialog::fromDraft(Session &session, const Assessment &draft, QWidget *parent)
{
    auto *dialog = new AssessmentDialog(session, draft.citizenId, parent);
    dialog->m_supersedesId = draft.supersedesId;
    if (!draft.supersedesId.isEmpty())
        dialog->setWindowTitle(tr("Correct assessment"));
    dialog->fill(draft);
    return dialog;
}

void AssessmentDialog::build()
{
    const FsiiiTerms &terms = FsiiiTerms::standard();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("areaTabWidget"));
    int tab = 0;
    for (const FsiiiArea &area : terms.homeCareAreas()) {
        // Alt+digit jumps to an area: the digits are free, the area names share their first letters.
        m_tabTitles << tr("&%1 %2").arg(tab + 1).arg(area.area.display);
        m_tabs->addTab(makeAreaPage({ area }, ConditionGroup::HomeCare, tab), m_tabTitles.last());
        ++tab;
    }
    m_tabTitles << tr("&%1 Nursing").arg(tab + 1);
    m_tabs->addTab(makeAreaPage(terms.nursingAreas(), ConditionGroup::Nursing, tab), m_tabTitles.last());
    ++tab;

    auto *texts = new QWidget(this);
    auto *form = new QFormLayout(texts);
    m_wishes = new QPlainTextEdit(texts);
    m_wishes->setObjectName(QStringLiteral("wishesTextEdit"));
    m_wishes->setTabChangesFocus(true);
    m_overall = new QPlainTextEdit(texts);
    m_overall->setObjectName(QStringLiteral("overallTextEdit"));
    m_overall->setTabChangesFocus(true);
    m_wishesError = errorLabel(QStringLiteral("wishesErrorLabel"), texts);
    m_overallError = errorLabel(QStringLiteral("overallErrorLabel"), texts);
    auto *wishesLabel = new QLabel(tr("The citizen's &wishes and goals:"), texts);
    wishesLabel->setBuddy(m_wishes);
    auto *overallLabel = new QLabel(tr("&Overall assessment:"), texts);
    overallLabel->setBuddy(m_overall);
    form->addRow(wishesLabel, m_wishes);
    form->addRow(QString(), m_wishesError);
    form->addRow(overallLabel, m_overall);
    form->addRow(QString(), m_overallError);
    m_tabTitles << tr("&%1 Wishes and overall").arg(tab + 1);
    m_tabs->addTab(texts, m_tabTitles.last());
    connect(m_wishes, &QPlainTextEdit::textChanged, this, &AssessmentDialog::saveDraft);
    connect(m_overall, &QPlainTextEdit::textChanged, this, &AssessmentDialog::saveDraft);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("errorSummaryLabel"));
    m_summary->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_summary->setWordWrap(true);
    m_summary->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Save assessment"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveAssessmentButton"));
    save->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssessmentDialog::reject);

    auto *hint = new QLabel(tr("Empty = not assessed. Alt+1…7 choose an area; type a level's digit on its field."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(1240, 780);
}

QWidget *AssessmentDialog::makeAreaPage(const QList<FsiiiArea> &areas, ConditionGroup group, int tab)
{
    const FsiiiTerms &terms = FsiiiTerms::standard();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *grid = new QGridLayout(page);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    int line = 0;
    const QStringList headers = group == ConditionGroup::HomeCare
        ? QStringList { tr("Condition"),
                        tr("Level"),
                        terms.performance().heading.display,
                        terms.meaning().heading.display,
                        tr("Goal"),
                        tr("Note"),
                        tr("Previous") }
        : QStringList { tr("Condition"), tr("Problem"), QString(), QString(), tr("Goal"), tr("Note"), tr("Previous") };
    for (int c = 0; c < headers.size(); ++c) {
        auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(headers[c].toHtmlEscaped()), page);
        grid->addWidget(header, line, c);
    }
    ++line;
    for (const FsiiiArea &area : areas) {
        if (areas.size() > 1) {
            auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(area.area.display.toHtmlEscaped()), page);
            heading->setContentsMargins(0, 8, 0, 0);
            grid->addWidget(heading, line++, 0, 1, headers.size());
        }
        for (const FsiiiConcept &condition : area.conditions) {
            auto *row = new ConditionRow(condition, group, terms, grid, line, page);
            line += 2;
            m_rows << row;
            m_tabOfRow << tab;
            connect(row, &ConditionRow::edited, this, &AssessmentDialog::saveDraft);
        }
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(5, 3);
    grid->setRowStretch(line, 1);
    scroll->setWidget(page);
    return scroll;
}

ConditionRow *AssessmentDialog::row(const QString &code) const
{
    for (ConditionRow *r : m_rows)
        if (r->code() == code)
            return r;
    return nullptr;
}

Assessment AssessmentDialog::collect(QList<ConditionRow *> *order) const
{
    Assessment a;
    a.citizenId = m_citizenId;
    a.supersedesId = m_supersedesId;
    a.wishes = m_wishes->toPlainText().trimmed();
    a.overall = m_overall->toPlainText().trimmed();
    for (ConditionRow *r : m_rows) {
        if (!r->hasInput())
            continue;
        a.conditions << r->value();
        if (order)
            *order << r;
    }
    return a;
}

bool AssessmentDialog::hasInput() const
{
    const Assessment a = collected();
    return !a.conditions.isEmpty() || !a.wishes.isEmpty() || !a.overall.isEmpty();
}

void AssessmentDialog::fill(const Assessment &a)
{
    m_filling = true;
    for (const AssessedCondition &c : a.conditions)
        if (ConditionRow *r = row(FsiiiTerms::standard().conditionCode(c.code)))
            r->setValue(c);
    m_wishes->setPlainText(a.wishes);
    m_overall->setPlainText(a.overall);
    m_filling = false;
}

void AssessmentDialog::showPrevious()
{
    try {
        for (const LatestCondition &latest : m_session.assessments().latestConditions(m_citizenId))
            if (ConditionRow *r = row(latest.condition.code))
                r->setPrevious(latest.condition, latest.assessedAt);
    } catch (const Error &) {
        // Without the right to read assessments the form stays usable; core refuses the save anyway.
    }
}

void AssessmentDialog::saveDraft()
{
    if (m_filling || !m_savedId.isEmpty())
        return;
    try {
        if (hasInput())
            m_session.assessmentDrafts().save(collected());
        else
            m_session.assessmentDrafts().discard(m_citizenId);
    } catch (const Error &) {
        // A draft is a safety net; failing to keep one must not stop the nurse typing.
    }
}

void AssessmentDialog::showErrors(const FieldErrors &errors)
{
    QList<ConditionRow *> order;
    collect(&order);
    for (ConditionRow *r : m_rows)
        r->setError(QString());
    setError(m_wishesError, QString());
    setError(m_overallError, QString());
    QStringList general;
    QHash<int, int> perTab;
    QWidget *firstField = nullptr;
    static const QRegularExpression conditionKey(QStringLiteral("^conditions\\[(\\d+)\\]\\.(\\w+)$"));
    QHash<ConditionRow *, QStringList> messages;
    for (const FieldError &e : errors) {
        const QRegularExpressionMatch match = conditionKey.match(e.field);
        const qsizetype index = match.hasMatch() ? match.captured(1).toInt() : -1;
        if (index >= 0 && index < order.size()) {
            messages[order[index]] << e.message;
        } else if (e.field == QLatin1String("wishes")) {
            setError(m_wishesError, e.message);
            perTab[m_tabs->count() - 1]++;
            firstField = firstField ? firstField : m_wishes;
        } else if (e.field == QLatin1String("overall")) {
            setError(m_overallError, e.message);
            perTab[m_tabs->count() - 1]++;
            firstField = firstField ? firstField : m_overall;
        } else {
            general << e.message;
        }
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        ConditionRow *r = m_rows[i];
        if (!messages.contains(r))
            continue;
        r->setError(messages[r].join(QLatin1Char(' ')));
        perTab[m_tabOfRow[i]] += int(messages[r].size());
        if (!firstField)
            firstField = r->firstInput();
    }
    for (int t = 0; t < m_tabs->count(); ++t)
        m_tabs->setTabText(t, perTab.value(t) ? tr("%1 (%2)").arg(m_tabTitles[t]).arg(perTab.value(t)) : m_tabTitles[t]);
    m_errorCount = int(errors.size());
    if (errors.isEmpty()) {
        m_summary->hide();
        return;
    }
    const QString summary = tr("%n problem(s) left before the assessment can be saved.", nullptr, m_errorCount) + QLatin1Char(' ')
        + general.join(QLatin1Char(' '));
    m_summary->setText(summary.trimmed());
    m_summary->show();
    if (firstField) {
        for (int t = 0; t < m_tabs->count(); ++t)
            if (m_tabs->widget(t)->isAncestorOf(firstField))
                m_tabs->setCurrentIndex(t);
        firstField->setFocus();
    }
}

void AssessmentDialog::accept()
{
    const Assessment a = collected();
    try {
        m_savedId =
            m_supersedesId.isEmpty() ? m_session.assessments().add(a) : m_session.assessments().correct(m_supersedesId, a);
    } catch (const ValidationError &e) {
        showErrors(e.errors());
        return;
    } catch (const Error &e) {
        m_summary->setText(e.message());
        m_summary->show();
        return;
    }
    showErrors({});
    Q_EMIT assessmentSaved(m_savedId);
    QDialog::accept();
}

bool AssessmentDialog::confirmLeave()
{
    QMessageBox box(QMessageBox::Question, tr("Unsaved assessment"),
                    tr("The assessment is not saved. Keep what you typed as a draft, to continue later?"), QMessageBox::NoButton,
                    this);
    QPushButton *keep = box.addButton(tr("&Keep draft"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("Continue &editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == discard) {
        m_session.assessmentDrafts().discard(m_citizenId);
        return true;
    }
    return box.clickedButton() == keep;
}

void AssessmentDialog::reject()
{
    if (m_savedId.isEmpty() && hasInput() && !confirmLeave())
        return;
    QDialog::reject();
}

} // namespace Kvarter
