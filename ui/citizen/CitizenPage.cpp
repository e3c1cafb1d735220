// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "CitizenPage.h"

#include "DepartureBox.h"

#include "VisitHistoryModel.h"
#include "assessment/AreaHistoryWidget.h"
#include "assessment/AssessmentDialog.h"
#include "catalogue/ServiceCatalogue.h"
#include "change/ChangeReportDialog.h"
#include "citizen/CitizenService.h"
#include "citizen/Cpr.h"
#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "common/MessageBar.h"
#include "common/NoteDialog.h"
#include "common/WrappedTextDelegate.h"
#include "decision/DecisionDialog.h"
#include "grant/GrantService.h"
#include "privacy/OpeningGate.h"
#include "privacy/WhoLookedDialog.h"
#include "session/Session.h"
#include "visit/NoteService.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kvarter {

namespace {
constexpr int NoteIdRole = Qt::UserRole + 1;

QTreeWidget *makeTree(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QGroupBox *boxed(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}
} // namespace

CitizenPage::CitizenPage(Session &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_name(new QLabel(this)), m_identity(new QLabel(this)), m_contact(new QLabel(this)),
      m_people(new QLabel(this)),
      m_network(makeTree(QStringLiteral("networkTreeWidget"),
                         { tr("Name"), tr("Relation"), tr("Phone"), tr("Primary"), tr("May be informed") }, this)),
      m_grants(
          makeTree(QStringLiteral("grantsTreeWidget"), { tr("Service"), tr("Extent"), tr("Period"), tr("Paragraph") }, this)),
      m_history(new QTableView(this)), m_historyModel(new VisitHistoryModel(session, VisitHistoryModel::Period::Past, this)),
      m_upcoming(new QTableView(this)),
      m_upcomingModel(new VisitHistoryModel(session, VisitHistoryModel::Period::Upcoming, this)),
      m_notes(makeTree(QStringLiteral("notesTreeWidget"), { tr("Written"), tr("By"), tr("Note") }, this)),
      m_correct(new QPushButton(tr("&Correct note…"), this)), m_newAssessment(new QPushButton(tr("New a&ssessment…"), this)),
      m_correctAssessment(new QPushButton(tr("Correc&t assessment…"), this)),
      m_decide(new QPushButton(tr("Make &decision…"), this)), m_whoLooked(new QPushButton(tr("&Who has looked…"), this)),
      m_areaHistory(new AreaHistoryWidget(session, this)), m_messages(new MessageBar(this))
{
    setObjectName(QStringLiteral("citizenPage"));
    m_name->setObjectName(QStringLiteral("citizenNameLabel"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_identity->setObjectName(QStringLiteral("citizenIdentityLabel"));
    m_contact->setObjectName(QStringLiteral("citizenContactLabel"));
    m_people->setObjectName(QStringLiteral("citizenPeopleLabel"));
    for (QLabel *label : { m_contact, m_people }) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }

    auto *back = m_back = new QToolButton(this);
    back->setObjectName(QStringLiteral("backButton"));
    setBackTitle(tr("Citizens"));
    back->setShortcut(QKeySequence::Back);
    connect(back, &QToolButton::clicked, this, &CitizenPage::backRequested);

    // What has happened and what is coming are two lists: the record starts today, not with next
    // month's plan.
    m_history->setObjectName(QStringLiteral("historyTableView"));
    m_history->setModel(m_historyModel);
    m_upcoming->setObjectName(QStringLiteral("upcomingTableView"));
    m_upcoming->setModel(m_upcomingModel);
    for (QTableView *table : { m_history, m_upcoming }) {
        table->verticalHeader()->hide();
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setColumnWidth(VisitHistoryModel::Date, 150);
        table->setColumnWidth(VisitHistoryModel::Employee, 160);
        table->setColumnWidth(VisitHistoryModel::Services, 200);
    }
    // Notes are read in full, wrapped: the rows' heights follow the Note column's width.
    m_notes->setWordWrap(true);
    m_notes->setItemDelegate(new WrappedTextDelegate(m_notes));
    m_notes->setColumnWidth(0,
                            m_notes->fontMetrics().horizontalAdvance(DisplayTime::dateTime(QDateTime::currentDateTime())) + 16);
    m_notes->setColumnWidth(1, 140);

    auto *noteButton = new QPushButton(tr("&New note…"), this);
    noteButton->setObjectName(QStringLiteral("newNoteButton"));
    m_correct->setObjectName(QStringLiteral("correctNoteButton"));
    m_correct->setEnabled(false);
    connect(noteButton, &QPushButton::clicked, this, &CitizenPage::writeNote);
    connect(m_correct, &QPushButton::clicked, this, &CitizenPage::correctNote);
    connect(m_notes, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { m_correct->setEnabled(item != nullptr); });

    // A change in the citizen's condition is reported here too, not only from a visit in My day.
    auto *changeButton = new QPushButton(tr("C&hange in condition…"), this);
    changeButton->setObjectName(QStringLiteral("reportChangeButton"));
    connect(changeButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new ChangeReportDialog(m_session, m_citizenId, m_name->text(), {}, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ChangeReportDialog::reported, this, [this] {
            m_messages->showInfo(tr("The change is saved and is on the triage board."));
            m_messages->hideAfter(5000);
        });
        dialog->open();
    });

    auto *notesPane = m_notesPane = new QWidget(this);
    auto *notesLayout = new QVBoxLayout(notesPane);
    auto *noteActions = new QHBoxLayout;
    noteActions->addWidget(noteButton);
    noteActions->addWidget(m_correct);
    noteActions->addWidget(changeButton);
    noteActions->addStretch(1);
    notesLayout->addLayout(noteActions);
    notesLayout->addWidget(m_notes);
    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("citizenTabWidget"));
    tabs->addTab(notesPane, tr("Notes"));
    tabs->addTab(m_history, tr("Visits"));
    tabs->addTab(m_upcoming, tr("Upcoming"));
    tabs->addTab(m_areaHistory, tr("Function"));
    // Beside the tabs, not in the header: with the assessment and decision buttons there, the
    // team leader's header would not fit at 1024 pixels.
    tabs->setCornerWidget(m_whoLooked, Qt::TopRightCorner);
    // Looking at another part of the record is an opening of that part (once per showing).
    connect(tabs, &QTabWidget::currentChanged, this, [this] { openPart(currentPart()); });

    m_newAssessment->setObjectName(QStringLiteral("newAssessmentButton"));
    m_correctAssessment->setObjectName(QStringLiteral("correctAssessmentButton"));
    m_decide->setObjectName(QStringLiteral("makeDecisionButton"));
    connect(m_newAssessment, &QPushButton::clicked, this, [this] { openAssessment(false); });
    connect(m_correctAssessment, &QPushButton::clicked, this, [this] { openAssessment(true); });
    connect(m_decide, &QPushButton::clicked, this, &CitizenPage::openDecision);
    m_whoLooked->setObjectName(QStringLiteral("whoLookedButton"));
    m_whoLooked->setToolTip(tr("Everyone who has opened this citizen's record, and why"));
    connect(m_whoLooked, &QPushButton::clicked, this, &CitizenPage::openWhoLooked);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(makeDetails());
    splitter->addWidget(tabs);
    // Half and half: the grants and the network need their columns (Paragraf, Må informeres) as
    // much as the notes need theirs.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *header = new QHBoxLayout;
    header->addWidget(back);
    header->addSpacing(12);
    header->addWidget(m_name);
    header->addWidget(m_identity, 1);
    header->addWidget(m_newAssessment);
    header->addWidget(m_correctAssessment);
    header->addWidget(m_decide);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_messages);
    layout->addWidget(splitter, 1);

    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (!m_citizenId.isEmpty() && entities.contains(QLatin1String("visit_note")))
            reloadNotes();
        if (m_citizenId.isEmpty())
            return;
        // Only what is on screen is read again, and nothing is logged: a refresh is not an opening.
        if (entities.contains(QLatin1String("care_grant")))
            reload(); // a decision changed the grants list
        else if (entities.contains(QLatin1String("assessment"))) {
            m_areaHistory->reload();
            updateAssessmentActions();
        }
    });
    // The next person at the laptop has not opened this record yet: opening it for them is
    // logged anew, or (another team's citizen, the reason cancelled) the record is left.
    connect(&m_session, &Session::actorChanged, this, [this] {
        const QString shown = m_citizenId;
        m_citizenId.clear();
        m_openedParts.clear();
        if (!shown.isEmpty() && isVisible() && m_session.signedIn() && !showCitizen(shown))
            Q_EMIT backRequested();
    });
    // Locked, the page holds nothing of the citizen (the models empty themselves); unlocked, the
    // same person goes on with the same citizen.
    connect(&m_session, &Session::locked, this, &CitizenPage::clearForLock);
    connect(&m_session, &Session::unlocked, this, [this] {
        if (!m_citizenId.isEmpty())
            reload();
    });
}

