// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Migrations.h"

#include "Database.h"
#include "Schema.h"
#include "common/Error.h"
#include "common/Id.h"

#include <QCoreApplication>

namespace Kvarter {

namespace {

// Version 1: the domain and the change log. Clinical records (visit notes) and the change log
// are append-only, enforced by triggers so no code path, old or new, can edit them in place.
constexpr const char *Version1 = R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE team (
    id TEXT PRIMARY KEY, name TEXT NOT NULL, municipality TEXT NOT NULL DEFAULT '');
CREATE TABLE employee (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES team(id),
    name TEXT NOT NULL, initials TEXT NOT NULL, role TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE citizen (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES team(id),
    cpr TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    contact_person_id TEXT REFERENCES employee(id), visitator_id TEXT REFERENCES employee(id));
CREATE TABLE relative (
    id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL REFERENCES citizen(id),
    name TEXT NOT NULL, relation TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '',
    is_primary INTEGER NOT NULL DEFAULT 0, may_inform INTEGER NOT NULL DEFAULT 0);
CREATE INDEX relative_by_citizen ON relative(citizen_id);
CREATE TABLE care_grant (
    id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL REFERENCES citizen(id),
    service_code TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('minutes', 'course')),
    minutes_per_week INTEGER, valid_from TEXT NOT NULL, valid_to TEXT);
CREATE INDEX grant_by_citizen ON care_grant(citizen_id);
CREATE TABLE visit (
    id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL REFERENCES citizen(id),
    employee_id TEXT REFERENCES employee(id), start INTEGER NOT NULL, minutes INTEGER NOT NULL,
    services TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'nothome', 'cancelled')));
CREATE INDEX visit_by_employee ON visit(employee_id, start);
CREATE INDEX visit_by_start ON visit(start);
CREATE TABLE visit_note (
    id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL REFERENCES citizen(id),
    visit_id TEXT REFERENCES visit(id), author_id TEXT NOT NULL REFERENCES employee(id),
    written_at INTEGER NOT NULL, text TEXT NOT NULL, corrects_id TEXT REFERENCES visit_note(id));
CREATE INDEX note_by_citizen ON visit_note(citizen_id, written_at);
CREATE INDEX note_by_visit ON visit_note(visit_id);
CREATE TRIGGER visit_note_no_update BEFORE UPDATE ON visit_note
    BEGIN SELECT RAISE(ABORT, 'visit notes are append-only'); END;
CREATE TRIGGER visit_note_no_delete BEFORE DELETE ON visit_note
    BEGIN SELECT RAISE(ABORT, 'visit notes are append-only'); END;
CREATE TABLE change_log (
    seq INTEGER PRIMARY KEY, hlc INTEGER NOT NULL, device TEXT NOT NULL,
    entity TEXT NOT NULL, row_id TEXT NOT NULL, fields TEXT NOT NULL);
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
    BEGIN SELECT RAISE(ABORT, 'the change log is append-only'); END;
)sql";

// Version 2: fast citizen search (case-folded text kept by triggers) and visit history by citizen.
constexpr const char *Version2 = R"sql(
ALTER TABLE citizen ADD COLUMN search TEXT NOT NULL DEFAULT '';
UPDATE citizen SET search = kv_fold(name || ' ' || cpr || ' ' || address || ' ' || postcode || ' ' || city);
CREATE TRIGGER citizen_search_insert AFTER INSERT ON citizen BEGIN
    UPDATE citizen SET search = kv_fold(NEW.name || ' ' || NEW.cpr || ' ' || NEW.address || ' '
                                        || NEW.postcode || ' ' || NEW.city) WHERE id = NEW.id;
END;
CREATE TRIGGER citizen_search_update AFTER UPDATE OF name, cpr, address, postcode, city ON citizen BEGIN
    UPDATE citizen SET search = kv_fold(NEW.name || ' ' || NEW.cpr || ' ' || NEW.address || ' '
                                        || NEW.postcode || ' ' || NEW.city) WHERE id = NEW.id;
END;
CREATE INDEX visit_by_citizen ON visit(citizen_id, start);
)sql";

