// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "MigrationProgress.h"

#include "common/Error.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace Kvarter {

int MigrationProgress::stepsBehind(const QString &path)
{
    if (path == Database::memoryPath() || !QFileInfo::exists(path))
        return 0;
    try {
        Database peek(path, 0); // opens without migrating
        const int current = peek.userVersion();
        return current > 0 ? std::max(0, Schema::current().latestVersion() - current) : 0;
    } catch (const Error &) {
        return 0;
    }
}

bool MigrationProgress::run(const QString &path)
{
    const int behind = stepsBehind(path);
    if (behind == 0)
        return true;
    const int latest = Schema::current().latestVersion();
    const auto label = [behind](int done) {
        return tr("Kvarter is updating this laptop's data for the new version (%1 of %2) …\n"
                  "If you close this window, nothing is lost: the update goes on at the next start.")
            .arg(done)
            .arg(behind);
    };
    QProgressDialog dialog(label(0), tr("Close"), 0, behind);
    dialog.setObjectName(QStringLiteral("migrationProgressDialog"));
    dialog.setWindowTitle(tr("Updating Kvarter's data"));
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setValue(0);

    // One step per connection, so the person can stop between steps; each runs in a transaction.
    std::atomic<int> done { 0 };
    std::atomic<bool> stop { false };
    QThread *worker = QThread::create([&] {
        try {
            for (int version = latest - behind + 1; version <= latest && !stop; ++version) {
                Database step(path, version);
                ++done;
            }
        } catch (const Error &) {
            // Left for opening the store afterwards, which says it to the person.
        }
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] { stop = true; });
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &dialog, [&] {
        dialog.setValue(done);
        dialog.setLabelText(label(done));
    });
    ticker.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    return !stop || done == behind;
}

} // namespace Kvarter
