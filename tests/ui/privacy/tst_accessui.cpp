// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "UiSupport.h"
#include "citizen/CitizenListPage.h"
#include "citizen/CitizenPage.h"
#include "decision/DecisionDialog.h"
#include "privacy/AccessEntryModel.h"
#include "privacy/AccessReviewPage.h"
#include "privacy/AccessTableView.h"
#include "privacy/BreakGlass.h"
#include "privacy/BreakGlassDialog.h"
#include "privacy/WhoLookedDialog.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Kvarter;

namespace {

/// Team Nord on the same laptop, with its own nurse and one citizen: another team's citizen for
/// everybody of the demo team.
struct NorthTeam
{
    QString team, nurse, citizen;
};

NorthTeam addNorthTeam(Store &store)
{
    NorthTeam n;
    TeamService team(store);
    n.team = team.createTeam({ {}, QStringLiteral("Team Nord"), QStringLiteral("Svendborg") });
    n.nurse = team.addEmployee({ {}, n.team, QStringLiteral("Nina Nord"), QStringLiteral("NNO"), Role::Nurse, {}, true, {} });
    Citizen c;
    c.teamId = n.team;
    c.cpr = QStringLiteral("120345-1234");
    c.name = QStringLiteral("Inger Nordby");
    c.address = QStringLiteral("Nordvej 3");
    c.postcode = QStringLiteral("5700");
    c.city = QStringLiteral("Svendborg");
    n.citizen = CitizenService(store, Test::signIn(store, n.nurse)).add(c);
    return n;
}

/// The parts logged for the citizen by the employee, sorted ("grants", "notes", "record").
QStringList partsLogged(Store &store, const QString &citizenId, const QString &employeeId)
{
    auto q = store.db().query("SELECT part FROM access_log WHERE citizen_id = ? AND employee_id = ? ORDER BY part");
    q->bind(1, citizenId).bind(2, employeeId);
    QStringList parts;
    while (q->next())
        parts << q->text(0);
    return parts;
}

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *key : list)
        out << QString::fromLatin1(key);
    return out;
}

qint64 rows(Store &store, const char *table) { return store.db().scalar(QByteArray("SELECT count(*) FROM ") + table); }

void clickTab(QTabWidget *tabs, int index)
{
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, Qt::NoModifier, bar->tabRect(index).center());
}

/// What the break-the-glass dialog showed and did while a test drove it.
struct GlassRun
{
    bool seen = false;
    QString message, logged;
    QStringList errors;     // the reason's error after each try
    QList<qint64> grants;   // access_grant rows after each try
    bool stillOpen = false; // after the last refused try
};

/// Drives the BreakGlassDialog the next opening shows (it runs its own event loop): tries each of
/// `reasons` in turn with the Open button, or presses Cancel when `cancel`.
void driveGlass(Test::UiFixture &ui, GlassRun &run, const QStringList &reasons, bool cancel)
{
    QTimer::singleShot(0, ui.window.get(), [&ui, &run, reasons, cancel] {
        auto *dialog = ui.window->findChild<BreakGlassDialog *>();
        if (!dialog || !dialog->isVisible())
            return;
        run.seen = true;
        run.message = dialog->findChild<QLabel *>(QStringLiteral("breakGlassMessageLabel"))->text();
        run.logged = dialog->findChild<QLabel *>(QStringLiteral("breakGlassLoggedLabel"))->text();
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("reasonLineEdit"));
        auto *open = dialog->findChild<QPushButton *>(QStringLiteral("openRecordButton"));
        for (const QString &text : reasons) {
            reason->clear();
            QTest::keyClicks(reason, text);
            QTest::mouseClick(open, Qt::LeftButton);
            run.errors << dialog->reasonError();
            run.grants << rows(*ui.store, "access_grant");
            if (!dialog->isVisible())
                return;
        }
        run.stillOpen = dialog->isVisible();
        if (cancel)
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
        else
            dialog->reject(); // never leave the test hanging in the dialog's loop
    });
}

} // namespace

