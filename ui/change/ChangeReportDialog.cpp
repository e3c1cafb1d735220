// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ChangeReportDialog.h"

#include "TriageColourStyle.h"
#include "common/FieldErrorLabels.h"
#include "session/Session.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Kvarter {

ChangeReportDialog::ChangeReportDialog(Session &session, const QString &citizenId, const QString &citizenName,
                                       const QString &visitId, QWidget *parent)
    : QDialog(parent), m_session(session), m_citizenId(citizenId), m_visitId(visitId), m_fallComment(new QLineEdit(this)),
      m_note(new QPlainTextEdit(this)), m_colour(new QButtonGroup(this)), m_lookNurse(new QCheckBox(tr("Nurse"), this)),
      m_lookVisitator(new QCheckBox(tr("Visitator"), this)), m_lookTherapist(new QCheckBox(tr("Therapist"), this)),
      m_errors(std::make_unique<FieldErrorLabels>(this))
{
    setObjectName(QStringLiteral("changeReportDialog"));
    setWindowTitle(tr("Change in %1's condition").arg(citizenName));
    auto *intro = new QLabel(tr("Tick what is different from <b>%1</b>'s usual state.").arg(citizenName.toHtmlEscaped()), this);

    m_fallComment->setObjectName(QStringLiteral("fallCommentLineEdit"));
    m_fallComment->setPlaceholderText(tr("What happened: when, where, hurt or not"));
    m_note->setObjectName(QStringLiteral("changeNoteEdit"));
    m_note->setPlaceholderText(tr("What you saw, in your own words (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_lookNurse->setObjectName(QStringLiteral("lookNurseCheckBox"));
    m_lookVisitator->setObjectName(QStringLiteral("lookVisitatorCheckBox"));
    m_lookTherapist->setObjectName(QStringLiteral("lookTherapistCheckBox"));
    m_lookNurse->setChecked(true); // the usual: the nurse looks at it

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveChangeButton"));
    save->setText(tr("&Save change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence(QStringLiteral("Ctrl+Return")), this), &QShortcut::activated, this,
            &ChangeReportDialog::accept);

    auto *look = new QWidget(this);
    auto *lookLayout = new QHBoxLayout(look);
    lookLayout->setContentsMargins(0, 0, 0, 0);
    for (QCheckBox *box : { m_lookNurse, m_lookVisitator, m_lookTherapist })
        lookLayout->addWidget(box);
    lookLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_errors->fieldWithError(makeItems(), QStringLiteral("items"), QStringLiteral("itemsErrorLabel")));
    layout->addWidget(
        m_errors->fieldWithError(m_fallComment, QStringLiteral("fallComment"), QStringLiteral("fallCommentErrorLabel")));
    layout->addWidget(m_note);
    layout->addWidget(makeSuggestion());
    auto *lookRow = new QHBoxLayout;
    lookRow->addWidget(new QLabel(tr("Who should look:"), this));
    lookRow->addWidget(m_errors->fieldWithError(look, QStringLiteral("lookBy"), QStringLiteral("lookByErrorLabel")), 1);
    layout->addLayout(lookRow);
    layout->addWidget(m_errors->summary());
    layout->addWidget(buttons);
    m_fallComment->parentWidget()->setVisible(false); // only with a fall
}

ChangeReportDialog::~ChangeReportDialog() = default;

QWidget *ChangeReportDialog::makeItems()
{
    auto *items = new QWidget(this);
    auto *grid = new QGridLayout(items);
    grid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (FocusArea area : ChangeItems::areas()) {
        auto *box = new QGroupBox(ChangeItems::areaName(area), items);
        auto *boxLayout = new QVBoxLayout(box);
        for (ChangeItem item : ChangeItems::itemsOf(area)) {
            auto *check = new QCheckBox(ChangeItems::displayName(item), box);
            check->setObjectName(ChangeItems::key(item) + QStringLiteral("CheckBox"));
            boxLayout->addWidget(check);
            m_items.insert(item, check);
            if (item == ChangeItem::Falls)
                connect(check, &QCheckBox::toggled, this, [this](bool on) {
                    m_fallComment->parentWidget()->setVisible(on);
                    if (on)
                        m_fallComment->setFocus();
                });
        }
        boxLayout->addStretch(1);
        grid->addWidget(box, index / 3, index % 3);
        ++index;
    }
    return items;
}

QWidget *ChangeReportDialog::makeSuggestion()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Your suggestion:"), row));
    m_colour->setExclusive(true);
    for (TriageColour colour : TriageColours::all()) {
        QPushButton *button = TriageColourStyle::makeButton(colour, QStringLiteral("SuggestionButton"), row);
        m_colour->addButton(button, int(colour));
        layout->addWidget(button);
    }
    layout->addStretch(1);
    return row;
}

ChangeReport ChangeReportDialog::report() const
{
    ChangeReport r;
    r.citizenId = m_citizenId;
    r.visitId = m_visitId;
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it)
        if (it.value()->isChecked())
            r.items << ChangeItems::key(it.key());
    r.fallComment = m_items.value(ChangeItem::Falls)->isChecked() ? m_fallComment->text().trimmed() : QString();
    r.note = m_note->toPlainText().trimmed();
    if (m_colour->checkedId() >= 0)
        r.suggestedColour = TriageColour(m_colour->checkedId());
    if (m_lookNurse->isChecked())
        r.lookBy << Role::Nurse;
    if (m_lookVisitator->isChecked())
        r.lookBy << Role::Visitator;
    if (m_lookTherapist->isChecked())
        r.lookBy << Role::Therapist;
    return r;
}

void ChangeReportDialog::accept()
{
    try {
        m_result = m_session.changes().report(report());
    } catch (const ValidationError &e) {
        m_errors->show(e.errors());
        return;
    } catch (const Error &e) {
        m_errors->show({ { QString(), e.message() } });
        return;
    }
    Q_EMIT reported(m_result);
    QDialog::accept();
}

} // namespace Kvarter
