// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "WordLists.h"

#include <QFile>

namespace Kvarter {

namespace {
QStringList readList(const QString &name)
{
    QFile file(QStringLiteral(":/kvarter/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return { QStringLiteral("?") };
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

const WordLists &WordLists::standard()
{
    static const WordLists lists = [] {
        WordLists l;
        l.femaleNames = readList(QStringLiteral("female_names.txt"));
        l.maleNames = readList(QStringLiteral("male_names.txt"));
        l.surnames = readList(QStringLiteral("surnames.txt"));
        l.streets = readList(QStringLiteral("streets.txt"));
        l.towns = readList(QStringLiteral("towns.txt"));
        l.noteTexts = readList(QStringLiteral("note_texts.txt"));
        return l;
    }();
    return lists;
}

} // namespace Kvarter
