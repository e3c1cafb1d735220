// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "MainWindow.h"

#include "access/Access.h"
#include "citizen/CitizenListPage.h"
#include "citizen/CitizenPage.h"
#include "frame/EconomicFramePage.h"
#include "myday/MyDayPage.h"
#include "plan/PlanPage.h"
#include "privacy/AccessReviewPage.h"
#include "session/Session.h"
#include "sync/ConflictListModel.h"
#include "sync/ConflictsPage.h"
#include "sync/SyncController.h"
#include "sync/SyncSettingsDialog.h"
#include "sync/TeamDevicesDialog.h"
#include "team/TeamService.h"
#include "visitation/VisitationPage.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kvarter {

MainWindow::MainWindow(Session &session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_navigation(new QListWidget(this)), m_pages(new QStackedWidget(this)),
      m_myDay(new MyDayPage(session, this)), m_citizens(new CitizenListPage(session, this)),
      m_citizen(new CitizenPage(session, this)), m_plan(new PlanPage(session, this)),
      m_conflicts(new ConflictsPage(session, this)), m_visitation(new VisitationPage(session, this)),
      m_frame(new EconomicFramePage(session, this)), m_accessReview(new AccessReviewPage(session, this)),
      m_sync(new SyncController(session, this)), m_cancelSync(new QToolButton(this)), m_who(new QComboBox(this)),
      m_status(new QLabel(this)), m_clockWarning(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Kvarter"));
    setWindowIcon(QIcon(QStringLiteral(":/kvarter/icons/kvarter.svg")));

    m_entries = {
        { Page::MyDay, tr("My day"), m_myDay, "Ctrl+1", Right::ReadCitizen },
        { Page::Citizens, tr("Citizens"), m_citizens, "Ctrl+2", Right::ReadCitizen },
        { Page::Plan, tr("Plan"), m_plan, "Ctrl+3", Right::ReadPlan },
        { Page::Conflicts, tr("Conflicts"), m_conflicts, "Ctrl+4", Right::ReadCitizen },
        { Page::Visitation, tr("Visitation"), m_visitation, "Ctrl+5", Right::DecideEscalation },
        { Page::Frame, tr("Frame"), m_frame, "Ctrl+6", Right::EditFrames,
          [this] { return m_session.signedIn() && EconomicFrameService::mayView(m_session.actor()); } },
        { Page::AccessReview, tr("Access review"), m_accessReview, "Ctrl+7", Right::ReviewAccess },
    };
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    for (const NavigationEntry &entry : m_entries) {
        m_navigation->addItem(entry.title);
        m_pages->addWidget(entry.widget);
        auto *shortcut = new QShortcut(QKeySequence(QString::fromLatin1(entry.shortcut)), this);
        connect(shortcut, &QShortcut::activated, this, [this, page = entry.page] {
            if (!m_navigation->item(rowOf(page))->isHidden())
                showPage(page);
        });
    }
    m_pages->addWidget(m_citizen); // a citizen's record: opened from My day or Citizens, not a page of its own
    m_navigation->setFixedWidth(150);
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget { background: #24445c; color: white; border: none; font-size: 11pt; outline: none; }"
                       "QListWidget::item { padding: 10px 8px; margin: 3px 6px; border-radius: 4px; border: none; }"
                       "QListWidget::item:selected { background: #3d6f94; color: white; border: none; }"));
    m_navigation->setAccessibleName(tr("Navigation"));
    // A click always goes to the page, also on the entry already marked (on a citizen's record the
    // entry of the page it was opened from stays marked, and clicking it must take you back there).
    const auto go = [this](int row) {
        if (row >= 0 && row < m_entries.size() && !m_showing)
            showPage(m_entries.at(row).page);
    };
    connect(m_navigation, &QListWidget::currentRowChanged, this, go);
    connect(m_navigation, &QListWidget::itemClicked, this, [this, go](QListWidgetItem *item) { go(m_navigation->row(item)); });
    connect(m_conflicts, &ConflictsPage::countChanged, this, [this](int count) {
        m_navigation->item(rowOf(Page::Conflicts))->setText(count > 0 ? tr("Conflicts (%1)").arg(count) : tr("Conflicts"));
    });
    m_navigation->item(rowOf(Page::Conflicts))
        ->setText(m_conflicts->model()->rowCount() > 0 ? tr("Conflicts (%1)").arg(m_conflicts->model()->rowCount())
                                                       : tr("Conflicts"));
    connect(&m_session, &Session::actorChanged, this, &MainWindow::updateNavigation);
    updateNavigation();

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *pageMargin = new QWidget(central);
    auto *pageLayout = new QVBoxLayout(pageMargin);
    pageLayout->setContentsMargins(10, 8, 10, 4);
    pageLayout->addWidget(m_pages);
    layout->addWidget(pageMargin, 1);
    setCentralWidget(central);

    auto *toolbar = addToolBar(tr("User"));
    toolbar->setObjectName(QStringLiteral("userToolBar"));
    toolbar->setMovable(false);
    auto *brand = new QLabel(tr("<b>Kvarter</b>"), toolbar);
    brand->setContentsMargins(8, 0, 16, 0);
    toolbar->addWidget(brand);
    auto *syncNow = toolbar->addAction(tr("Sync now"));
    syncNow->setObjectName(QStringLiteral("syncNowAction"));
    syncNow->setShortcut(QKeySequence(QStringLiteral("F5")));
    connect(syncNow, &QAction::triggered, m_sync, &SyncController::syncNow);
    auto *settings = toolbar->addAction(tr("Sync settings…"));
    settings->setObjectName(QStringLiteral("syncSettingsAction"));
    connect(settings, &QAction::triggered, this, &MainWindow::openSyncSettings);
    auto *devices = toolbar->addAction(tr("Team laptops…"));
    devices->setObjectName(QStringLiteral("teamDevicesAction"));
    devices->setVisible(m_session.may(Right::AdministerTeam));
    connect(&m_session, &Session::actorChanged, devices,
            [this, devices] { devices->setVisible(m_session.may(Right::AdministerTeam)); });
    connect(devices, &QAction::triggered, this, [this] {
        auto *dialog = new TeamDevicesDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, &MainWindow::updateStatus);
        dialog->open();
    });
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(new QLabel(tr("You are: "), toolbar));
    m_who->setObjectName(QStringLiteral("whoComboBox"));
    m_who->setMinimumContentsLength(24);
    toolbar->addWidget(m_who);
    fillEmployees();
    // A colleague added on another laptop (or the whole team, on a laptop's first sync) arrives by sync.
    connect(&m_session, &Session::changed, this, [this](const QStringList &entities) {
        if (entities.contains(QLatin1String("employee")))
            fillEmployees();
    });
    connect(m_who, &QComboBox::activated, this, [this](int index) {
        const auto employee = m_session.team().employee(m_who->itemData(index).toString());
        if (employee)
            m_session.signInUnattended(employee->id); // replaced by the PIN login (issue 11)
    });

    m_status->setObjectName(QStringLiteral("syncStatusLabel"));
    statusBar()->addWidget(m_status, 1);
    m_clockWarning->setObjectName(QStringLiteral("clockWarningLabel"));
    m_clockWarning->setStyleSheet(QStringLiteral("QLabel { color: #9c1c1c; font-weight: bold; }"));
    m_clockWarning->setWordWrap(true);
    m_clockWarning->hide();
    statusBar()->addWidget(m_clockWarning, 2);
    m_cancelSync->setObjectName(QStringLiteral("cancelSyncButton"));
    m_cancelSync->setText(tr("Cancel sync"));
    m_cancelSync->hide();
    statusBar()->addPermanentWidget(m_cancelSync);
    connect(m_cancelSync, &QToolButton::clicked, m_sync, &SyncController::cancel);
    connect(&m_session, &Session::changed, this, &MainWindow::updateStatus);
    connect(m_sync, &SyncController::stateChanged, this, &MainWindow::updateStatus);
    connect(m_sync, &SyncController::syncFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(m_sync, &SyncController::syncFinished, this, [this](const Sync::SyncReport &report) {
        if (!report.quarantined.isEmpty())
            statusBar()->showMessage(tr("%n file(s) on the share were set aside: %1", nullptr, int(report.quarantined.size()))
                                         .arg(report.quarantined.join(QStringLiteral("; "))),
                                     30000);
    });
    updateStatus();

    connect(m_myDay, &MyDayPage::citizenRequested, this, &MainWindow::openCitizen);
    connect(m_citizens, &CitizenListPage::citizenRequested, this, &MainWindow::openCitizen);
    connect(m_citizen, &CitizenPage::backRequested, this, [this] { showPage(m_cameFrom); });
    showPage(m_session.may(Right::Plan) ? Page::Plan : Page::MyDay);
    resize(1280, 800);
}

