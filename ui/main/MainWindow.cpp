// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "MainWindow.h"

#include "access/Access.h"
#include "access/IdleLock.h"
#include "access/LockScreen.h"
#include "access/PinDialog.h"
#include "access/SignInPanel.h"
#include "change/TriageBoardPage.h"
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

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScreen>
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
      m_triage(new TriageBoardPage(session, this)), m_sync(new SyncController(session, this)),
      m_cancelSync(new QToolButton(this)), m_screens(new QStackedWidget(this)), m_work(nullptr),
      m_lockScreen(new LockScreen(session, this)), m_idleLock(new IdleLock(session, this)), m_who(new QLabel(this)),
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
        { Page::Triage, tr("Triage board"), m_triage, "Ctrl+8", Right::ReadCitizen },
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

    m_work = makeWorkArea();
    m_screens->addWidget(m_work);
    m_screens->addWidget(m_lockScreen);
    setCentralWidget(m_screens);

    auto *toolbar = addToolBar(tr("User"));
    m_toolbar = toolbar;
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
    addUserActions(toolbar);
    connect(&m_session, &Session::locked, this, &MainWindow::hideForLock);
    connect(&m_session, &Session::unlocked, this, &MainWindow::showAfterUnlock);
    connect(&m_session, &Session::actorChanged, this, [this] {
        if (m_screens->currentWidget() == m_lockScreen) {
            closeHiddenWindows();
            // A record opened by the one before is not shown to the one after: they start on their own page.
            if (m_current == Page::Citizen)
                showPage(m_session.may(Right::Plan) ? Page::Plan : Page::MyDay);
            showAfterUnlock();
        }
        showWho();
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
    connect(m_triage, &TriageBoardPage::citizenRequested, this, &MainWindow::openCitizen);
    connect(m_citizen, &CitizenPage::backRequested, this, [this] { showPage(m_cameFrom); });
    showPage(m_session.may(Right::Plan) ? Page::Plan : Page::MyDay);
    // A small laptop screen gets a window that fits it.
    resize(screen() ? QSize(1280, 800).boundedTo(screen()->availableSize()) : QSize(1280, 800));
}

QWidget *MainWindow::makeWorkArea()
{
    auto *work = new QWidget(this);
    auto *layout = new QHBoxLayout(work);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *pageMargin = new QWidget(work);
    auto *pageLayout = new QVBoxLayout(pageMargin);
    pageLayout->setContentsMargins(10, 8, 10, 4);
    pageLayout->addWidget(m_pages);
    layout->addWidget(pageMargin, 1);
    return work;
}

void MainWindow::addUserActions(QToolBar *toolbar)
{
    m_who->setObjectName(QStringLiteral("whoLabel"));
    m_who->setContentsMargins(0, 0, 8, 0);
    toolbar->addWidget(m_who);
    auto *lock = toolbar->addAction(tr("Lock"));
    lock->setObjectName(QStringLiteral("lockAction"));
    lock->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    lock->setToolTip(tr("Hide all citizen data until your PIN is typed (Ctrl+L)"));
    connect(lock, &QAction::triggered, &m_session, &Session::lock);
    auto *switchUser = toolbar->addAction(tr("Switch user"));
    switchUser->setObjectName(QStringLiteral("switchUserAction"));
    connect(switchUser, &QAction::triggered, this, [this] {
        m_session.lock();
        m_lockScreen->panel()->focusName();
    });
    auto *pin = toolbar->addAction(QString());
    pin->setObjectName(QStringLiteral("pinAction"));
    connect(pin, &QAction::triggered, this, [this] {
        auto *dialog = new PinDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    const auto updatePinAction = [this, pin] {
        pin->setText(m_session.may(Right::ResetPin) ? tr("PINs…") : tr("Change my PIN…"));
    };
    connect(&m_session, &Session::actorChanged, pin, updatePinAction);
    updatePinAction();
    showWho();
}

void MainWindow::showWho()
{
    if (m_session.signedIn())
        m_who->setText(tr("Signed in: <b>%1</b> (%2)")
                           .arg(m_session.employee().name.toHtmlEscaped(), Roles::displayName(m_session.employee().role)));
    m_lockScreen->panel()->preselect(m_session.employee().id);
}

void MainWindow::hideForLock()
{
    // Open forms are hidden, not closed: the same person finds them as they left them. Hiding also
    // takes a window-modal form out of the way of the lock screen's PIN field.
    for (QWidget *window : QApplication::topLevelWidgets()) {
        const Qt::WindowType type = window->windowType();
        if (window != this && window->isVisible() && (type == Qt::Dialog || type == Qt::Window || type == Qt::Sheet)) {
            m_hiddenWindows << QPointer<QWidget>(window);
            window->hide();
        }
    }
    m_toolbar->hide();
    m_lockScreen->prepare();
    m_screens->setCurrentWidget(m_lockScreen);
    m_lockScreen->panel()->reset();
}

void MainWindow::showAfterUnlock()
{
    m_screens->setCurrentWidget(m_work);
    m_toolbar->show();
    for (const QPointer<QWidget> &window : std::exchange(m_hiddenWindows, {}))
        if (window) {
            window->show();
            window->raise();
            window->activateWindow();
        }
}

void MainWindow::closeHiddenWindows()
{
    for (const QPointer<QWidget> &window : std::exchange(m_hiddenWindows, {})) {
        if (auto *dialog = qobject_cast<QDialog *>(window.data()))
            dialog->done(QDialog::Rejected); // not reject(): nobody is asked about another person's form
        if (window && window->testAttribute(Qt::WA_DeleteOnClose))
            window->deleteLater();
    }
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
