// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "FrameRule.h"

#include <QCoreApplication>
#include <QList>

namespace Kvarter {

struct Service;

/// What is asked of a frame: may this role do this to this service, to this amount, until this follow-up.
struct FrameQuestion
{
    Role role = Role::Nurse;
    const Service *service = nullptr;
    FrameAction action = FrameAction::Grant;
    int amount = 0; // minutes per week, or the course level
    int weeks = 0;  // weeks from the start to the next follow-up; 0 = none asked
};

/// The answer: inside (and under which frame version) or outside, and why, in words for the form.
struct FrameVerdict
{
    bool inside = false;
    QString ruleId;   // the version that decided it; empty when no frame covers the service
    int maxWeeks = 0; // that version's follow-up limit, for a proposal that named none
    QString explanation;
};

/// Checks a proposal against the frames in force: pure and in memory (the form asks it on every
/// keystroke; the bench holds it under 1 ms). A rule for the exact service code wins over one
/// for its group.
class FrameCheck final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::FrameCheck)

public:
    static const FrameRule *ruleFor(const QList<FrameRule> &rules, Role role, const Service &service);
    static FrameVerdict check(const QList<FrameRule> &rules, const FrameQuestion &question);
    static QString actionName(FrameAction action);
};

} // namespace Kvarter