void MainWindow::fillEmployees()
{
    m_who->clear();
    for (const Employee &e : m_session.team().employees(m_session.teamId()))
        m_who->addItem(QStringLiteral("%1 (%2)").arg(e.name, Roles::displayName(e.role)), e.id);
    m_who->setCurrentIndex(m_who->findData(m_session.employee().id));
}

void MainWindow::updateStatus()
{
    m_status->setText(m_sync->statusText());
    QStringList warnings { m_sync->clockWarning(), m_sync->upgradeNotice() };
    warnings.removeAll(QString());
    m_clockWarning->setText(warnings.join(QLatin1Char('\n')));
    m_clockWarning->setVisible(!warnings.isEmpty());
    m_cancelSync->setVisible(m_sync->state() == SyncController::State::Syncing);
}

void MainWindow::openSyncSettings()
{
    auto *dialog = new SyncSettingsDialog(m_session, *m_sync, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &MainWindow::updateStatus);
    dialog->open();
}

int MainWindow::rowOf(Page page) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).page == page)
            return int(row);
    return rowOf(Page::Citizens); // a citizen's record belongs under Citizens
}

void MainWindow::updateNavigation()
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        const NavigationEntry &entry = m_entries.at(row);
        m_navigation->item(int(row))->setHidden(entry.visible ? !entry.visible() : !m_session.may(entry.right));
    }
    if (m_navigation->currentItem() && m_navigation->currentItem()->isHidden())
        showPage(Page::MyDay);
}

void MainWindow::showPage(Page page)
{
    m_current = page;
    m_pages->setCurrentWidget(page == Page::Citizen ? static_cast<QWidget *>(m_citizen) : m_entries.at(rowOf(page)).widget);
    m_showing = true; // marking the entry must not navigate again
    m_navigation->setCurrentRow(rowOf(page == Page::Citizen ? m_cameFrom : page));
    m_showing = false;
    if (page == Page::Citizens)
        m_citizens->focusSearch();
}

void MainWindow::openCitizen(const QString &citizenId)
{
    // Back goes where the record was opened from: My day, Citizens, or whatever page it was.
    if (m_current != Page::Citizen)
        m_cameFrom = m_current;
    m_citizen->setBackTitle(m_entries.at(rowOf(m_cameFrom)).title);
    if (m_citizen->showCitizen(citizenId)) // not when another team's citizen's reason was cancelled
        showPage(Page::Citizen);
}

} // namespace Kvarter