// Version 3: what sync needs to merge field by field. Each synced row carries the version
// (hybrid logical clock + device) of the write that created it; a field changed later has its
// own version in field_version, with the version it overwrote (its base) so a merge can tell an
// informed overwrite from a concurrent edit. Concurrent losers are kept in `conflict`.
constexpr const char *Version3 = R"sql(
ALTER TABLE team ADD COLUMN _hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE team ADD COLUMN _dev TEXT NOT NULL DEFAULT '';
ALTER TABLE employee ADD COLUMN _hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE employee ADD COLUMN _dev TEXT NOT NULL DEFAULT '';
ALTER TABLE citizen ADD COLUMN _hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE citizen ADD COLUMN _dev TEXT NOT NULL DEFAULT '';
ALTER TABLE relative ADD COLUMN _hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relative ADD COLUMN _dev TEXT NOT NULL DEFAULT '';
ALTER TABLE care_grant ADD COLUMN _hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE care_grant ADD COLUMN _dev TEXT NOT NULL DEFAULT '';
ALTER TABLE visit ADD COLUMN _hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE visit ADD COLUMN _dev TEXT NOT NULL DEFAULT '';
ALTER TABLE visit_note ADD COLUMN _hlc INTEGER NOT NULL DEFAULT 0;
ALTER TABLE visit_note ADD COLUMN _dev TEXT NOT NULL DEFAULT '';
ALTER TABLE change_log ADD COLUMN base TEXT NOT NULL DEFAULT '{}';
CREATE TABLE field_version (
    row_id TEXT NOT NULL, field TEXT NOT NULL, entity TEXT NOT NULL,
    hlc INTEGER NOT NULL, device TEXT NOT NULL,
    base_hlc INTEGER NOT NULL DEFAULT 0, base_device TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (row_id, field)) WITHOUT ROWID;
CREATE TABLE conflict (
    row_id TEXT NOT NULL, field TEXT NOT NULL, entity TEXT NOT NULL,
    loser_hlc INTEGER NOT NULL, loser_device TEXT NOT NULL, loser_value TEXT,
    resolved INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (row_id, field, loser_hlc, loser_device)) WITHOUT ROWID;
CREATE INDEX conflict_open ON conflict(resolved, entity);
CREATE TABLE pending_change (
    device TEXT NOT NULL, hlc INTEGER NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL,
    fields TEXT NOT NULL, base TEXT NOT NULL, PRIMARY KEY (device, hlc)) WITHOUT ROWID;

-- Versions of rows written before version 3, from the change log (first write = the row's version).
CREATE TEMP TABLE first_write AS
    SELECT c.row_id, c.hlc, c.device FROM change_log c
    WHERE c.seq IN (SELECT min(seq) FROM change_log GROUP BY entity, row_id);
CREATE INDEX temp.first_write_by_row ON first_write(row_id);
UPDATE team SET _hlc = coalesce((SELECT hlc FROM first_write f WHERE f.row_id = team.id), 0),
                _dev = coalesce((SELECT device FROM first_write f WHERE f.row_id = team.id), '');
UPDATE employee SET _hlc = coalesce((SELECT hlc FROM first_write f WHERE f.row_id = employee.id), 0),
                    _dev = coalesce((SELECT device FROM first_write f WHERE f.row_id = employee.id), '');
UPDATE citizen SET _hlc = coalesce((SELECT hlc FROM first_write f WHERE f.row_id = citizen.id), 0),
                   _dev = coalesce((SELECT device FROM first_write f WHERE f.row_id = citizen.id), '');
UPDATE relative SET _hlc = coalesce((SELECT hlc FROM first_write f WHERE f.row_id = relative.id), 0),
                    _dev = coalesce((SELECT device FROM first_write f WHERE f.row_id = relative.id), '');
UPDATE care_grant SET _hlc = coalesce((SELECT hlc FROM first_write f WHERE f.row_id = care_grant.id), 0),
                      _dev = coalesce((SELECT device FROM first_write f WHERE f.row_id = care_grant.id), '');
UPDATE visit SET _hlc = coalesce((SELECT hlc FROM first_write f WHERE f.row_id = visit.id), 0),
                 _dev = coalesce((SELECT device FROM first_write f WHERE f.row_id = visit.id), '');
DROP TRIGGER visit_note_no_update;
UPDATE visit_note SET _hlc = coalesce((SELECT hlc FROM first_write f WHERE f.row_id = visit_note.id), 0),
                      _dev = coalesce((SELECT device FROM first_write f WHERE f.row_id = visit_note.id), '');
CREATE TRIGGER visit_note_no_update BEFORE UPDATE ON visit_note
    BEGIN SELECT RAISE(ABORT, 'visit notes are append-only'); END;
INSERT OR REPLACE INTO field_version (row_id, field, entity, hlc, device)
    SELECT c.row_id, j.key, c.entity, c.hlc, c.device FROM change_log c, json_each(c.fields) j
    WHERE c.seq NOT IN (SELECT min(seq) FROM change_log GROUP BY entity, row_id) ORDER BY c.seq;
DROP TABLE temp.first_write;
)sql";

