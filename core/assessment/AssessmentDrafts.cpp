// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "AssessmentDrafts.h"

#include "AssessmentJson.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "store/Store.h"

#include <QJsonDocument>

namespace Kvarter {

void AssessmentDrafts::save(const Assessment &draft)
{
    Access::require(m_actor, Right::Assess);
    if (draft.citizenId.isEmpty())
        throw Error(tr("A draft needs the citizen it is about."));
    // A plain local write, not Store::insert: a draft is this laptop's and has no place in the change log.
    m_store.db()
        .cached("INSERT OR REPLACE INTO assessment_draft (citizen_id, author_id, saved_at, content) VALUES (?, ?, ?, ?)")
        .bind(1, draft.citizenId)
        .bind(2, m_actor.employeeId())
        .bind(3, m_store.clock().now().toSecsSinceEpoch())
        .bindUtf8(4, QJsonDocument(AssessmentJson::toJson(draft)).toJson(QJsonDocument::Compact))
        .run();
}

std::optional<AssessmentDraft> AssessmentDrafts::draft(const QString &citizenId)
{
    Access::require(m_actor, Right::Assess);
    auto q = m_store.db().query("SELECT saved_at, content FROM assessment_draft WHERE citizen_id = ? AND author_id = ?");
    q->bind(1, citizenId).bind(2, m_actor.employeeId());
    if (!q->next())
        return std::nullopt;
    AssessmentDraft d;
    d.savedAt = QDateTime::fromSecsSinceEpoch(q->int64(0), Clock::teamZone());
    d.assessment = AssessmentJson::fromJson(QJsonDocument::fromJson(q->text(1).toUtf8()).object());
    d.assessment.citizenId = citizenId;
    return d;
}

void AssessmentDrafts::discard(const QString &citizenId)
{
    Access::require(m_actor, Right::Assess);
    m_store.db()
        .cached("DELETE FROM assessment_draft WHERE citizen_id = ? AND author_id = ?")
        .bind(1, citizenId)
        .bind(2, m_actor.employeeId())
        .run();
}

} // namespace Kvarter
