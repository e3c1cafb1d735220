// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DesktopLauncher.h"

#include "JoinTeamDialog.h"
#include "MainWindow.h"
#include "MigrationProgress.h"
#include "access/SignInDialog.h"
#include "citizen/CitizenListModel.h"
#include "citizen/CitizenListPage.h"
#include "citizen/CitizenPage.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "myday/MyDayPage.h"
#include "plan/PlanPage.h"
#include "privacy/WhoLookedDialog.h"
#include "session/Session.h"
#include "store/Profile.h"
#include "store/Store.h"
#include "team/TeamService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <cstdio>

namespace Kvarter {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

int saveScreenshot(QWidget &widget, const QString &file)
{
    if (!widget.grab().save(file)) {
        std::fprintf(stderr, "kvarter: could not write %s\n", qPrintable(file));
        return 1;
    }
    std::printf("kvarter: screenshot saved to %s\n", qPrintable(file));
    return 0;
}

// Screenshots and the memory benchmark: show a page (or all of them), save the window, quit.
int takeScreenshot(MainWindow &window, const QString &file, const QString &page, bool tour)
{
    window.show();
    settle();
    if (tour) {
        for (MainWindow::Page p : { MainWindow::Page::MyDay, MainWindow::Page::Citizens, MainWindow::Page::Plan }) {
            window.showPage(p);
            settle();
        }
    }
    if (page == QLatin1String("signin")) {
        SignInDialog signIn(window.session(), window.session().employee().id);
        signIn.show();
        settle();
        return saveScreenshot(signIn, file);
    }
    QWidget *shot = &window;
    if (page == QLatin1String("lock")) {
        window.session().lock();
    } else if (page == QLatin1String("citizens")) {
        window.showPage(MainWindow::Page::Citizens);
    } else if (page == QLatin1String("plan") || page == QLatin1String("week")) {
        window.showPage(MainWindow::Page::Plan);
        window.planPage()->showWeek(page == QLatin1String("week"));
    } else if (page == QLatin1String("visitation")) {
        window.showPage(MainWindow::Page::Visitation);
    } else if (page == QLatin1String("frame")) {
        window.showPage(MainWindow::Page::Frame);
    } else if (page == QLatin1String("triage")) {
        window.showPage(MainWindow::Page::Triage);
    } else if (page == QLatin1String("change")) {
        window.showPage(MainWindow::Page::MyDay);
        if (auto *button = window.myDayPage()->findChild<QPushButton *>(QStringLiteral("reportChangeButton")))
            button->click();
        settle();
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("changeReportDialog") && w->isVisible())
                shot = w;
    } else if (page == QLatin1String("access-review")) {
        window.showPage(MainWindow::Page::AccessReview);
    } else if (page == QLatin1String("who-looked")) {
        CitizenListModel *citizens = window.citizenListPage()->model();
        if (citizens->rowCount() > 0)
            window.openCitizen(citizens->idAt(0));
        if (!(shot = window.citizenPage()->openWhoLooked())) {
            std::fprintf(stderr, "kvarter: --page who-looked is for a team leader (--as)\n");
            return 1;
        }
    } else if (page == QLatin1String("citizen") || tour) {
        CitizenListModel *citizens = window.citizenListPage()->model();
        if (citizens->rowCount() > 0)
            window.openCitizen(citizens->idAt(0));
        if (page != QLatin1String("citizen"))
            window.showPage(MainWindow::Page::MyDay);
    } else {
        window.showPage(MainWindow::Page::MyDay);
    }
    settle();
    return saveScreenshot(*shot, file);
}

} // namespace

void DesktopLauncher::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(tr("Kvarter — offline-first tool for self-managing home-care teams."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("db"), tr("Database file (default: the user's profile)."), tr("path") });
    parser.addOption({ QStringLiteral("as"), tr("Start as this employee (id or initials)."), tr("employee") });
    parser.addOption({ QStringLiteral("lang"), tr("Language: da or en (default: the system's)."), tr("lang") });
    parser.addOption({ QStringLiteral("screenshot"), tr("Save the window as PNG after loading, then quit."), tr("file") });
    parser.addOption({ QStringLiteral("page"),
                       tr("Page for --screenshot: myday, citizens, citizen, plan, week, triage, change, visitation, frame, "
                          "access-review, who-looked, lock or signin."),
                       tr("page"), QStringLiteral("myday") });
    parser.addOption({ QStringLiteral("size"), tr("Window size for --screenshot, e.g. 1024x768."), tr("size") });
    parser.addOption({ QStringLiteral("tour"), tr("With --screenshot: load every page first (memory benchmark).") });
}

