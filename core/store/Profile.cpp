// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Profile.h"

#include <QStandardPaths>

namespace Kvarter {

QString Profile::defaultDatabasePath()
{
    // Named explicitly so the desktop app and the CLI agree whatever their application names are.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/kvarter/kvarter.db");
}

} // namespace Kvarter
