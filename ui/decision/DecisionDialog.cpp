// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DecisionDialog.h"

#include "catalogue/ServiceCatalogue.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "decision/DecisionRules.h"
#include "decision/LegalTexts.h"
#include "frame/CourseLevels.h"
#include "pdf/DecisionLetterPdf.h"
#include "privacy/OpeningGate.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace Kvarter {

namespace {
// The service combo's data: the grant (empty for a new one) and the service code.
constexpr int GrantRole = Qt::UserRole;
constexpr int ServiceRole = Qt::UserRole + 1;

QString hours(double h) { return QLocale().toString(h, 'f', 1); }
} // namespace

DecisionDialog::DecisionDialog(Session &session, const QString &citizenId, QWidget *parent)
    : QDialog(parent), m_session(session), m_citizenId(citizenId)
{
    setObjectName(QStringLiteral("decisionDialog"));
    build();
    fillChoices();
    updatePreview();
}

QLabel *DecisionDialog::addField(QFormLayout *form, const QString &label, QWidget *field, const QString &key)
{
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field);
    form->addRow(caption, field);
    auto *error = new QLabel(this);
    error->setObjectName(key + QStringLiteral("ErrorLabel"));
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->setWordWrap(true);
    error->hide();
    form->addRow(QString(), error);
    m_errors.insert(key, error);
    m_fields.insert(key, field);
    return error;
}

