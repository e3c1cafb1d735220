// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TimelineLanes.h"

#include <algorithm>

namespace Kvarter {

QHash<QString, TimelineLane> TimelineLanes::assign(QList<Visit> visits)
{
    visits.erase(std::remove_if(visits.begin(), visits.end(), [](const Visit &v) { return v.employeeId.isEmpty(); }),
                 visits.end());
    std::sort(visits.begin(), visits.end(), [](const Visit &a, const Visit &b) {
        return std::tie(a.employeeId, a.start, a.id) < std::tie(b.employeeId, b.start, b.id);
    });
    QHash<QString, TimelineLane> lanes;
    // Per person, a group is a run of visits each overlapping the group so far; within a group a
    // visit takes the first lane that is free by its start (interval colouring, optimal here).
    qsizetype groupStart = 0;
    QList<QDateTime> laneEnds;
    QDateTime groupEnd;
    const auto closeGroup = [&](qsizetype end) {
        for (qsizetype k = groupStart; k < end; ++k)
            lanes[visits.at(k).id].count = int(laneEnds.size());
    };
    for (qsizetype i = 0; i < visits.size(); ++i) {
        const Visit &v = visits.at(i);
        const bool sameGroup = i > 0 && visits.at(i - 1).employeeId == v.employeeId && v.start < groupEnd;
        if (!sameGroup) {
            closeGroup(i);
            groupStart = i;
            laneEnds.clear();
            groupEnd = v.end();
        }
        qsizetype lane = 0;
        while (lane < laneEnds.size() && laneEnds.at(lane) > v.start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(v.end());
        else
            laneEnds[lane] = v.end();
        lanes[v.id].index = int(lane);
        groupEnd = std::max(groupEnd, v.end());
    }
    closeGroup(visits.size());
    return lanes;
}

} // namespace Kvarter
