// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "VisitationPage.h"

#include "EscalationAnswerDialog.h"
#include "assessment/FsiiiTerms.h"
#include "catalogue/ServiceCatalogue.h"
#include "common/DisplayTime.h"
#include "common/MessageBar.h"
#include "pdf/DecisionLetterPdf.h"
#include "privacy/OpeningGate.h"
#include "session/Session.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace Kvarter {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

QString esc(const QString &text) { return text.toHtmlEscaped(); }

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td nowrap style='color:#555; padding-right:10px; vertical-align:top'>%1</td><td>%2</td></tr>")
        .arg(esc(label), value);
}

QLabel *panel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setMargin(10);
    label->setStyleSheet(QStringLiteral("QLabel { background: white; border: 1px solid #c9d3dc; border-radius: 4px; }"));
    return label;
}
} // namespace

VisitationPage::VisitationPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_message(new MessageBar(this)), m_list(new QTreeWidget(this)),
      m_proposal(panel(this, QStringLiteral("proposalLabel"))), m_assessment(panel(this, QStringLiteral("assessmentLabel"))),
      m_empty(new QLabel(this)), m_grant(new QPushButton(tr("&Grant as proposed"), this)),
      m_change(new QPushButton(tr("C&hange…"), this)), m_refuse(new QPushButton(tr("Re&fuse…"), this)),
      m_splitter(new QSplitter(this)), m_letterRow(new QWidget(this)), m_letter(new QLabel(this)),
      m_showLetter(new QPushButton(tr("Show &letter"), this)), m_saveLetter(new QPushButton(tr("&Save letter as PDF…"), this))
{
    setObjectName(QStringLiteral("visitationPage"));
    auto *title = new QLabel(tr("<h2>Visitation</h2>"), this);
    auto *help = new QLabel(tr("Proposals that went outside a team's delegated frame wait here for your decision, "
                               "oldest first."),
                            this);
    help->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("escalationTreeWidget"));
    m_list->setHeaderLabels({ tr("Citizen"), tr("Service"), tr("Waiting since") });
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setAccessibleName(tr("Escalations"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VisitationPage::showSelected);
    // Enter on an escalation "opens" it: the answers are the next stop for the keyboard.
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && !item->data(0, IdRole).toString().isEmpty())
            m_grant->setFocus();
    });

    m_empty->setObjectName(QStringLiteral("emptyQueueLabel"));
    m_empty->setText(tr("No proposals are waiting for a decision."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("color: #555; font-size: 12pt;"));

    m_grant->setObjectName(QStringLiteral("grantAsProposedButton"));
    m_change->setObjectName(QStringLiteral("changeButton"));
    m_refuse->setObjectName(QStringLiteral("refuseButton"));
    connect(m_grant, &QPushButton::clicked, this, &VisitationPage::grantAsProposed);
    connect(m_change, &QPushButton::clicked, this, [this] { answerWith(int(EscalationAnswer::Kind::Changed)); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { answerWith(int(EscalationAnswer::Kind::Refused)); });

    auto *details = new QWidget(this);
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    auto *sideBySide = new QHBoxLayout;
    auto *proposalBox = new QVBoxLayout;
    proposalBox->addWidget(new QLabel(tr("<b>The proposal</b>"), details));
    proposalBox->addWidget(m_proposal, 1);
    auto *assessmentBox = new QVBoxLayout;
    assessmentBox->addWidget(new QLabel(tr("<b>The assessment it names</b>"), details));
    assessmentBox->addWidget(m_assessment, 1);
    sideBySide->addLayout(proposalBox, 1);
    sideBySide->addLayout(assessmentBox, 1);
    detailsLayout->addLayout(sideBySide, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_grant);
    buttons->addWidget(m_change);
    buttons->addWidget(m_refuse);
    buttons->addStretch(1);
    detailsLayout->addLayout(buttons);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = m_splitter;
    splitter->addWidget(m_list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 330, 770 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(help);
    layout->addWidget(m_message);
    layout->addWidget(m_empty, 1);
    layout->addWidget(splitter, 4);
    m_letterRow->setObjectName(QStringLiteral("letterRow"));
    auto *letterLayout = new QHBoxLayout(m_letterRow);
    letterLayout->setContentsMargins(0, 4, 0, 0);
    letterLayout->addWidget(m_letter);
    letterLayout->addWidget(m_showLetter);
    letterLayout->addWidget(m_saveLetter);
    letterLayout->addStretch(1);
    m_letterRow->hide();
    layout->addWidget(m_letterRow);
    m_showLetter->setObjectName(QStringLiteral("showLetterButton"));
    m_saveLetter->setObjectName(QStringLiteral("saveLetterButton"));
    connect(m_showLetter, &QPushButton::clicked, this, &VisitationPage::showLetter);
    connect(m_saveLetter, &QPushButton::clicked, this, &VisitationPage::saveLetterAs);
    setTabOrder(m_list, m_grant);
    setTabOrder(m_grant, m_change);
    setTabOrder(m_change, m_refuse);

    // Proposals arrive by sync from the teams' laptops, and a colleague may decide one elsewhere.
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("decision")) || entities.contains(QLatin1String("care_grant"))
            || entities.contains(QLatin1String("assessment")) || entities.isEmpty())
            reload();
    });
    connect(&m_session, &Session::actorChanged, this, &VisitationPage::reload);
    connect(&m_session, &Session::locked, this, &VisitationPage::reload);
    connect(&m_session, &Session::unlocked, this, &VisitationPage::reload);
    reload();
}