void DecisionDialog::build()
{
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceComboBox"));
    m_end = new QCheckBox(tr("&End the help"), this);
    m_end->setObjectName(QStringLiteral("endCheckBox"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("minutesSpinBox"));
    m_minutes->setRange(0, 7 * 24 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min/week"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("courseLevelComboBox"));
    for (int level = 1; level <= CourseLevels::highest(); ++level)
        m_level->addItem(CourseLevels::displayName(level), level);
    m_requested = new QSpinBox(this);
    m_requested->setObjectName(QStringLiteral("requestedSpinBox"));
    m_requested->setRange(-1, 7 * 24 * 60);
    m_requested->setSpecialValueText(tr("What is proposed"));
    m_requested->setValue(-1);
    m_requested->setMaximumWidth(m_requested->fontMetrics().horizontalAdvance(m_requested->specialValueText()) * 2);
    m_agrees = new QCheckBox(tr("The citizen &agrees to the reduction or end"), this);
    m_agrees->setObjectName(QStringLiteral("agreesCheckBox"));
    m_application = new QLineEdit(this);
    m_application->setObjectName(QStringLiteral("applicationLineEdit"));
    m_application->setPlaceholderText(tr("What was applied for, or why the case was opened"));
    m_justification = new QPlainTextEdit(this);
    m_justification->setObjectName(QStringLiteral("justificationTextEdit"));
    m_justification->setTabChangesFocus(true);
    m_justification->setPlaceholderText(tr("The facts from the assessment and the main considerations"));
    m_justification->setFixedHeight(70);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For a reduction or an end: what has changed for this citizen"));
    m_reason->setFixedHeight(55);
    m_heard = new QCheckBox(tr("The citizen was &heard"), this);
    m_heard->setObjectName(QStringLiteral("heardCheckBox"));
    m_heardAt = new QDateTimeEdit(m_session.clock().now().addSecs(-3600), this);
    m_heardAt->setObjectName(QStringLiteral("heardAtEdit"));
    m_heardAt->setCalendarPopup(true);
    m_heardAt->setEnabled(false);
    m_heardHow = new QComboBox(this);
    m_heardHow->setObjectName(QStringLiteral("heardHowComboBox"));
    m_heardHow->addItem(QString());
    for (const QString &key : LegalTexts::heardHowKeys())
        m_heardHow->addItem(LegalTexts::heardHowName(key), key);
    m_heardHow->setEnabled(false);
    m_assessment = new QComboBox(this);
    m_assessment->setObjectName(QStringLiteral("assessmentComboBox"));

    auto *amount = new QWidget(this);
    auto *amountLayout = new QHBoxLayout(amount);
    amountLayout->setContentsMargins(0, 0, 0, 0);
    amountLayout->addWidget(m_minutes);
    amountLayout->addWidget(m_level);
    amountLayout->addWidget(m_end);
    amountLayout->addStretch(1);
    auto *heard = new QWidget(this);
    auto *heardLayout = new QHBoxLayout(heard);
    heardLayout->setContentsMargins(0, 0, 0, 0);
    heardLayout->addWidget(m_heard);
    heardLayout->addWidget(m_heardAt);
    heardLayout->addWidget(m_heardHow);
    heardLayout->addStretch(1);

    auto *form = new QFormLayout;
    addField(form, tr("&Service:"), m_service, QStringLiteral("service"));
    m_errors.insert(QStringLiteral("grant"), m_errors.value(QStringLiteral("service")));
    addField(form, tr("&New extent:"), amount, QStringLiteral("minutes"));
    m_errors.insert(QStringLiteral("level"), m_errors.value(QStringLiteral("minutes")));
    addField(form, tr("The citizen asked &for:"), m_requested, QStringLiteral("requested"));
    form->addRow(QString(), m_agrees);
    addField(form, tr("A&pplication:"), m_application, QStringLiteral("application"));
    addField(form, tr("&Justification:"), m_justification, QStringLiteral("justification"));
    addField(form, tr("&Reason:"), m_reason, QStringLiteral("reason"));
    addField(form, tr("Hearing:"), heard, QStringLiteral("heardAt"));
    m_errors.insert(QStringLiteral("heardHow"), m_errors.value(QStringLiteral("heardAt")));
    addField(form, tr("Based on a&ssessment:"), m_assessment, QStringLiteral("assessment"));

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setFrameShape(QFrame::StyledPanel);
    m_verdict->setMargin(8);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_verdict->setFont(big);
    m_economy = new QLabel(this);
    m_economy->setObjectName(QStringLiteral("economyLabel"));
    m_economy->setWordWrap(true);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("decisionErrorSummaryLabel"));
    m_summary->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_summary->setWordWrap(true);
    m_summary->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_decide = buttons->addButton(tr("&Decide"), QDialogButtonBox::AcceptRole);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_decide->setDefault(true);
    // Outside the button box, which shows every button it lays out: these appear once decided.
    m_showLetter = new QPushButton(tr("Show &letter"), this);
    m_showLetter->setObjectName(QStringLiteral("showLetterButton"));
    m_saveLetter = new QPushButton(tr("Save letter as P&DF…"), this);
    m_saveLetter->setObjectName(QStringLiteral("saveLetterButton"));
    m_showLetter->hide();
    m_saveLetter->hide();
    auto *letterButtons = new QHBoxLayout;
    letterButtons->addWidget(m_showLetter);
    letterButtons->addWidget(m_saveLetter);
    letterButtons->addStretch(1);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Cancel);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_decide, &QPushButton::clicked, this, &DecisionDialog::accept);
    connect(close, &QPushButton::clicked, this, &DecisionDialog::reject);
    connect(m_showLetter, &QPushButton::clicked, this, &DecisionDialog::showLetter);
    connect(m_saveLetter, &QPushButton::clicked, this, &DecisionDialog::saveLetterAs);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_economy);
    layout->addWidget(m_summary);
    layout->addWidget(m_result);
    layout->addLayout(letterButtons);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(860, 660);

    connect(m_service, &QComboBox::currentIndexChanged, this, &DecisionDialog::serviceChanged);
    for (QCheckBox *box : { m_end, m_agrees, m_heard })
        connect(box, &QCheckBox::toggled, this, &DecisionDialog::updatePreview);
    connect(m_heard, &QCheckBox::toggled, m_heardAt, &QWidget::setEnabled);
    connect(m_heard, &QCheckBox::toggled, m_heardHow, &QWidget::setEnabled);
    for (QSpinBox *spin : { m_minutes, m_requested })
        connect(spin, &QSpinBox::valueChanged, this, &DecisionDialog::updatePreview);
    for (QComboBox *combo : { m_level, m_heardHow, m_assessment })
        connect(combo, &QComboBox::currentIndexChanged, this, &DecisionDialog::updatePreview);
    connect(m_heardAt, &QDateTimeEdit::dateTimeChanged, this, &DecisionDialog::updatePreview);
    connect(m_application, &QLineEdit::textChanged, this, &DecisionDialog::updatePreview);
    connect(m_justification, &QPlainTextEdit::textChanged, this, &DecisionDialog::updatePreview);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::updatePreview);
}

