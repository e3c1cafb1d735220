// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Schema.h"

#include "Migrations.h"

namespace Kvarter {

const Schema &Schema::current()
{
    static const Schema schema(Migrations::steps(),
                               { { "team" },
                                 { "employee" },
                                 { "citizen" },
                                 { "relative" },
                                 { "care_grant" },
                                 { "visit" },
                                 { "visit_note", MergeKind::AppendOnlyUnion },
                                 { "team_device" },
                                 { "assessment", MergeKind::AppendOnlyUnion },
                                 { "assessment_condition", MergeKind::AppendOnlyUnion },
                                 { "assessment_followup", MergeKind::AppendOnlyUnion },
                                 { "frame_rule", MergeKind::AppendOnlyUnion },
                                 { "team_budget", MergeKind::AppendOnlyUnion },
                                 { "decision", MergeKind::AppendOnlyUnion },
                                 { "complaint", MergeKind::AppendOnlyUnion },
                                 { "complaint_outcome", MergeKind::AppendOnlyUnion },
                                 { "access_log", MergeKind::AppendOnlyUnion },
                                 { "access_grant", MergeKind::AppendOnlyUnion },
                                 { "change_report", MergeKind::AppendOnlyUnion },
                                 { "triage_decision", MergeKind::AppendOnlyUnion },
                                 { "triage_followup", MergeKind::AppendOnlyUnion },
                                 { "task", MergeKind::AppendOnlyUnion },
                                 { "task_done", MergeKind::AppendOnlyUnion },
                                 { "meeting", MergeKind::AppendOnlyUnion },
                                 { "meeting_item", MergeKind::AppendOnlyUnion } });
    return schema;
}

const SyncedTable *Schema::syncedTable(QByteArrayView name) const
{
    for (const SyncedTable &table : m_tables)
        if (name == QByteArrayView(table.name))
            return &table;
    return nullptr;
}

Schema Schema::extendedBy(const QByteArray &step, const QList<SyncedTable> &tables) const
{
    return Schema(m_steps + QList<QByteArray> { step }, m_tables + tables);
}

QByteArray Schema::appendOnlyTriggers(QByteArrayView table)
{
    const QByteArray name = table.toByteArray();
    const QByteArray message = name + " is append-only";
    return "CREATE TRIGGER IF NOT EXISTS " + name + "_no_update BEFORE UPDATE ON " + name + " BEGIN SELECT RAISE(ABORT, '"
        + message + "'); END;\nCREATE TRIGGER IF NOT EXISTS " + name + "_no_delete BEFORE DELETE ON " + name
        + " BEGIN SELECT RAISE(ABORT, '" + message + "'); END;\n";
}

} // namespace Kvarter