void CitizenPage::clearForLock()
{
    for (QLabel *label : { m_name, m_identity, m_contact, m_people })
        label->clear();
    m_network->clear();
    m_grants->clear();
    m_notes->clear();
    m_messages->hide();
    m_areaHistory->setCitizen(QString());
    m_departure->setCitizen(QString(), QString());
}

QWidget *CitizenPage::makeDetails()
{
    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(boxed(tr("Contact"), m_contact, details));
    layout->addWidget(boxed(tr("Fixed people"), m_people, details));
    layout->addWidget(boxed(tr("Network"), m_network, details), 1);
    layout->addWidget(boxed(tr("Grants"), m_grants, details), 1);
    m_departure = new DepartureBox(m_session, details);
    layout->addWidget(m_departure);
    return details;
}

void CitizenPage::setBackTitle(const QString &title) { m_back->setText(tr("◀ %1").arg(title)); }

bool CitizenPage::showCitizen(const QString &citizenId)
{
    // What the page shows at once: the overview and grants on the left, and the current tab.
    const QList<AccessPart> parts { AccessPart::Record, AccessPart::Grants, currentPart() };
    try {
        if (!OpeningGate::open(m_session, this, citizenId, parts))
            return false;
    } catch (const Error &e) {
        // No such citizen (left the team), or refused: the page that was shown stays as it was.
        QMessageBox::warning(this, tr("Cannot open the record"), e.message());
        return false;
    }
    m_citizenId = citizenId;
    m_openedParts = parts;
    m_messages->hide();
    reload();
    offerDraft();
    return true;
}