void DecisionDialog::fillChoices()
{
    const std::optional<Citizen> citizen = m_session.citizens().citizen(m_citizenId);
    if (citizen) {
        setWindowTitle(tr("Decision for %1").arg(citizen->name));
        m_visitatorName = citizen->visitatorName;
    }
    const ServiceCatalogue &catalogue = ServiceCatalogue::standard();
    const QSignalBlocker block(m_service);
    const QDate today = m_session.clock().today();
    QSet<QString> granted;
    for (const Grant &g : m_session.grants().grantsFor(m_citizenId)) {
        if (!g.isActiveOn(today))
            continue;
        const int amount = g.kind == Grant::Kind::Course ? g.courseLevel : g.minutesPerWeek;
        m_service->addItem(tr("%1 — now %2").arg(catalogue.nameOf(g.serviceCode), DecisionLetter::amountText(g.kind, amount)));
        m_service->setItemData(m_service->count() - 1, g.id, GrantRole);
        m_service->setItemData(m_service->count() - 1, g.serviceCode, ServiceRole);
        granted.insert(g.serviceCode);
    }
    if (m_service->count() > 0)
        m_service->insertSeparator(m_service->count());
    for (const Service &s : catalogue.services()) {
        if (granted.contains(s.code))
            continue;
        m_service->addItem(tr("New: %1").arg(s.name));
        m_service->setItemData(m_service->count() - 1, s.code, ServiceRole);
    }
    m_assessment->addItem(tr("None"));
    try {
        for (const Assessment &a : m_session.assessments().assessments(m_citizenId))
            if (!a.superseded())
                m_assessment->addItem(tr("%1 by %2").arg(DisplayTime::dateTime(a.assessedAt), a.authorName), a.id);
    } catch (const Error &) {
    }
    // The newest assessment in force is the usual basis; "None" stays possible.
    m_assessment->setCurrentIndex(m_assessment->count() > 1 ? 1 : 0);
    m_service->setCurrentIndex(0);
    serviceChanged();
}

void DecisionDialog::serviceChanged()
{
    const Service *service = ServiceCatalogue::standard().find(m_service->currentData(ServiceRole).toString());
    const bool course = service && service->holisticCourse;
    m_minutes->setVisible(!course);
    m_level->setVisible(course);
    const QString grantId = m_service->currentData(GrantRole).toString();
    m_end->setEnabled(!grantId.isEmpty());
    if (grantId.isEmpty())
        m_end->setChecked(false);
    for (const Grant &g : m_session.grants().grantsFor(m_citizenId)) {
        if (g.id != grantId)
            continue;
        const QSignalBlocker blockMinutes(m_minutes), blockLevel(m_level);
        m_minutes->setValue(g.minutesPerWeek);
        m_level->setCurrentIndex(std::max(0, m_level->findData(g.courseLevel)));
    }
    updatePreview();
}

