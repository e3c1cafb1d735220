// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "LocalPurge.h"

#include "common/Clock.h"
#include "common/DisplayTime.h"
#include "store/Schema.h"
#include "store/Store.h"
#include "sync/SyncSettings.h"
#include "sync/TeamMembership.h"

namespace Kvarter {

namespace {

// A citizen's rows, children before parents (foreign keys), each found from the rows collected
// before it. The access log and break-the-glass grants are not here on purpose (see the class).
struct Owned
{
    const char *table;
    const char *select; // ids of the table's rows that belong to the citizen; ?1 is the citizen id
};
constexpr Owned OwnedRows[] = {
    { "citizen", "SELECT id FROM citizen WHERE id = ?1" },
    { "relative", "SELECT id FROM relative WHERE citizen_id = ?1" },
    { "care_grant", "SELECT id FROM care_grant WHERE citizen_id = ?1" },
    { "visit", "SELECT id FROM visit WHERE citizen_id = ?1" },
    { "visit_note", "SELECT id FROM visit_note WHERE citizen_id = ?1" },
    { "assessment", "SELECT id FROM assessment WHERE citizen_id = ?1" },
    { "assessment_condition",
      "SELECT id FROM assessment_condition WHERE assessment_id IN (SELECT id FROM assessment WHERE citizen_id = ?1)" },
    { "assessment_followup",
      "SELECT id FROM assessment_followup WHERE assessment_id IN (SELECT id FROM assessment WHERE citizen_id = ?1)" },
    { "decision", "SELECT id FROM decision WHERE citizen_id = ?1" },
    { "complaint", "SELECT id FROM complaint WHERE citizen_id = ?1" },
    { "complaint_outcome",
      "SELECT id FROM complaint_outcome WHERE complaint_id IN (SELECT id FROM complaint WHERE citizen_id = ?1)" },
    { "change_report", "SELECT id FROM change_report WHERE citizen_id = ?1" },
    { "triage_decision", "SELECT id FROM triage_decision WHERE citizen_id = ?1" },
    { "triage_followup", "SELECT id FROM triage_followup WHERE citizen_id = ?1" },
    { "task", "SELECT id FROM task WHERE citizen_id = ?1" },
    { "task_done", "SELECT id FROM task_done WHERE task_id IN (SELECT id FROM task WHERE citizen_id = ?1)" },
    { "meeting_item", "SELECT id FROM meeting_item WHERE citizen_id = ?1" },
};
// The order rows are deleted in: every child before what it refers to.
constexpr const char *DeleteOrder[] = { "meeting_item",
                                        "task_done",
                                        "task",
                                        "triage_followup",
                                        "triage_decision",
                                        "change_report",
                                        "complaint_outcome",
                                        "complaint",
                                        "decision",
                                        "assessment_followup",
                                        "assessment_condition",
                                        "assessment",
                                        "visit_note",
                                        "visit",
                                        "care_grant",
                                        "relative",
                                        "citizen" };

} // namespace

bool LocalPurge::laptopRevoked()
{
    auto q = m_store.db().query("SELECT revoked_after_seq FROM team_device WHERE id = ?");
    q->bind(1, m_store.deviceId());
    return q->next() && q->int64(0) >= 0;
}

void LocalPurge::collectRows(const QString &citizenId)
{
    Database &db = m_store.db();
    db.exec("CREATE TEMP TABLE IF NOT EXISTS purge_row (id TEXT PRIMARY KEY, entity TEXT NOT NULL) WITHOUT ROWID");
    db.exec("DELETE FROM temp.purge_row");
    for (const Owned &owned : OwnedRows)
        db.cached(QByteArray("INSERT OR IGNORE INTO temp.purge_row (id, entity) SELECT id, '") + owned.table + "' FROM ("
                  + owned.select + ")")
            .bind(1, citizenId)
            .run();
}

bool LocalPurge::hasUnsyncedChanges()
{
    // This laptop's own changes after the last one shipped exist nowhere else yet.
    const qint64 shipped = Sync::SyncSettings(m_store).shippedSeq();
    auto q = m_store.db().query("SELECT count(*) FROM change_log WHERE seq > ? AND row_id IN (SELECT id FROM temp.purge_row)");
    q->bind(1, shipped);
    return q->next() && q->int64(0) > 0;
}

QList<PurgeCandidate> LocalPurge::candidates()
{
    const bool revoked = laptopRevoked();
    const bool joined = Sync::TeamMembership(m_store).isJoined();
    const QDate today = m_store.clock().today();
    QList<PurgeCandidate> result;
    auto q = m_store.db().query(revoked ? "SELECT id, coalesce(left_on, '') FROM citizen ORDER BY id"
                                        : "SELECT id, left_on FROM citizen WHERE left_on IS NOT NULL ORDER BY id");
    while (q->next()) {
        PurgeCandidate c;
        c.citizenId = q->text(0);
        c.leftOn = QDate::fromString(q->text(1), Qt::ISODate);
        c.removableFrom = revoked ? today : c.leftOn.addDays(RetentionDays);
        result << c;
    }
    for (PurgeCandidate &c : result) {
        if (!joined)
            c.keptBecause = tr("This computer does not sync with a team, so its copy is the only one.");
        else if (c.removableFrom > today)
            c.keptBecause = tr("Kept until %1 (%n days after the citizen left).", nullptr, RetentionDays)
                                .arg(DisplayTime::date(c.removableFrom));
        else {
            collectRows(c.citizenId);
            if (hasUnsyncedChanges())
                c.keptBecause = tr("Kept until this computer's changes to the citizen have been synced.");
        }
    }
    return result;
}

PurgeReport LocalPurge::run()
{
    PurgeReport report;
    const bool revoked = laptopRevoked();
    for (const PurgeCandidate &c : candidates()) {
        if (!c.keptBecause.isEmpty()) {
            ++report.citizensKept;
            continue;
        }
        report.rowsRemoved += remove(c.citizenId, revoked ? QStringLiteral("laptop revoked") : QStringLiteral("left team"));
        ++report.citizensRemoved;
    }
    if (report.citizensRemoved > 0)
        m_store.announce({ QStringLiteral("citizen"), QStringLiteral("visit") });
    return report;
}

qint64 LocalPurge::remove(const QString &citizenId, const QString &reason)
{
    Database &db = m_store.db();
    Transaction tx(db);
    collectRows(citizenId);
    if (hasUnsyncedChanges()) // written between candidates() and now
        return 0;
    const qint64 shipped = Sync::SyncSettings(m_store).shippedSeq();
    qint64 rows = 0;
    for (const char *table : DeleteOrder) {
        const QByteArray name(table);
        const SyncedTable *declared = db.schema().syncedTable(name);
        const bool appendOnly = declared && declared->merge == MergeKind::AppendOnlyUnion;
        if (appendOnly)
            db.exec("DROP TRIGGER IF EXISTS " + name + "_no_delete");
        db.cached("DELETE FROM " + name + " WHERE id IN (SELECT id FROM temp.purge_row WHERE entity = ?)")
            .bind(1, QString::fromLatin1(name))
            .run();
        rows += db.changes();
        if (appendOnly)
            db.exec(Schema::appendOnlyTriggers(name));
    }
    db.cached("DELETE FROM assessment_draft WHERE citizen_id = ?").bind(1, citizenId).run();
    // The sync bookkeeping of those rows: their versions, open conflicts and waiting changes, and
    // this laptop's own shipped changes, which hold the same values.
    for (const char *sql : { "DELETE FROM field_version WHERE row_id IN (SELECT id FROM temp.purge_row)",
                             "DELETE FROM conflict WHERE row_id IN (SELECT id FROM temp.purge_row)",
                             "DELETE FROM pending_change WHERE row_id IN (SELECT id FROM temp.purge_row)",
                             "DELETE FROM sync_waiting_change WHERE row_id IN (SELECT id FROM temp.purge_row)" })
        db.exec(sql);
    db.exec("DROP TRIGGER IF EXISTS change_log_no_delete");
    db.cached("DELETE FROM change_log WHERE seq <= ? AND row_id IN (SELECT id FROM temp.purge_row)").bind(1, shipped).run();
    db.exec(Schema::appendOnlyTriggers("change_log"));
    db.cached("INSERT INTO local_purge (citizen_id, purged_at, reason, rows) VALUES (?, ?, ?, ?)")
        .bind(1, citizenId)
        .bind(2, m_store.clock().nowMs())
        .bind(3, reason)
        .bind(4, rows)
        .run();
    tx.commit();
    return rows;
}

} // namespace Kvarter