// The access log in the desktop: what the citizen page logs and what it must not, break the glass
// for another team's citizen, the who-has-looked list and PDF, and the team leader's review list.
class TestAccessUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One entry per part when it first shows: the overview and grants with the first tab, each
    // other tab (Visits and Upcoming are one part) and the decision form once per showing.
    void openingLogsEachPartShownOnce()
    {
        Test::UiFixture ui(Role::Nurse);
        QCOMPARE(rows(*ui.store, "access_log"), 0);
        const QString citizen = ui.session.citizens().search({}).first().id;
        const QString me = ui.session.actor().employeeId();
        ui.window->openCitizen(citizen);
        QVERIFY(ui.window->citizenPage()->isVisible());
        QCOMPARE(partsLogged(*ui.store, citizen, me), keys({ "grants", "notes", "record" }));

        auto *tabs = ui.window->citizenPage()->findChild<QTabWidget *>(QStringLiteral("citizenTabWidget"));
        clickTab(tabs, 1); // Visits
        clickTab(tabs, 2); // Upcoming: visits too
        clickTab(tabs, 3); // Function
        clickTab(tabs, 0); // Notes again
        clickTab(tabs, 1);
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(partsLogged(*ui.store, citizen, me), keys({ "function", "grants", "notes", "record", "visits" }));

        auto *decide = ui.window->citizenPage()->findChild<QPushButton *>(QStringLiteral("makeDecisionButton"));
        QTest::mouseClick(decide, Qt::LeftButton);
        auto *dialog = ui.window->citizenPage()->findChild<DecisionDialog *>();
        QVERIFY(dialog);
        dialog->reject();
        QTRY_VERIFY(!ui.window->citizenPage()->findChild<DecisionDialog *>());
        QTest::mouseClick(decide, Qt::LeftButton);
        QTRY_VERIFY(ui.window->citizenPage()->findChild<DecisionDialog *>());
        ui.window->citizenPage()->findChild<DecisionDialog *>()->reject();
        QCOMPARE(partsLogged(*ui.store, citizen, me).count(QStringLiteral("decisions")), 1);

        // Opening the record again is a new showing: its parts are logged again, with the tab it is on.
        ui.window->showPage(MainWindow::Page::Citizens);
        ui.window->openCitizen(citizen);
        QCOMPARE(partsLogged(*ui.store, citizen, me),
                 keys({ "decisions", "function", "grants", "grants", "notes", "record", "record", "visits", "visits" }));
        // Every entry is this employee's own team's citizen, nothing borrowed.
        QCOMPARE(ui.store->db().scalar("SELECT count(*) FROM access_log WHERE coalesce(grant_id, '') <> ''"), 0);
    }

    // A refresh is not an opening: a note written on another session, a sync taken in, and the
    // access log's own change signal re-read the page and log nothing.
    void refreshAfterAWriteOrASyncLogsNothing()
    {
        Test::UiFixture ui(Role::Nurse);
        const QString citizen = ui.session.citizens().search({}).first().id;
        ui.window->openCitizen(citizen);
        const qint64 logged = rows(*ui.store, "access_log");
        QCOMPARE(logged, 3);
        auto *notes = ui.window->citizenPage()->findChild<QTreeWidget *>(QStringLiteral("notesTreeWidget"));
        const int before = notes->topLevelItemCount();

        Session other(*ui.store, ui.clock);
        other.signInUnattended(ui.firstWithRole(Role::Planner).id);
        VisitNote note;
        note.citizenId = citizen;
        note.text = QStringLiteral("Ringede til datteren om medicinen.");
        other.notes().add(note);
        QTRY_COMPARE(notes->topLevelItemCount(), before + 1); // the page did refresh
        QCOMPARE(rows(*ui.store, "access_log"), logged);

        ui.session.takeInSync({ QStringLiteral("visit_note"), QStringLiteral("care_grant"), QStringLiteral("assessment"),
                                QStringLiteral("visit"), QStringLiteral("citizen"), QStringLiteral("access_log") });
        QCOMPARE(notes->topLevelItemCount(), before + 1);
        QCOMPARE(rows(*ui.store, "access_log"), logged);

        // A colleague's opening on the other session is theirs alone.
        other.accessLog().recordOpening(citizen, AccessPart::Record);
        QCOMPARE(rows(*ui.store, "access_log"), logged + 1);
        QCOMPARE(partsLogged(*ui.store, citizen, ui.session.actor().employeeId()).size(), 3);
    }

    // The next person at the laptop has not opened the record on screen: it is logged for them.
    void switchingUserLogsTheOpeningForTheNextPerson()
    {
        Test::UiFixture ui(Role::Nurse);
        const QString citizen = ui.session.citizens().search({}).first().id;
        ui.window->openCitizen(citizen);
        const QString helper = ui.firstWithRole(Role::SosuHelper).id;
        QVERIFY(partsLogged(*ui.store, citizen, helper).isEmpty());
        ui.session.signInUnattended(helper);
        QVERIFY(ui.window->citizenPage()->isVisible());
        QCOMPARE(partsLogged(*ui.store, citizen, helper), keys({ "grants", "notes", "record" }));
    }

    // Another team's citizen: the page asks why first; Cancel opens and logs nothing, a missing or
    // too short reason is said under the field and grants nothing, a good one grants, opens and
    // logs, and the team leader's review list shows it with the reason.
    void anotherTeamsCitizenAsksForAReason()
    {
        Test::UiFixture ui(Role::Nurse);
        const NorthTeam north = addNorthTeam(*ui.store);
        const QString me = ui.session.actor().employeeId();
        ui.window->showPage(MainWindow::Page::Citizens);

        GlassRun cancelled;
        driveGlass(ui, cancelled, {}, true);
        ui.window->openCitizen(north.citizen);
        QVERIFY(cancelled.seen);
        QVERIFY2(cancelled.message.contains(QLatin1String("Inger Nordby"))
                     && cancelled.message.contains(QLatin1String("another team")),
                 qPrintable(cancelled.message));
        QVERIFY2(cancelled.logged.contains(QLatin1String("logged")) && cancelled.logged.contains(QLatin1String("team leader")),
                 qPrintable(cancelled.logged));
        QVERIFY(!ui.window->citizenPage()->isVisible());
        QVERIFY(ui.window->citizenListPage()->isVisible());
        QCOMPARE(ui.window->citizenPage()->citizenId(), QString());
        QCOMPARE(rows(*ui.store, "access_log"), 0);
        QCOMPARE(rows(*ui.store, "access_grant"), 0);

        GlassRun granted;
        const QString reason = QStringLiteral("dækker aftenruten for team Nord");
        driveGlass(ui, granted, { QString(), QStringLiteral("akut"), reason }, false);
        ui.window->openCitizen(north.citizen);
        QVERIFY(granted.seen);
        QCOMPARE(granted.errors.size(), 3);
        QCOMPARE(granted.errors.at(0), BreakGlass::validateReason(QString()).first().message);
        QCOMPARE(granted.errors.at(1), BreakGlass::validateReason(QStringLiteral("akut")).first().message);
        QCOMPARE(granted.errors.at(2), QString());
        QCOMPARE(granted.grants, QList<qint64>({ 0, 0, 1 }));
        QVERIFY(ui.window->citizenPage()->isVisible());
        QCOMPARE(ui.window->citizenPage()->findChild<QLabel *>(QStringLiteral("citizenNameLabel"))->text(),
                 QStringLiteral("Inger Nordby"));
        QCOMPARE(partsLogged(*ui.store, north.citizen, me), keys({ "grants", "notes", "record" }));
        QCOMPARE(ui.store->db().scalar("SELECT count(*) FROM access_log WHERE context = 'broken-glass' AND grant_id IS NOT NULL"),
                 3);

        // Within the grant's hours the record opens again without asking.
        GlassRun again;
        driveGlass(ui, again, {}, true);
        ui.window->showPage(MainWindow::Page::Citizens);
        ui.window->openCitizen(north.citizen);
        QVERIFY(!again.seen);
        QVERIFY(ui.window->citizenPage()->isVisible());
        QCOMPARE(rows(*ui.store, "access_grant"), 1);

        // The team leader sees it in the review list, with the reason.
        ui.window->showPage(MainWindow::Page::MyDay);
        ui.session.signInUnattended(ui.firstWithRole(Role::TeamLeader).id);
        ui.window->showPage(MainWindow::Page::AccessReview);
        AccessReviewPage *review = ui.window->accessReviewPage();
        QVERIFY(review->isVisible());
        bool shown = false;
        for (int row = 0; row < review->model()->rowCount(); ++row) {
            const AccessEntry &e = review->model()->entryAt(row);
            const QString why = review->model()->index(row, AccessEntryModel::Why).data().toString();
            if (e.citizenId == north.citizen && e.employeeId == me) {
                shown = true;
                QVERIFY2(why.contains(reason), qPrintable(why));
                QCOMPARE(review->model()->index(row, AccessEntryModel::Citizen).data().toString(),
                         QStringLiteral("Inger Nordby"));
            }
        }
        QVERIFY(shown);
    }

    // The who-has-looked list: every opening, sortable, narrowed by period, and saved as a PDF
    // (which is logged as a printed report, and shows in the list).
    void whoLookedListsTheOpeningsAndWritesAPdf()
    {
        Test::UiFixture ui(Role::TeamLeader);
        const QString citizen = ui.session.citizens().search({}).first().id;
        const Employee nurse = ui.firstWithRole(Role::Nurse);
        // The nurse looked two hours ago, on her own laptop session.
        const QDateTime now = ui.clock.now();
        ui.clock.set(now.addSecs(-2 * 3600));
        AccessLog(*ui.store, Test::signIn(*ui.store, nurse.id)).recordOpening(citizen, AccessPart::Visits);
        ui.clock.set(now);

        ui.window->openCitizen(citizen);
        auto *button = ui.window->citizenPage()->findChild<QPushButton *>(QStringLiteral("whoLookedButton"));
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *dialog = ui.window->citizenPage()->findChild<WhoLookedDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        // The nurse's one, the leader's page (three parts) and this report.
        AccessEntryModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->rowCount(), int(ui.session.accessLog().whoLooked(citizen).size()));
        // Newest first; the oldest is the nurse's, with her name and the part she opened.
        QCOMPARE(model->entryAt(4).employeeId, nurse.id);
        QVERIFY(model->index(4, AccessEntryModel::Employee).data().toString().contains(nurse.name));
        QCOMPARE(model->index(4, AccessEntryModel::Part).data().toString(), AccessParts::displayName(AccessPart::Visits));
        QCOMPARE(model->entryAt(0).partKey, QStringLiteral("report-printed"));

        // Sorted by a click on a header: When ascending puts the nurse first.
        QHeaderView *header = dialog->table()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(header->sectionViewportPosition(AccessEntryModel::When) + 5, header->height() / 2));
        const Qt::SortOrder order = header->sortIndicatorOrder();
        QCOMPARE(model->entryAt(order == Qt::AscendingOrder ? 0 : 4).employeeId, nurse.id);
        dialog->table()->sortByColumn(AccessEntryModel::Part, Qt::AscendingOrder);
        QStringList parts;
        for (int row = 0; row < model->rowCount(); ++row)
            parts << model->index(row, AccessEntryModel::Part).data().toString();
        QStringList sorted = parts;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QCOMPARE(parts, sorted);

        // A period with no openings, then from the first again.
        const QDate today = ui.clock.today();
        dialog->setPeriod(today.addDays(-10), today.addDays(-1));
        QCOMPARE(model->rowCount(), 0);
        dialog->setPeriod({}, today);
        QCOMPARE(model->rowCount(), 5);

        const QString pdf = ui.dir.filePath(QStringLiteral("adgangslog.pdf"));
        QVERIFY(dialog->saveTo(pdf));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QCOMPARE(model->rowCount(), 6); // the PDF is an opening too, and in the list and the file
        QCOMPARE(partsLogged(*ui.store, citizen, ui.session.actor().employeeId()).count(QStringLiteral("report-printed")), 2);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString text = Test::pdfText(pdf);
            QVERIFY2(text.contains(nurse.name), qPrintable(text));
            QVERIFY(text.contains(ui.session.citizens().citizen(citizen)->name));
        }
    }

    // Only the team leader reviews access: the page, its shortcut and the who-looked button are
    // left out for a nurse. The review list shows a night opening, and Enter opens who has looked.
    void reviewIsForTheTeamLeaderOnly()
    {
        Test::UiFixture ui(Role::Nurse);
        ui.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(ui.window.get())); // shortcuts need the active window
        auto *navigation = ui.window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
        const QList<QListWidgetItem *> items = navigation->findItems(QStringLiteral("Access review"), Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        QVERIFY(items.first()->isHidden());
        QTest::keyClick(ui.window.get(), Qt::Key_7, Qt::ControlModifier);
        QVERIFY(!ui.window->accessReviewPage()->isVisible());
        const QString citizen = ui.session.citizens().search({}).first().id;
        ui.window->openCitizen(citizen);
        QVERIFY(!ui.window->citizenPage()->findChild<QPushButton *>(QStringLiteral("whoLookedButton"))->isVisible());
        QVERIFY(!WhoLookedDialog::create(ui.session, citizen, ui.window.get()));
        QVERIFY(!ui.window->citizenPage()->openWhoLooked());

        // The nurse looked at a citizen at half past eleven last night.
        const QDateTime now = ui.clock.now();
        ui.clock.set(QDateTime(now.date().addDays(-1), QTime(23, 30), Clock::teamZone()));
        ui.session.accessLog().recordOpening(citizen, AccessPart::Notes);
        ui.clock.set(now);
        const QString nurse = ui.session.actor().employeeId();

        ui.window->showPage(MainWindow::Page::MyDay);
        ui.session.signInUnattended(ui.firstWithRole(Role::TeamLeader).id);
        QVERIFY(!items.first()->isHidden());
        QTest::keyClick(ui.window.get(), Qt::Key_7, Qt::ControlModifier);
        AccessReviewPage *review = ui.window->accessReviewPage();
        QVERIFY(review->isVisible());
        QCOMPARE(review->from(), now.date().addDays(-13));
        QCOMPARE(review->to(), now.date());
        int night = -1;
        for (int row = 0; row < review->model()->rowCount(); ++row)
            if (review->model()->entryAt(row).employeeId == nurse
                && review->model()->index(row, AccessEntryModel::Why).data().toString().contains(QLatin1String("at night")))
                night = row;
        QVERIFY(night >= 0);

        review->table()->setFocus();
        review->table()->setCurrentIndex(review->model()->index(night, AccessEntryModel::When));
        QTest::keyClick(review->table(), Qt::Key_Return);
        auto *dialog = review->findChild<WhoLookedDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->windowTitle().contains(ui.session.citizens().citizen(citizen)->name));
        bool nurseListed = false;
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            nurseListed = nurseListed || dialog->model()->entryAt(row).employeeId == nurse;
        QVERIFY(nurseListed);
        dialog->close();
        // The row stays current although the list was read again (the report is an opening too).
        QCOMPARE(review->model()->entryAt(review->table()->currentIndex().row()).employeeId, nurse);
    }
};

QTEST_MAIN(TestAccessUi)
#include "tst_accessui.moc"
