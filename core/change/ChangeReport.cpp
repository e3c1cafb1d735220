// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ChangeReport.h"

namespace Kvarter {

QString ChangeReport::itemNames() const
{
    QStringList names;
    for (const QString &key : items)
        names << ChangeItems::displayNameOfKey(key);
    return names.join(QStringLiteral(", "));
}

} // namespace Kvarter
