// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kvarter {

/// The first start after an update may migrate a large database for several seconds. Instead of
/// a window that does not come, this shows what is happening, step by step, off the GUI thread,
/// and the promise that closing loses nothing: each step is one transaction, and what is not done
/// is done at the next start.
class MigrationProgress final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::MigrationProgress)

public:
    /// Migrates `path` if it needs it. False when the person closed the window (the steps done
    /// so far are kept); true when the file is up to date, or could not be looked at (opening it
    /// will then say why).
    static bool run(const QString &path);
    /// How many migration steps the file at `path` is behind this program (0 for a new file).
    static int stepsBehind(const QString &path);
};

} // namespace Kvarter