Proposal DecisionDialog::proposal() const
{
    Proposal p;
    p.citizenId = m_citizenId;
    p.assessmentId = m_assessment->currentData().toString();
    p.grantId = m_service->currentData(GrantRole).toString();
    p.serviceCode = m_service->currentData(ServiceRole).toString();
    p.end = m_end->isChecked();
    p.minutesPerWeek = m_minutes->value();
    p.courseLevel = m_level->currentData().toInt();
    p.requestedAmount = m_requested->value();
    p.citizenAgrees = m_agrees->isChecked();
    p.application = m_application->text();
    p.justification = m_justification->toPlainText();
    p.reason = m_reason->toPlainText();
    if (m_heard->isChecked()) {
        p.heardAt = m_heardAt->dateTime();
        p.heardHow = m_heardHow->currentData().toString();
    }
    return p;
}

void DecisionDialog::updatePreview()
{
    if (m_decision)
        return;
    try {
        const DecisionPreview preview = m_session.decisions().preview(proposal());
        const Decision &d = preview.decision;
        if (preview.byAuthority)
            m_verdict->setText(tr("Decided now by you, as the visitation authority"));
        else if (preview.verdict.inside)
            m_verdict->setText(tr("Decided now, within your frame"));
        else
            m_verdict->setText(
                tr("Sent to visitator %1 (outside the frame: %2)")
                    .arg(m_visitatorName.isEmpty() ? tr("(none named)") : m_visitatorName, preview.verdict.explanation));
        m_verdict->setToolTip(preview.verdict.explanation);
        m_verdict->setStyleSheet(preview.verdict.inside ? QStringLiteral("background: #e6f4ea; color: #0d5223;")
                                                        : QStringLiteral("background: #fff4e5; color: #6b3e00;"));
        QString economy;
        try {
            const EconomicFrame frame = m_session.economicFrame().figure(m_session.teamId(), m_session.clock().today());
            const double after = frame.usedHoursPerWeek + preview.effectHoursPerWeek;
            economy = frame.isSet()
                ? tr("Team's economic frame: %1 → %2 of %3 hours/week")
                      .arg(hours(frame.usedHoursPerWeek), hours(after), hours(frame.frameHoursPerWeek))
                : tr("Team's use: %1 → %2 hours/week (no economic frame set)").arg(hours(frame.usedHoursPerWeek), hours(after));
            if (frame.isSet() && after > frame.frameHoursPerWeek)
                economy += QLatin1Char(' ') + tr("— over the frame by %1 hours/week").arg(hours(after - frame.frameHoursPerWeek));
        } catch (const Error &) {
            economy = tr("Effect: %1 hours/week").arg(hours(preview.effectHoursPerWeek));
        }
        economy += QLatin1Char(' ')
            + tr("(%1%2 hours/week)")
                  .arg(preview.effectHoursPerWeek >= 0 ? QStringLiteral("+") : QString(),
                       QLocale().toString(preview.effectHoursPerWeek, 'f', 2));
        if (!preview.verdict.explanation.isEmpty())
            economy = preview.verdict.explanation + QLatin1Char('\n') + economy;
        m_economy->setText(economy);
        FieldErrors errors;
        if (m_triedToDecide)
            errors = DecisionRules::validate(d, m_session.clock().now());
        showErrors(errors);
        m_decide->setEnabled(true);
    } catch (const ValidationError &e) {
        m_verdict->setText(tr("Not yet a decision: see the fields marked in red."));
        m_verdict->setStyleSheet(QString());
        m_economy->clear();
        showErrors(e.errors());
    } catch (const Error &e) {
        m_verdict->setText(e.message());
    }
}

void DecisionDialog::showErrors(const FieldErrors &errors)
{
    QHash<QLabel *, QStringList> messages;
    QStringList general;
    for (const FieldError &e : errors) {
        if (QLabel *label = m_errors.value(e.field))
            messages[label] << e.message;
        else
            general << e.message;
    }
    for (QLabel *label : std::as_const(m_errors)) {
        label->setText(messages.value(label).join(QLatin1Char(' ')));
        label->setVisible(messages.contains(label));
    }
    if (errors.isEmpty()) {
        m_summary->hide();
        return;
    }
    const QString summary = tr("%n problem(s) left before the decision can be made.", nullptr, int(errors.size()))
        + QLatin1Char(' ') + general.join(QLatin1Char(' '));
    m_summary->setText(summary.trimmed());
    m_summary->show();
}

