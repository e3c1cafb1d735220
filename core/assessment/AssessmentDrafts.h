// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "Assessment.h"
#include "access/Actor.h"

#include <QCoreApplication>
#include <optional>

namespace Kvarter {

class Store;

/// A draft as saved: what was typed and when.
struct AssessmentDraft
{
    Assessment assessment;
    QDateTime savedAt;
};

/// The assessment a person is filling in, kept on this laptop as they type, one per citizen and
/// author, so a killed app or a flat battery loses nothing: the form saves on every change and
/// offers the draft again when it opens. Drafts are not validated (half-typed is the point) and
/// never synced; AssessmentService::add removes the author's draft when it saves the assessment.
class AssessmentDrafts final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::AssessmentDrafts)

public:
    AssessmentDrafts(Store &store, const Actor &actor) : m_store(store), m_actor(actor) {}

    /// Keeps `draft` (its citizenId says whose), replacing the actor's earlier draft for that citizen.
    void save(const Assessment &draft);
    /// The actor's draft for the citizen, if one was kept.
    std::optional<AssessmentDraft> draft(const QString &citizenId);
    /// Throws the draft away (the person chose to start over).
    void discard(const QString &citizenId);

private:
    Store &m_store;
    Actor m_actor;
};

} // namespace Kvarter
