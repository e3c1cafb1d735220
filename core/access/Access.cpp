// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Access.h"

#include <QStringList>
#include <array>
#include <initializer_list>

namespace Kvarter {

namespace {

struct Grant
{
    Right right;
    std::initializer_list<Role> roles;
};

using R = Role;
// Who may do what. Visiting staff (SOSU helpers and assistants, nurses, therapists) record visits
// and read the day they drive; planners and the team leader plan it; the visitator decides grants
// and reads records but plans no routes. Decisions within the team's delegated frame are for the
// trained staff, the planner (delegated visitation) and the visitator, not for SOSU helpers; so is an
// FSIII assessment of the citizen's function, which the helpers' observations feed but do not make.
// The frames themselves are set by the visitation (the authority) and the team leader (the budget);
// what goes outside a frame is decided by the visitator alone. A complaint may reach anyone who
// answers the team's phone, so every trained member may register one (not the SOSU helper, who
// passes it on). A forgotten or locked PIN is reset by whoever runs the laptops (planner, team leader);
// reviewing who opened which record is the team leader's duty as the one who answers for it.
// Early detection is everybody's: whoever sees the citizen reports a change and may raise the colour,
// and anyone at the board meeting may triage; but moving a citizen down from red takes the clinical
// judgement of a nurse or a SOSU assistant (Sundhedsstyrelsen's model, the municipal instructions).
const std::array<Grant, 18> &table()
{
    static const std::array<Grant, 18> grants { {
        { Right::ReadCitizen,
          { R::SosuHelper, R::SosuAssistant, R::Nurse, R::Therapist, R::Planner, R::Visitator, R::TeamLeader } },
        { Right::EditCitizen, { R::SosuAssistant, R::Nurse, R::Therapist, R::Planner, R::Visitator, R::TeamLeader } },
        { Right::RecordVisit, { R::SosuHelper, R::SosuAssistant, R::Nurse, R::Therapist, R::Planner, R::TeamLeader } },
        { Right::ReadPlan, { R::SosuHelper, R::SosuAssistant, R::Nurse, R::Therapist, R::Planner, R::TeamLeader } },
        { Right::Plan, { R::Planner, R::TeamLeader } },
        { Right::ManageGrants, { R::Planner, R::Visitator, R::TeamLeader } },
        { Right::DecideWithinFrame, { R::SosuAssistant, R::Nurse, R::Therapist, R::Planner, R::Visitator, R::TeamLeader } },
        { Right::ResolveConflicts,
          { R::SosuHelper, R::SosuAssistant, R::Nurse, R::Therapist, R::Planner, R::Visitator, R::TeamLeader } },
        { Right::AdministerTeam, { R::Planner, R::TeamLeader } },
        { Right::Assess, { R::SosuAssistant, R::Nurse, R::Therapist, R::Planner, R::Visitator, R::TeamLeader } },
        { Right::EditFrames, { R::Visitator, R::TeamLeader } },
        { Right::DecideEscalation, { R::Visitator } },
        { Right::RegisterComplaint, { R::SosuAssistant, R::Nurse, R::Therapist, R::Planner, R::Visitator, R::TeamLeader } },
        { Right::ResetPin, { R::Planner, R::TeamLeader } },
        { Right::ReviewAccess, { R::TeamLeader } },
        { Right::Triage, { R::SosuHelper, R::SosuAssistant, R::Nurse, R::Therapist, R::Planner, R::Visitator, R::TeamLeader } },
        { Right::LowerFromRed, { R::SosuAssistant, R::Nurse } },
        { Right::CompleteTasks,
          { R::SosuHelper, R::SosuAssistant, R::Nurse, R::Therapist, R::Planner, R::Visitator, R::TeamLeader } },
    } };
    return grants;
}

} // namespace

bool Access::allows(Role role, Right right)
{
    for (const Grant &grant : table())
        if (grant.right == right)
            for (Role r : grant.roles)
                if (r == role)
                    return true;
    return false;
}

void Access::require(const Actor &actor, Right right)
{
    if (allows(actor.role(), right))
        return;
    QStringList who;
    for (Role role : Roles::all())
        if (allows(role, right))
            who << Roles::displayName(role).toLower();
    throw AccessDenied(tr("As %1 you may not %2; ask a %3.")
                           .arg(Roles::displayName(actor.role()).toLower(), describe(right), who.join(tr(" or a "))));
}

QString Access::describe(Right right)
{
    switch (right) {
    case Right::ReadCitizen: return tr("open a citizen's record");
    case Right::EditCitizen: return tr("change a citizen's details");
    case Right::RecordVisit: return tr("record visits or write visit notes");
    case Right::ReadPlan: return tr("read the team's day plan");
    case Right::Plan: return tr("plan the team's visits");
    case Right::ManageGrants: return tr("grant or change services");
    case Right::DecideWithinFrame: return tr("decide help within the team's frame");
    case Right::ResolveConflicts: return tr("settle values written apart");
    case Right::AdministerTeam: return tr("manage the team's laptops");
    case Right::Assess: return tr("assess a citizen's function");
    case Right::EditFrames: return tr("change the team's delegated or economic frame");
    case Right::DecideEscalation: return tr("decide a proposal outside the team's frame");
    case Right::RegisterComplaint: return tr("register a complaint about a decision");
    case Right::ResetPin: return tr("give a colleague a new PIN");
    case Right::ReviewAccess: return tr("review who has opened citizens' records");
    case Right::Triage: return tr("report a change in need or triage a citizen");
    case Right::LowerFromRed: return tr("move a citizen down from red");
    case Right::CompleteTasks: return tr("complete follow-up tasks");
    }
    return {};
}

} // namespace Kvarter
