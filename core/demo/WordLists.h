// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QRandomGenerator>
#include <QStringList>

namespace Kvarter {

/// The Danish names, streets and towns the demo team is made of (resources/demo/*.txt).
class WordLists final
{
public:
    static const WordLists &standard();

    QStringList femaleNames;
    QStringList maleNames;
    QStringList surnames;
    QStringList streets;
    QStringList towns; // "5700 Svendborg"
    QStringList noteTexts;

    static const QString &pick(const QStringList &list, QRandomGenerator &random)
    {
        return list.at(qsizetype(random.bounded(quint32(list.size()))));
    }
};

} // namespace Kvarter