std::optional<int> DesktopLauncher::answerWithoutDisplay(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser probe;
    addOptions(probe);
    probe.parse(arguments);
    if (!probe.isSet(QStringLiteral("help")) && !probe.isSet(QStringLiteral("help-all"))
        && !probe.isSet(QStringLiteral("version")))
        return std::nullopt;
    // A QCoreApplication needs no platform plugin, and carries the translation.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kvarter"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KVARTER_VERSION));
    Translations::install(Translations::languageFromArguments(arguments, QStringLiteral("da")));
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(arguments);
    const QByteArray text = (parser.isSet(QStringLiteral("version")) && !parser.isSet(QStringLiteral("help"))
                                 ? QStringLiteral("kvarter " KVARTER_VERSION "\n")
                                 : parser.helpText())
                                .toLocal8Bit();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    return 0;
}

int DesktopLauncher::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    parser.process(arguments);
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));

    const QString path =
        parser.value(QStringLiteral("db")).isEmpty() ? Profile::defaultDatabasePath() : parser.value(QStringLiteral("db"));
    SystemClock clock;
    if (!screenshot && !MigrationProgress::run(path))
        return 0; // closed during the update: what was done is kept, the rest runs next time
    std::unique_ptr<Store> store;
    try {
        store = std::make_unique<Store>(path, clock);
    } catch (const Error &e) {
        return refuse(screenshot, tr("Kvarter cannot open the data"), e.message());
    }
    try {
        Session session(*store, clock);
        return runWith(session, path, parser);
    } catch (const Error &e) {
        // Past opening, an error is the database failing under us (damaged, disk gone).
        return refuse(screenshot, tr("Kvarter cannot go on"), e.message());
    }
}

int DesktopLauncher::refuse(bool screenshot, const QString &title, const QString &message)
{
    // A screenshot run has no one to click a box away: it says it on the terminal.
    if (screenshot)
        std::fprintf(stderr, "kvarter: %s\n", qPrintable(message));
    else
        QMessageBox::critical(nullptr, title, message);
    return 1;
}

int DesktopLauncher::runWith(Session &session, const QString &path, const QCommandLineParser &parser)
{
    const bool screenshot = parser.isSet(QStringLiteral("screenshot"));
    TeamService team = session.team();
    QList<Employee> employees = team.employees();
    if (employees.isEmpty()) {
        if (screenshot) {
            const QString message = tr("The database %1 has no team yet. Join one from the desktop, or create a demo team with\n"
                                       "kvarter-cli --db %1 demo --scale team")
                                        .arg(path);
            return refuse(screenshot, tr("Kvarter"), message);
        }
        // A brand-new laptop: join the team (invitation + passphrase) and fetch its data.
        JoinTeamDialog join(session);
        if (join.exec() != QDialog::Accepted)
            return 0;
        employees = team.employees();
    }

    // Who are you: --as, else the last one on this laptop, preselected in the sign-in. A screenshot
    // has nobody to type: it signs in with KVARTER_PIN, else the demo's PIN.
    QSettings settings;
    const QString rememberKey = QStringLiteral("lastEmployee/") + QString::fromLatin1(path.toUtf8().toBase64());
    const QString who = parser.value(QStringLiteral("as"));
    std::optional<Employee> chosen;
    for (const Employee &e : employees)
        if (!who.isEmpty() && (e.id == who || e.initials.compare(who, Qt::CaseInsensitive) == 0))
            chosen = e;
    if (screenshot) {
        const QString page = parser.value(QStringLiteral("page"));
        const Role wanted = page == QLatin1String("plan") || page == QLatin1String("week") ? Role::Planner
            : page == QLatin1String("visitation")                                          ? Role::Visitator
            : page == QLatin1String("frame") || page == QLatin1String("access-review") || page == QLatin1String("who-looked")
            ? Role::TeamLeader
            : Role::Nurse;
        for (const Employee &e : employees)
            if (!chosen && e.role == wanted)
                chosen = e;
        if (!chosen)
            chosen = employees.first();
        const QString pin = qEnvironmentVariableIsSet("KVARTER_PIN") ? qEnvironmentVariable("KVARTER_PIN")
                                                                     : QString::fromLatin1(DemoGenerator::DefaultPin);
        try {
            session.signIn(chosen->id, pin);
        } catch (const Error &e) {
            return refuse(screenshot, tr("Kvarter"),
                          tr("%1 cannot sign in: %2 (set KVARTER_PIN).").arg(chosen->name, e.message()));
        }
    } else {
        SignInDialog signIn(session, chosen ? chosen->id : settings.value(rememberKey).toString());
        if (signIn.exec() != QDialog::Accepted)
            return 0;
        settings.setValue(rememberKey, session.employee().id);
    }

    MainWindow window(session);
    if (const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x')); size.size() == 2)
        window.resize(qMax(640, size.at(0).toInt()), qMax(480, size.at(1).toInt()));
    if (screenshot)
        return takeScreenshot(window, parser.value(QStringLiteral("screenshot")), parser.value(QStringLiteral("page")),
                              parser.isSet(QStringLiteral("tour")));
    window.show();
    return QApplication::exec();
}

} // namespace Kvarter
