// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

namespace Kvarter {

/// What an employee may do with the team's data. Every core service method that reads or writes
/// citizen data names the one right it needs (Access::require), so the UI, the CLI and the server
/// obey the same table.
enum class Right {
    ReadCitizen,       // open a citizen's record
    EditCitizen,       // register a citizen, change address, phone, contacts, relatives
    RecordVisit,       // mark a visit done or not home, write and correct visit notes
    ReadPlan,          // the team's day with addresses and phones (the printed run list)
    Plan,              // assign and move visits between people
    ManageGrants,      // grant or change services
    DecideWithinFrame, // near-visitation: decide help within the frame delegated to the team
    ResolveConflicts,  // choose between two values written apart
    AdministerTeam,    // the sync team: create it, invite and remove laptops
    Assess,            // make or correct an FSIII assessment of a citizen's function (and keep its draft)
    EditFrames,        // the delegated frames (who may decide what, up to how much) and the team's economic frame
    DecideEscalation,  // the visitation authority: decide a proposal that went outside the frame
    RegisterComplaint, // register a citizen's complaint about a decision and its outcome
    ResetPin,          // give a locked-out or forgetful colleague a new PIN on this laptop
    ReviewAccess,      // see who has opened a citizen's record, and the list of unusual openings
    Triage,            // report a change in need, set a citizen's triage colour, tick the daily follow-up
    LowerFromRed,      // move a citizen down from red (a nurse or a SOSU assistant must have seen to it)
    CompleteTasks,     // mark a follow-up task done (one's own, one's role's or a colleague's)
};

} // namespace Kvarter