void VisitationPage::reload()
{
    const QString keep = selectedId();
    m_queue.clear();
    if (m_session.may(Right::DecideEscalation)) {
        try {
            m_queue = m_session.decisions().escalationQueue();
        } catch (const Error &e) {
            m_message->showError(e.message());
        }
    }
    const QSignalBlocker block(m_list);
    m_list->clear();
    QTreeWidgetItem *team = nullptr;
    const QLocale locale;
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        const EscalationItem &item = m_queue.at(i);
        if (!team || team->text(0) != item.teamName) {
            team = new QTreeWidgetItem(m_list, { item.teamName });
            team->setFlags(Qt::ItemIsEnabled);
            team->setFirstColumnSpanned(true);
            QFont bold = team->font(0);
            bold.setBold(true);
            team->setFont(0, bold);
        }
        auto *child = new QTreeWidgetItem(team,
                                          { item.citizenName,
                                            ServiceCatalogue::standard().nameOfServiceOrGroup(item.escalation.serviceCode),
                                            DisplayTime::date(item.escalation.decidedAt.date()) });
        child->setData(0, IdRole, item.escalation.id);
        child->setData(0, Qt::UserRole, int(i));
    }
    m_list->expandAll();
    m_empty->setVisible(m_queue.isEmpty());
    m_splitter->setVisible(!m_queue.isEmpty());
    if (!select(keep) && !m_queue.isEmpty())
        select(m_queue.first().escalation.id);
    showSelected();
}

bool VisitationPage::select(const QString &escalationId)
{
    if (escalationId.isEmpty())
        return false;
    for (int t = 0; t < m_list->topLevelItemCount(); ++t)
        for (int c = 0; c < m_list->topLevelItem(t)->childCount(); ++c)
            if (QTreeWidgetItem *item = m_list->topLevelItem(t)->child(c); item->data(0, IdRole).toString() == escalationId) {
                m_list->setCurrentItem(item);
                return true;
            }
    return false;
}

QString VisitationPage::selectedId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, IdRole).toString() : QString();
}

const EscalationItem *VisitationPage::selected() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->data(0, IdRole).toString().isEmpty())
        return nullptr;
    const int index = item->data(0, Qt::UserRole).toInt();
    return index >= 0 && index < m_queue.size() ? &m_queue.at(index) : nullptr;
}