AccessPart CitizenPage::currentPart() const
{
    const QWidget *tab = m_tabs->currentWidget();
    if (tab == m_history || tab == m_upcoming)
        return AccessPart::Visits;
    if (tab == m_areaHistory)
        return AccessPart::Function;
    return AccessPart::Notes;
}

bool CitizenPage::openPart(AccessPart part)
{
    if (m_citizenId.isEmpty() || m_openedParts.contains(part))
        return true;
    bool opened = false;
    try {
        // Within a showing the glass is asked for again only when the four hours ran out.
        opened = OpeningGate::open(m_session, this, m_citizenId, { part });
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Cannot open the record"), e.message());
    }
    if (!opened) {
        m_citizenId.clear();
        m_openedParts.clear();
        Q_EMIT backRequested();
        return false;
    }
    m_openedParts << part;
    return true;
}

void CitizenPage::reload()
{
    const std::optional<Citizen> citizen = m_session.citizens().citizen(m_citizenId);
    if (!citizen) {
        m_messages->showError(tr("This citizen is no longer in the team's records."));
        return;
    }
    m_name->setText(citizen->name);
    m_departure->setCitizen(m_citizenId, citizen->name);
    const std::optional<QDate> born = Cpr::birthDate(citizen->cpr);
    const QDate today = m_session.clock().today();
    int age = born ? today.year() - born->year() : 0;
    if (born && (today.month() < born->month() || (today.month() == born->month() && today.day() < born->day())))
        --age;
    m_identity->setText(tr("CPR %1 · %2 years").arg(Cpr::formatted(citizen->cpr)).arg(age));
    m_contact->setText(tr("%1<br>%2 %3<br>Phone: <b>%4</b>")
                           .arg(citizen->address.toHtmlEscaped(), citizen->postcode, citizen->city.toHtmlEscaped(),
                                citizen->phone.isEmpty() ? tr("none") : citizen->phone));
    m_people->setText(tr("Contact person: <b>%1</b><br>Visitator: <b>%2</b>")
                          .arg(citizen->contactPersonName.isEmpty() ? tr("none") : citizen->contactPersonName.toHtmlEscaped(),
                               citizen->visitatorName.isEmpty() ? tr("none") : citizen->visitatorName.toHtmlEscaped()));

    m_network->clear();
    for (const Relative &r : m_session.citizens().relatives(m_citizenId))
        m_network->addTopLevelItem(new QTreeWidgetItem(
            { r.name, r.relation, r.phone, r.isPrimary ? tr("Yes") : QString(), r.mayInform ? tr("Yes") : tr("No") }));
    for (int c = 0; c < m_network->columnCount(); ++c)
        m_network->resizeColumnToContents(c);

    m_grants->clear();
    const ServiceCatalogue &catalogue = ServiceCatalogue::standard();
    for (const Grant &g : m_session.grants().grantsFor(m_citizenId)) {
        const Service *service = catalogue.find(g.serviceCode);
        const QString extent = g.kind == Grant::Kind::Course ? tr("Course of care") : tr("%1 min/week").arg(g.minutesPerWeek);
        const QString period = g.validTo.isValid()
            ? tr("%1 – %2").arg(DisplayTime::date(g.validFrom), DisplayTime::date(g.validTo))
            : tr("from %1").arg(DisplayTime::date(g.validFrom));
        auto *item = new QTreeWidgetItem(
            { service ? service->name : g.serviceCode, extent, period, service ? service->groupName : QString() });
        // The box is narrow: every cell says all of itself on hover, the paragraph included.
        for (int c = 0; c < item->columnCount(); ++c)
            item->setToolTip(c, item->text(c));
        m_grants->addTopLevelItem(item);
    }
    for (int c = 0; c < m_grants->columnCount(); ++c)
        m_grants->resizeColumnToContents(c);

    m_historyModel->setCitizen(m_citizenId);
    m_upcomingModel->setCitizen(m_citizenId);
    reloadNotes();
    m_areaHistory->setCitizen(m_citizenId);
    updateAssessmentActions();
}

