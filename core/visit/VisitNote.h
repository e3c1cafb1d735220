// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDateTime>
#include <QString>

namespace Kvarter {

/// A note written about a citizen, usually on a visit. Append-only: a correction is a new note whose
/// `correctsId` points to the note it replaces; the old one stays readable.
struct VisitNote
{
    QString id;
    QString citizenId;
    QString visitId; // empty for a note not tied to one visit
    QString authorId;
    QDateTime writtenAt;
    QString text;
    QString correctsId;

    // Filled on reads.
    QString authorName;
    QString correctedById; // set when a later note corrects this one
};

} // namespace Kvarter
