// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kvarter::Sync {

/// Reading a file on the shared folder as something anyone on the team's network may have put
/// there: never through a link, never from a pipe or a device (which could block for ever or never
/// end), never more than a bundle can be, and without waiting on a file that is being written.
class ShareFile final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::Sync::ShareFile)

public:
    /// What the folder says about the entry itself (a link is not followed): kind, size, time of
    /// the last change and identity. It differs as soon as the file grows, is rewritten or replaced,
    /// so a file that could not be used is looked at again then. Empty when the entry is gone.
    static QString stamp(const QString &path);
    /// The bytes of a regular file of at most `maxBytes`; throws Error saying, for a person, why not.
    static QByteArray read(const QString &path, qint64 maxBytes);
};

} // namespace Kvarter::Sync