// Version 4: team membership for sync. team_device is synced (the roster: who may sign bundles);
// the rest is this laptop's own sync bookkeeping and is never shipped.
constexpr const char *Version4 = R"sql(
CREATE TABLE team_device (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL, name TEXT NOT NULL, public_key TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'member', revoked_after_seq INTEGER NOT NULL DEFAULT -1,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '');
CREATE TABLE sync_seen_bundle (name TEXT PRIMARY KEY, device TEXT NOT NULL, first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL) WITHOUT ROWID;
-- Everything up to seq is in this replica already (loaded from a snapshot): such bundles are skipped.
CREATE TABLE sync_covered (device TEXT PRIMARY KEY, seq INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE sync_quarantine (name TEXT PRIMARY KEY, reason TEXT NOT NULL, at INTEGER NOT NULL) WITHOUT ROWID;
)sql";

// Version 5: writes are ordered by a Lamport clock instead of the hybrid logical clock, so a laptop
// whose clock is off cannot decide a merge. Each place that holds a write's version gains its Lamport
// value; the hlc columns stay and now say when (by the author's clock) a write was made. Writes from
// before version 5 have NULL here: their Lamport value is their hlc, which orders them as before and
// is still below anything a Lamport clock started from the largest hlc issues (see Store).
// Reading coalesce(lamport, hlc) spares rewriting every row of a large file while migrating.
constexpr const char *Version5 = R"sql(
ALTER TABLE team ADD COLUMN _lam INTEGER;
ALTER TABLE employee ADD COLUMN _lam INTEGER;
ALTER TABLE citizen ADD COLUMN _lam INTEGER;
ALTER TABLE relative ADD COLUMN _lam INTEGER;
ALTER TABLE care_grant ADD COLUMN _lam INTEGER;
ALTER TABLE visit ADD COLUMN _lam INTEGER;
ALTER TABLE visit_note ADD COLUMN _lam INTEGER;
ALTER TABLE team_device ADD COLUMN _lam INTEGER;
ALTER TABLE change_log ADD COLUMN lamport INTEGER;
ALTER TABLE field_version ADD COLUMN lamport INTEGER;
ALTER TABLE field_version ADD COLUMN base_lamport INTEGER;
ALTER TABLE conflict ADD COLUMN loser_lamport INTEGER;
ALTER TABLE pending_change ADD COLUMN lamport INTEGER;
)sql";

// Version 6: writes name their author (the employee), so a conflict can say who wrote each value.
// Empty for writes from before, whose author is not known.
constexpr const char *Version6 = R"sql(
ALTER TABLE change_log ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE field_version ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE conflict ADD COLUMN loser_author TEXT NOT NULL DEFAULT '';
ALTER TABLE pending_change ADD COLUMN author TEXT NOT NULL DEFAULT '';
)sql";

// Version 7: sync that survives mixed versions and a hostile share.
// - The change log gets the DELETE trigger it lacked (Schema::appendOnlyTriggers writes both).
// - A change naming a table or column this build does not know waits here, applied in order once an
//   upgrade's migration adds it; a bundle of a newer format waits whole.
// - A bundle is known by its content (device, range and a hash of its sealed bytes), no longer by its
//   file name: ranges seen before version 7 have an empty hash and stand for the bundle then applied.
// - A file on the share is looked at again whenever its size, time or identity changes (its stamp),
//   so a file read while still arriving is retried once complete.
constexpr const char *Version7Tables = R"sql(
CREATE TABLE sync_waiting_change (
    device TEXT NOT NULL, lamport INTEGER NOT NULL, hlc INTEGER NOT NULL, entity TEXT NOT NULL, row_id TEXT NOT NULL,
    fields TEXT NOT NULL, base TEXT NOT NULL, author TEXT NOT NULL DEFAULT '',
    remainder INTEGER NOT NULL DEFAULT 0, -- the unknown fields of a first write whose known fields were applied
    PRIMARY KEY (device, lamport, entity, row_id)) WITHOUT ROWID;
