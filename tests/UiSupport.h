// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "TestSupport.h"
#include "main/MainWindow.h"
#include "session/Session.h"

namespace Kvarter::Test {

/// The real main window on a demo team, signed in as someone with `role`.
struct UiFixture : Fixture
{
    Session session { *store, clock };
    std::unique_ptr<MainWindow> window;

    explicit UiFixture(Role role) : Fixture(true)
    {
        session.signInUnattended(firstWithRole(role).id);
        window = std::make_unique<MainWindow>(session);
        window->show();
    }
};

} // namespace Kvarter::Test
