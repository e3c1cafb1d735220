// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "TestSupport.h"
#include "main/MainWindow.h"
#include "session/Session.h"

#include <QProcess>

namespace Kvarter::Test {

/// The text of a PDF the desktop wrote (pdftotext); empty when it could not be read.
inline QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!pdftotext.waitForFinished(30000))
        return {};
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

/// The real main window on a demo team, signed in as someone with `role`.
struct UiFixture : Fixture
{
    Session session { *store, clock };
    std::unique_ptr<MainWindow> window;

    explicit UiFixture(Role role) : Fixture(true)
    {
        session.signInUnattended(firstWithRole(role).id);
        window = std::make_unique<MainWindow>(session);
        window->resize(1280, 800); // the offscreen screen is 800×600; the tests lay out as on a laptop
        window->show();
    }
};

} // namespace Kvarter::Test