void CitizenPage::updateAssessmentActions()
{
    // Left out rather than refused: core's rule decides who may assess and decide.
    const bool mayAssess = m_session.may(Right::Assess);
    m_newAssessment->setVisible(mayAssess);
    m_correctAssessment->setVisible(mayAssess);
    m_decide->setVisible(m_session.may(Right::DecideWithinFrame));
    m_whoLooked->setVisible(m_session.may(Right::ReviewAccess));
    bool hasAssessment = false;
    if (mayAssess) {
        try {
            hasAssessment = !m_session.assessments().assessments(m_citizenId).isEmpty();
        } catch (const Error &) {
        }
    }
    m_correctAssessment->setEnabled(hasAssessment);
}

void CitizenPage::offerDraft()
{
    if (!m_session.may(Right::Assess))
        return;
    std::optional<AssessmentDraft> draft;
    try {
        draft = m_session.assessmentDrafts().draft(m_citizenId);
    } catch (const Error &) {
        return;
    }
    if (!draft)
        return;
    m_messages->showInfo(tr("You have an unfinished assessment from %1.").arg(DisplayTime::dateTime(draft->savedAt)));
    const Assessment kept = draft->assessment;
    m_messages->addAction(tr("C&ontinue"), QStringLiteral("continueDraftButton"), [this, kept] {
        if (!openPart(AccessPart::Function))
            return;
        auto *dialog = AssessmentDialog::fromDraft(m_session, kept, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    m_messages->addAction(tr("Discard"), QStringLiteral("discardDraftButton"),
                          [this] { m_session.assessmentDrafts().discard(m_citizenId); });
}

void CitizenPage::openAssessment(bool correctLatest)
{
    if (!openPart(AccessPart::Function))
        return;
    AssessmentDialog *dialog = nullptr;
    if (correctLatest) {
        for (const Assessment &a : m_session.assessments().assessments(m_citizenId))
            if (!a.superseded()) {
                dialog = AssessmentDialog::correction(m_session, a, this);
                break;
            }
    }
    if (!dialog)
        dialog = new AssessmentDialog(m_session, m_citizenId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AssessmentDialog::assessmentSaved, this, [this] {
        m_messages->showInfo(tr("The assessment is saved."));
        m_messages->hideAfter(5000);
    });
    dialog->open();
}

void CitizenPage::openDecision()
{
    if (!openPart(AccessPart::Decisions))
        return;
    auto *dialog = new DecisionDialog(m_session, m_citizenId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

WhoLookedDialog *CitizenPage::openWhoLooked()
{
    if (m_citizenId.isEmpty())
        return nullptr;
    WhoLookedDialog *dialog = nullptr;
    try {
        dialog = WhoLookedDialog::create(m_session, m_citizenId, this);
    } catch (const Error &e) {
        m_messages->showError(e.message());
    }
    if (!dialog)
        return nullptr;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CitizenPage::reloadNotes()
{
    m_notes->clear();
    for (const VisitNote &n : m_session.notes().notesFor(m_citizenId)) {
        QString text = n.text;
        if (!n.correctsId.isEmpty())
            text = tr("[Correction] %1").arg(text);
        auto *item = new QTreeWidgetItem({ DisplayTime::dateTime(n.writtenAt), n.authorName, text });
        item->setData(0, NoteIdRole, n.id);
        item->setToolTip(2, n.text);
        if (!n.correctedById.isEmpty()) {
            // A corrected note stays in the record, greyed and struck through, never removed.
            QFont font = item->font(2);
            font.setStrikeOut(true);
            for (int c = 0; c < 3; ++c) {
                item->setFont(c, font);
                item->setForeground(c, palette().placeholderText());
            }
        }
        m_notes->addTopLevelItem(item);
    }
    m_correct->setEnabled(false);
}

void CitizenPage::writeNote()
{
    VisitNote draft;
    draft.citizenId = m_citizenId;
    auto *dialog = new NoteDialog(m_session, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CitizenPage::correctNote()
{
    QTreeWidgetItem *item = m_notes->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, NoteIdRole).toString();
    for (const VisitNote &n : m_session.notes().notesFor(m_citizenId)) {
        if (n.id != id)
            continue;
        auto *dialog = NoteDialog::correction(m_session, n, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    }
}

} // namespace Kvarter