void VisitationPage::showSelected()
{
    const EscalationItem *item = selected();
    for (QPushButton *button : { m_grant, m_change, m_refuse })
        button->setEnabled(item);
    if (!item) {
        m_proposal->setText(m_queue.isEmpty() ? QString() : tr("Choose a proposal in the list."));
        m_assessment->clear();
        return;
    }
    m_proposal->setText(proposalHtml(*item));
    m_assessment->setText(assessmentHtml(item->escalation));
}

QString VisitationPage::proposalHtml(const EscalationItem &item) const
{
    const Decision &d = item.escalation;
    const QLocale locale;
    QString html = QStringLiteral("<table>");
    html += row(tr("Citizen"), esc(item.citizenName));
    html += row(tr("Service"), esc(ServiceCatalogue::standard().nameOfServiceOrGroup(d.serviceCode)));
    html += row(tr("Proposed"), QStringLiteral("<b>%1</b>").arg(esc(DecisionLetter::amountText(d.kind, d.amount))));
    if (d.change != Decision::Change::New)
        html += row(tr("Now granted"), esc(DecisionLetter::amountText(d.kind, d.previousAmount)));
    if (d.requestedAmount != d.amount)
        html += row(tr("Asked for"), esc(DecisionLetter::amountText(d.kind, d.requestedAmount)));
    html += row(tr("From"), esc(DisplayTime::date(d.validFrom)));
    if (d.followUp.isValid())
        html += row(tr("Follow-up by"), esc(DisplayTime::date(d.followUp)));
    html += row(tr("Proposed by"), tr("%1, %2").arg(esc(item.proposedByName), esc(DisplayTime::dateTime(d.decidedAt))));
    html += row(tr("Outside the frame"), QStringLiteral("<span style='color:#9c1c1c'>%1</span>").arg(esc(d.frameNote)));
    if (!d.frameRuleId.isEmpty()) {
        if (const std::optional<FrameRule> rule = m_session.frames().version(d.frameRuleId)) {
            const int max = rule->kind == Grant::Kind::Course ? rule->maxCourseLevel : rule->maxMinutesPerWeek;
            html += row(tr("The frame"),
                        tr("%1 may decide %2 up to %3")
                            .arg(esc(Roles::displayName(rule->role)),
                                 esc(ServiceCatalogue::standard().nameOfServiceOrGroup(rule->serviceCode)),
                                 esc(DecisionLetter::amountText(rule->kind, max))));
        }
    }
    if (!d.application.isEmpty())
        html += row(tr("Application"), esc(d.application));
    if (!d.justification.isEmpty())
        html += row(tr("Justification"), esc(d.justification));
    if (!d.reason.isEmpty())
        html += row(tr("Reason"), esc(d.reason));
    html += QStringLiteral("</table>");
    return html;
}

QString VisitationPage::assessmentHtml(const Decision &escalation) const
{
    if (escalation.assessmentId.isEmpty())
        return tr("<i>The proposal names no assessment.</i> Ask the team which assessment it rests on before deciding.");
    const QLocale locale;
    QString html;
    try {
        const std::optional<Assessment> assessment = m_session.assessments().assessment(escalation.assessmentId);
        if (!assessment)
            return tr("<i>The assessment the proposal names is not on this laptop (yet).</i>");
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(
                    tr("Assessed %1 by %2").arg(esc(DisplayTime::dateTime(assessment->assessedAt)), esc(assessment->authorName)));
        if (!assessment->overall.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(assessment->overall));
        if (!assessment->wishes.isEmpty())
            html += QStringLiteral("<p><i>%1</i> %2</p>").arg(tr("The citizen's wishes:"), esc(assessment->wishes));
        const FsiiiTerms &terms = FsiiiTerms::standard();
        html += QStringLiteral("<p><b>%1</b></p><table>").arg(tr("Latest levels"));
        for (const LatestCondition &latest : m_session.assessments().latestConditions(escalation.citizenId)) {
            const AssessedCondition &c = latest.condition;
            const QString value = c.level ? QStringLiteral("%1 – %2").arg(*c.level).arg(esc(FsiiiTerms::levelName(*c.level)))
                : c.nursing == NursingState::Problem   ? tr("problem")
                : c.nursing == NursingState::Potential ? tr("potential problem")
                                                       : esc(c.performance);
            html += row(terms.displayOf(c.code), value);
        }
        html += QStringLiteral("</table>");
    } catch (const Error &e) {
        return esc(e.message());
    }
    return html;
}