CREATE TABLE sync_waiting_bundle (id TEXT PRIMARY KEY, name TEXT NOT NULL, data BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE sync_file (name TEXT PRIMARY KEY, stamp TEXT NOT NULL, outcome TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sync_applied_bundle (device TEXT NOT NULL, first_seq INTEGER NOT NULL, last_seq INTEGER NOT NULL,
    hash TEXT NOT NULL, PRIMARY KEY (device, first_seq, last_seq, hash)) WITHOUT ROWID;
INSERT OR IGNORE INTO sync_applied_bundle (device, first_seq, last_seq, hash)
    SELECT device, first_seq, last_seq, '' FROM sync_seen_bundle;
DROP TABLE sync_seen_bundle;
ALTER TABLE sync_applied_bundle RENAME TO sync_seen_bundle;
ALTER TABLE sync_quarantine ADD COLUMN stamp TEXT NOT NULL DEFAULT '';
)sql";

// Version 8: revocation that every laptop applies alike, whatever order it reads bundles in. The
// planner's signed roster change names the last version of the device's it accepted (a device's
// versions grow with its sequence numbers); a laptop that had applied later ones undoes them (see
// Revocation). Each applied bundle remembers its last version so a planner can name the cut-off,
// and a settled conflict which writes settled it, so undoing a write can open its losers again.
constexpr const char *Version8 = R"sql(
ALTER TABLE team_device ADD COLUMN revoked_after_lamport INTEGER NOT NULL DEFAULT -1;
ALTER TABLE sync_seen_bundle ADD COLUMN last_lamport INTEGER;
CREATE TABLE sync_revocation_enforced (device TEXT PRIMARY KEY, lamport INTEGER NOT NULL) WITHOUT ROWID;
ALTER TABLE conflict ADD COLUMN settled_by TEXT NOT NULL DEFAULT '';
)sql";

