// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QDate>
#include <QString>

namespace Kvarter {

/// A grant (bevilling) of one service to a citizen: either minutes per week (SEL § 83 style) or,
/// since Ældreloven of 1 July 2025, a holistic course of care (helhedspleje) without minutes.
struct Grant
{
    enum class Kind {
        MinutesPerWeek,
        Course
    };

    QString id;
    QString citizenId;
    QString serviceCode;
    Kind kind = Kind::MinutesPerWeek;
    int minutesPerWeek = 0;
    int courseLevel = 0; // a course's level (CourseLevels); 0 = not stated (courses granted before levels)
    QDate validFrom;
    QDate validTo; // invalid = open-ended

    bool isActiveOn(const QDate &day) const { return validFrom <= day && (!validTo.isValid() || day <= validTo); }
};

} // namespace Kvarter