void VisitationPage::grantAsProposed()
{
    const EscalationItem *item = selected();
    if (!item)
        return;
    const Decision escalation = item->escalation;
    EscalationAnswer answer;
    answer.kind = EscalationAnswer::Kind::AsProposed;
    // As proposed means with the proposer's words and hearing, too: core decides whether they suffice.
    answer.justification = escalation.justification;
    answer.reason = escalation.reason;
    answer.heardAt = escalation.heardAt;
    answer.heardHow = escalation.heardHow;
    try {
        decided(m_session.decisions().decideEscalation(escalation.id, answer));
    } catch (const ValidationError &e) {
        // Something is missing (a justification, a hearing): the form shows what, under each field.
        auto *dialog = new EscalationAnswerDialog(m_session, escalation, EscalationAnswer::Kind::Changed, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->showErrors(e.errors());
        connect(dialog, &QDialog::accepted, this, [this, dialog] { decided(dialog->decision()); });
        dialog->open();
    } catch (const Error &e) {
        m_message->showError(e.message());
        reload();
    }
}

void VisitationPage::answerWith(int kind)
{
    const EscalationItem *item = selected();
    if (!item)
        return;
    auto *dialog = new EscalationAnswerDialog(m_session, item->escalation, EscalationAnswer::Kind(kind), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { decided(dialog->decision()); });
    dialog->open();
}

void VisitationPage::decided(const Decision &decision)
{
    m_lastDecisionId = decision.id;
    reload();
    m_message->showInfo(decision.outcome == Decision::Outcome::Refused
                            ? tr("The proposal was refused (case %1). Send the citizen the letter.").arg(decision.caseNumber)
                            : tr("Granted: %1 (case %2). Send the citizen the letter.")
                                  .arg(DecisionLetter::amountText(decision.kind, decision.amount), decision.caseNumber));
    m_letter->setText(tr("Letter of the last decision (case %1):").arg(decision.caseNumber));
    m_letterRow->show();
    m_showLetter->setFocus();
}

bool VisitationPage::saveLetter(const QString &path)
{
    try {
        // A letter on paper or in a file is an opening of its own, logged before it is written.
        const std::optional<Decision> decision = m_session.decisions().decision(m_lastDecisionId);
        if (!decision)
            throw Error(tr("The decision is no longer in the team's records."));
        if (!OpeningGate::open(m_session, this, decision->citizenId, { AccessPart::LetterPrinted }))
            return false;
        DecisionLetterPdf::document(m_session.decisions().letter(m_lastDecisionId)).writePdf(path);
        return true;
    } catch (const Error &e) {
        m_message->showError(e.message());
        return false;
    }
}

void VisitationPage::showLetter()
{
    // The letter holds personal data: a private temporary file, left for the PDF viewer to read.
    QTemporaryFile file(QDir::temp().filePath(QStringLiteral("kvarter-afgoerelse-XXXXXX.pdf")));
    file.setAutoRemove(false);
    if (!file.open()) {
        m_message->showError(tr("Could not make a temporary file for the letter."));
        return;
    }
    file.close();
    if (saveLetter(file.fileName()))
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
}

void VisitationPage::saveLetterAs()
{
    QString name;
    try {
        const std::optional<Decision> d = m_session.decisions().decision(m_lastDecisionId);
        if (d)
            name = m_session.decisions().letter(m_lastDecisionId).suggestedFileName(*d);
    } catch (const Error &) {
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save letter as PDF"), QDir(dir).filePath(name), tr("PDF (*.pdf)"));
    if (!path.isEmpty() && saveLetter(path))
        m_message->showInfo(tr("The letter was saved as %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Kvarter