// Version 9: FSIII assessments. An assessment, its conditions and its follow-ups are clinical
// records: synced as a union and append-only (the triggers come from Schema's declaration); a
// correction is a new assessment naming the one it supersedes. assessed_at is the moment an
// assessment describes, which a correction keeps, so a chart does not move a corrected point to the
// day of the correction. No CHECK constraints on the synced tables: a row a newer Kvarter wrote must
// never stop a merge; the rules live in core (AssessmentValidator).
// assessment_draft is this laptop's own: the form a person is filling in, kept as they type and
// never shipped; saving the assessment removes it.
constexpr const char *Version9 = R"sql(
CREATE TABLE assessment (
    id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL REFERENCES citizen(id),
    author_id TEXT NOT NULL REFERENCES employee(id), made_at INTEGER NOT NULL, assessed_at INTEGER NOT NULL,
    wishes TEXT NOT NULL DEFAULT '', overall TEXT NOT NULL DEFAULT '', supersedes_id TEXT REFERENCES assessment(id),
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX assessment_by_citizen ON assessment(citizen_id, assessed_at);
CREATE INDEX assessment_by_supersedes ON assessment(supersedes_id);
CREATE TABLE assessment_condition (
    id TEXT PRIMARY KEY, assessment_id TEXT NOT NULL REFERENCES assessment(id), code TEXT NOT NULL,
    level INTEGER, nursing TEXT, performance TEXT, meaning TEXT, goal_level INTEGER, goal_type TEXT,
    note TEXT NOT NULL DEFAULT '',
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX condition_by_assessment ON assessment_condition(assessment_id);
CREATE TABLE assessment_followup (
    id TEXT PRIMARY KEY, assessment_id TEXT NOT NULL REFERENCES assessment(id),
    condition_code TEXT, grant_id TEXT REFERENCES care_grant(id), outcome TEXT NOT NULL, note TEXT NOT NULL DEFAULT '',
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX followup_by_assessment ON assessment_followup(assessment_id);
CREATE TABLE assessment_draft (
    citizen_id TEXT NOT NULL, author_id TEXT NOT NULL, saved_at INTEGER NOT NULL, content TEXT NOT NULL,
    PRIMARY KEY (citizen_id, author_id)) WITHOUT ROWID;
)sql";

// Version 10: near-visitation. Delegated frames (frame_rule: per team, role and service, how far a
// decision may go) and the team's economic frame (team_budget) are versioned by adding rows: the
// newest row of a key (Lamport order) is in force, and a decision names the row it was checked
// against, so a later edit never changes what a past decision was. Decisions and complaints are
// legal records: append-only, a correction is a new row naming the one it corrects. A grant under
// Ældreloven is a course with a level instead of minutes. An assessment is referred to by its id
// only (no foreign key: a decision may sync before the assessment it names). A decision keeps the facts its letter was made from
// (letter_facts) and the letter's hash, so the letter can be made again and checked.
constexpr const char *Version10 = R"sql(
ALTER TABLE care_grant ADD COLUMN course_level INTEGER;
CREATE TABLE frame_rule (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES team(id), role TEXT NOT NULL,
    service_code TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('minutes', 'course')),
    max_minutes INTEGER, max_level INTEGER, max_weeks INTEGER NOT NULL DEFAULT 0,
    actions TEXT NOT NULL, active INTEGER NOT NULL DEFAULT 1, supersedes_id TEXT,
    edited_by TEXT NOT NULL, edited_at INTEGER NOT NULL,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX frame_rule_by_key ON frame_rule(team_id, role, service_code);
CREATE TABLE team_budget (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL REFERENCES team(id), hours_per_week REAL NOT NULL,
    supersedes_id TEXT, edited_by TEXT NOT NULL, edited_at INTEGER NOT NULL,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX team_budget_by_team ON team_budget(team_id);
CREATE TABLE decision (
    id TEXT PRIMARY KEY, case_number TEXT NOT NULL, citizen_id TEXT NOT NULL REFERENCES citizen(id),
    team_id TEXT NOT NULL, grant_id TEXT NOT NULL, assessment_id TEXT,
    change TEXT NOT NULL CHECK (change IN ('new', 'change', 'end')),
    action TEXT NOT NULL CHECK (action IN ('grant', 'increase', 'reduce', 'end')),
    service_code TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('minutes', 'course')),
    minutes_per_week INTEGER, course_level INTEGER, previous_minutes INTEGER, previous_level INTEGER,
    requested_minutes INTEGER, requested_level INTEGER, citizen_agrees INTEGER NOT NULL DEFAULT 0,
    valid_from TEXT NOT NULL, follow_up TEXT, application TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL CHECK (outcome IN ('decided', 'escalated', 'refused')),
    frame_rule_id TEXT, frame_note TEXT NOT NULL DEFAULT '', escalated_to TEXT, answers_id TEXT,
    base_decision_id TEXT, corrects_id TEXT,
    justification TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', heard_at INTEGER, heard_how TEXT,
    decided_by TEXT NOT NULL, decided_at INTEGER NOT NULL, letter_facts TEXT, letter_hash TEXT,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX decision_by_citizen ON decision(citizen_id, decided_at);
CREATE INDEX decision_by_grant ON decision(grant_id);
CREATE INDEX decision_by_outcome ON decision(outcome, answers_id);
CREATE TABLE complaint (
    id TEXT PRIMARY KEY, decision_id TEXT NOT NULL, citizen_id TEXT NOT NULL REFERENCES citizen(id),
    received_on TEXT NOT NULL, channel TEXT NOT NULL, reassess_by TEXT NOT NULL, corrects_id TEXT,
    registered_by TEXT NOT NULL, registered_at INTEGER NOT NULL,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX complaint_by_decision ON complaint(decision_id);
CREATE TABLE complaint_outcome (
    id TEXT PRIMARY KEY, complaint_id TEXT NOT NULL, outcome TEXT NOT NULL CHECK (outcome IN ('upheld', 'changed')),
    new_decision_id TEXT, note TEXT NOT NULL DEFAULT '', decided_on TEXT NOT NULL,
    recorded_by TEXT NOT NULL, recorded_at INTEGER NOT NULL,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX complaint_outcome_by_complaint ON complaint_outcome(complaint_id);
)sql";

// Version 11: privacy (Sundhedsloven §42a: a record is looked up only as far as care needs it, and
// every lookup is logged). access_log and access_grant (break the glass) are synced and append-only:
// a log nobody can edit or turn off, the same on every laptop. local_pin is this laptop's alone and
// never shipped: an employee's PIN (an Argon2id hash) and the wrong tries counted against it.
// local_purge remembers what this laptop removed once a citizen had left the team, without keeping
// anything about the citizen but the id. An employee's birth date lets core refuse it as a PIN; a
// citizen's leaving (the day and why: moved, died, ended) starts the retention period after which
// laptops remove the citizen's data.
constexpr const char *Version11 = R"sql(
ALTER TABLE employee ADD COLUMN birth_date TEXT NOT NULL DEFAULT '';
ALTER TABLE citizen ADD COLUMN left_on TEXT;
ALTER TABLE citizen ADD COLUMN left_reason TEXT;
CREATE TABLE access_log (
    id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL, employee_id TEXT NOT NULL, team_id TEXT NOT NULL DEFAULT '',
    opened_at INTEGER NOT NULL, part TEXT NOT NULL, context TEXT NOT NULL, grant_id TEXT,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX access_log_by_citizen ON access_log(citizen_id, opened_at);
CREATE INDEX access_log_by_time ON access_log(opened_at);
CREATE TABLE access_grant (
    id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL, employee_id TEXT NOT NULL, reason TEXT NOT NULL,
    granted_at INTEGER NOT NULL, expires_at INTEGER NOT NULL,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX access_grant_by_employee ON access_grant(employee_id, citizen_id, expires_at);
CREATE TABLE local_pin (
    employee_id TEXT PRIMARY KEY, hash TEXT NOT NULL, set_at INTEGER NOT NULL,
    failed_tries INTEGER NOT NULL DEFAULT 0, not_before INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE local_purge (
    citizen_id TEXT NOT NULL, purged_at INTEGER NOT NULL, reason TEXT NOT NULL, rows INTEGER NOT NULL);
)sql";

// Version 12: early detection (tidlig opsporing). A change in need (ændringsskema), a triage decision
// (green / yellow / red), a daily follow-up of a yellow citizen, a follow-up task and its completion
// are records of care: synced as a union and append-only, so two laptops that triage apart keep both
// decisions and agree on the colour in force (the latest decided, then the later write; TriageService).
// A decision keeps the deadlines worked out when it was made (the board meeting, the due time), so a
// later change of the team's meeting time never moves a past deadline. A task's completion is its
// own row: the first (done_at, id) counts, a second one made apart stays as history. The team's
// board meeting time is a team setting (LWW like the team's name): minutes after midnight in the
// team's zone and the weekdays it is held (1 = Monday).
constexpr const char *Version12 = R"sql(
ALTER TABLE team ADD COLUMN board_meeting_minute INTEGER NOT NULL DEFAULT 750;
ALTER TABLE team ADD COLUMN board_meeting_days TEXT NOT NULL DEFAULT '12345';
CREATE TABLE change_report (
    id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL REFERENCES citizen(id), team_id TEXT NOT NULL DEFAULT '',
    visit_id TEXT, items TEXT NOT NULL, fall_comment TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
    suggested_colour TEXT, look_by TEXT NOT NULL DEFAULT '', reported_by TEXT NOT NULL, reported_at INTEGER NOT NULL,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX change_report_by_citizen ON change_report(citizen_id, reported_at);
CREATE INDEX change_report_by_team ON change_report(team_id, reported_at);
CREATE TABLE triage_decision (
    id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL REFERENCES citizen(id), team_id TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL, previous_colour TEXT NOT NULL, reason TEXT NOT NULL, report_id TEXT,
    decided_by TEXT NOT NULL, decided_at INTEGER NOT NULL, meeting_at INTEGER, due_at INTEGER,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX triage_decision_by_citizen ON triage_decision(citizen_id, decided_at, _lam);
CREATE TABLE triage_followup (
    id TEXT PRIMARY KEY, citizen_id TEXT NOT NULL REFERENCES citizen(id), decision_id TEXT NOT NULL,
    done_by TEXT NOT NULL, done_at INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '',
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX triage_followup_by_decision ON triage_followup(decision_id, done_at);
CREATE INDEX triage_followup_by_citizen ON triage_followup(citizen_id);
CREATE TABLE task (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL, citizen_id TEXT REFERENCES citizen(id), kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '', due_at INTEGER NOT NULL, assignee_id TEXT, assignee_role TEXT,
    source TEXT NOT NULL, source_id TEXT, created_by TEXT NOT NULL, created_at INTEGER NOT NULL,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX task_by_assignee ON task(assignee_id, due_at);
CREATE INDEX task_by_role ON task(team_id, assignee_role, due_at);
CREATE INDEX task_by_source ON task(source_id);
CREATE INDEX task_by_citizen ON task(citizen_id);
CREATE TABLE task_done (
    id TEXT PRIMARY KEY, task_id TEXT NOT NULL, done_by TEXT NOT NULL, done_at INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX task_done_by_task ON task_done(task_id, done_at);
)sql";

// Version 13: the team meeting's minutes, kept in the team's record. A meeting row says who took part
// (employee ids, comma-separated); a meeting_item is what was decided about one citizen, with the
// follow-up task it made. Both are synced as a union and append-only: two laptops that write minutes
// of the same meeting apart keep every row, and the minutes of a date are all rows of that date.
constexpr const char *Version13 = R"sql(
CREATE TABLE meeting (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL, meeting_date TEXT NOT NULL, participants TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL, recorded_at INTEGER NOT NULL,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX meeting_by_team ON meeting(team_id, meeting_date);
CREATE TABLE meeting_item (
    id TEXT PRIMARY KEY, team_id TEXT NOT NULL, meeting_date TEXT NOT NULL, citizen_id TEXT NOT NULL REFERENCES citizen(id),
    decision TEXT NOT NULL, task_id TEXT, written_by TEXT NOT NULL, written_at INTEGER NOT NULL,
    _hlc INTEGER NOT NULL DEFAULT 0, _dev TEXT NOT NULL DEFAULT '', _lam INTEGER);
CREATE INDEX meeting_item_by_team ON meeting_item(team_id, meeting_date);
CREATE INDEX meeting_item_by_citizen ON meeting_item(citizen_id);
)sql";

QList<QByteArray> builtInSteps()
{
    return { Version1,
             Version2,
             Version3,
             Version4,
             Version5,
             Version6,
             QByteArray(Version7Tables) + Schema::appendOnlyTriggers("change_log"),
             Version8,
             Version9,
             Version10,
             Version11,
             Version12,
             Version13 };
}

} // namespace

QList<QByteArray> Migrations::steps() { return builtInSteps(); }
int Migrations::latestVersion() { return Schema::current().latestVersion(); }

void Migrations::migrate(Database &db, const Schema &schema, int target)
{
    const int current = db.userVersion();
    if (current > schema.latestVersion())
        throw Error(QCoreApplication::translate("Kvarter::Migrations",
                                                "The database was made by a newer Kvarter (schema %1; this "
                                                "program knows up to %2). Update Kvarter; nothing has been changed.")
                        .arg(current)
                        .arg(schema.latestVersion()));
    for (int version = current + 1; version <= target; ++version) {
        Transaction tx(db);
        db.exec(schema.step(version));
        // Append-only as declared: a table a step adds gets both triggers in the same transaction.
        for (const SyncedTable &table : schema.syncedTables())
            if (table.merge == MergeKind::AppendOnlyUnion
                && db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + table.name + "'") > 0)
                db.exec(Schema::appendOnlyTriggers(table.name));
        if (version == 1) {
            db.exec(QByteArray("PRAGMA application_id = ") + QByteArray::number(Database::ApplicationId));
            // The device id names this replica in the change log forever after.
            db.setMeta(QStringLiteral("device_id"), Id::create());
        }
        db.exec(QByteArray("PRAGMA user_version = ") + QByteArray::number(version));
        tx.commit();
    }
}

} // namespace Kvarter
