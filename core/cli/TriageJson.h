// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "change/TriageBoard.h"

#include <QJsonObject>

namespace Kvarter {

/// The JSON shapes of change reports, triage decisions, tasks and board entries (kvarter-cli --json).
/// Times are ISO 8601 in the team's zone, with the offset; keys are the stored English ones.
class TriageJson final
{
public:
    static QJsonObject report(const ChangeReport &report);
    static QJsonObject decision(const TriageDecision &decision);
    static QJsonObject task(const Task &task, const QDateTime &now);
    static QJsonObject entry(const BoardEntry &entry, const QDateTime &now);
    static QString time(const QDateTime &t);
};

} // namespace Kvarter