QString DecisionDialog::previewText() const { return m_verdict->text(); }
QString DecisionDialog::economyText() const { return m_economy->text(); }
QString DecisionDialog::errorFor(const QString &field) const
{
    const QLabel *label = m_errors.value(field);
    return label && label->isVisibleTo(this) ? label->text() : QString();
}

void DecisionDialog::accept()
{
    if (m_decision) {
        QDialog::accept();
        return;
    }
    m_triedToDecide = true;
    try {
        m_decision = m_session.decisions().propose(proposal());
    } catch (const ValidationError &e) {
        showErrors(e.errors());
        for (const FieldError &fe : e.errors())
            if (QWidget *field = m_fields.value(fe.field)) {
                field->setFocus();
                break;
            }
        return;
    } catch (const Error &e) {
        m_summary->setText(e.message());
        m_summary->show();
        return;
    }
    showErrors({});
    const bool decided = m_decision->outcome == Decision::Outcome::Decided;
    m_result->setText(decided ? tr("Decided: case %1, from %2. The grant is changed; the letter is ready.")
                                    .arg(m_decision->caseNumber, DisplayTime::date(m_decision->validFrom))
                              : tr("Sent to visitator %1 as case %2. The answer comes on the citizen's page.")
                                    .arg(m_visitatorName, m_decision->caseNumber));
    m_result->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_result->show();
    for (QWidget *field : std::as_const(m_fields))
        field->setEnabled(false);
    m_agrees->setEnabled(false);
    m_decide->setText(tr("&Close"));
    if (auto *cancel = findChild<QPushButton *>(QStringLiteral("closeButton")))
        cancel->hide(); // nothing left to cancel: the decision is recorded
    m_showLetter->setVisible(decided);
    m_saveLetter->setVisible(decided);
    if (decided)
        m_showLetter->setFocus();
    Q_EMIT decisionMade(m_decision->id);
}

bool DecisionDialog::saveLetterTo(const QString &path)
{
    if (!m_decision)
        return false;
    try {
        // A letter on paper or in a file is an opening of its own, logged before it is written.
        if (!OpeningGate::open(m_session, this, m_decision->citizenId, { AccessPart::LetterPrinted }))
            return false;
        DecisionLetterPdf::document(m_session.decisions().letter(m_decision->id)).writePdf(path);
        return true;
    } catch (const Error &e) {
        m_summary->setText(e.message());
        m_summary->show();
        return false;
    }
}

void DecisionDialog::showLetter()
{
    const QString name = m_session.decisions().letter(m_decision->id).suggestedFileName(*m_decision);
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(name);
    if (saveLetterTo(path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void DecisionDialog::saveLetterAs()
{
    const QString name = m_session.decisions().letter(m_decision->id).suggestedFileName(*m_decision);
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
    const QString path = QFileDialog::getSaveFileName(this, tr("Save letter as PDF"), start, tr("PDF (*.pdf)"));
    if (!path.isEmpty() && saveLetterTo(path))
        m_result->setText(m_result->text() + QLatin1Char('\n') + tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
}

bool DecisionDialog::hasInput() const
{
    return !m_application->text().trimmed().isEmpty() || !m_justification->toPlainText().trimmed().isEmpty()
        || !m_reason->toPlainText().trimmed().isEmpty();
}

void DecisionDialog::reject()
{
    if (!m_decision && hasInput()
        && QMessageBox::question(this, tr("Leave the decision"), tr("Nothing is decided yet. Leave and lose what you typed?"))
            != QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace Kvarter
