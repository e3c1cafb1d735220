// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QStringList>

namespace Kvarter {

/// Loads the Danish translation (ours and Qt's own) when the language is Danish.
class Translations final
{
public:
    /// "da" or "en": `--lang X` when given, else the system locale's language. A system with no
    /// language set (the C locale of a fresh Debian, LANG=C.UTF-8) gets `whenUnset`: the desktop
    /// is for Danish care staff and says Danish; the CLI speaks to scripts and keeps English.
    static QString languageFromArguments(const QStringList &arguments, const QString &whenUnset = QStringLiteral("en"));
    /// Installs translators on the running application; returns false if none was found.
    static bool install(const QString &language);
};

} // namespace Kvarter
