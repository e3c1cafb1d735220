// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "common/Error.h"
#include "main/GuardedApplication.h"

#include <QTest>
#include <QTimer>

using namespace Kvarter;

namespace {
// Stands for any widget whose handler meets a failing database.
class FailingReceiver : public QObject
{
public:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::User)
            throw Error(QStringLiteral("The disk is full."));
        return QObject::event(event);
    }
};
} // namespace

class TestGuardedApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anErrorInAnEventIsShownAndTheAppGoesOn()
    {
        auto *app = qobject_cast<GuardedApplication *>(QCoreApplication::instance());
        QVERIFY(app);
        QStringList shown;
        app->report = [&](const QString &message) { shown << message; };
        FailingReceiver receiver;
        QCoreApplication::postEvent(&receiver, new QEvent(QEvent::User));
        QCoreApplication::postEvent(&receiver, new QEvent(QEvent::User)); // the same fault again
        QTRY_COMPARE(app->errorsReported(), 2);
        QTRY_COMPARE(shown.size(), 1); // one box, not a cascade
        QVERIFY(shown.first().contains(QLatin1String("The disk is full.")));
        // The event loop still runs.
        bool later = false;
        QTimer::singleShot(0, app, [&] { later = true; });
        QTRY_VERIFY(later);
    }
};

// Its own main: the test needs the desktop's application class, not QTest's plain one.
int main(int argc, char *argv[])
{
    GuardedApplication app(argc, argv);
    TestGuardedApplication test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guardedapplication.moc"
