// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DemoChanges.h"

#include "change/ChangeItems.h"
#include "change/TriageRules.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"
#include "task/Task.h"

namespace Kvarter {

namespace {

struct Observation
{
    const char *items;
    const char *note;
};

// What the staff write on the change form, as they would write it.
const Observation Observations[] = {
    { "appetite", "Spiser kun halvdelen af sin mad og har ikke rørt madpakken." },
    { "appetite weight", "Spiser meget lidt, vægten er faldet 2 kg på en måned." },
    { "drinking", "Har drukket under en liter i går, tør i munden." },
    { "drinking tiredness", "Drikker lidt og er meget træt, sov i lænestolen det meste af besøget." },
    { "mobility", "Går mere usikkert end vanligt og holder fast i møblerne." },
    { "fall", "Faldet i hjemmet, se kommentar." },
    { "fall pain", "Faldet, klager over smerter i hoften." },
    { "memory", "Mere forvirret end vanligt, kunne ikke finde rundt i køkkenet." },
    { "memory sleep", "Urolig om natten og forvirret om morgenen." },
    { "mood", "Virker trist og vil ikke op i dag, siger hun ikke orker noget." },
    { "sleep", "Sover dårligt, har været oppe flere gange om natten." },
    { "skin", "Rødme på hælen, der ikke forsvinder ved tryk." },
    { "pain", "Klager over smerter i ryggen, mere end vanligt." },
    { "breathing", "Hoster og er forpustet ved let aktivitet." },
    { "bowel-urine", "Har ikke haft afføring i fire dage." },
    { "bowel-urine dizziness", "Svier ved vandladning og er svimmel, når han rejser sig." },
    { "dizziness", "Svimmel, når hun rejser sig fra stolen." },
    { "medication", "Ny vanddrivende medicin fra egen læge siden mandag." },
    { "medication tiredness", "Ny smertestillende medicin, meget sløv siden." },
    { "home", "Køleskabet er tomt, og der er ikke ryddet op i flere dage." },
    { "seems-different", "Virker anderledes end vanligt, svær at komme i kontakt med." },
    { "seems-different appetite", "Ikke sig selv i dag, ville ikke spise morgenmad." },
};

const QStringList FallComments { QStringLiteral("Fundet siddende på badeværelsesgulvet kl. 7, ikke slået."),
                                 QStringLiteral("Faldt i entréen i går aftes, blåt mærke på hoften."),
                                 QStringLiteral("Gled ud af sengen i nat, kom selv op med hjælp fra nødkald."),
                                 QStringLiteral("Snublede over tæppet i stuen, slog albuen.") };
const QStringList RedReasons { QStringLiteral("Høj feber og forvirret, risiko for indlæggelse."),
                               QStringLiteral("Åndenød i hvile, blålige læber."),
                               QStringLiteral("Faldet og kan ikke støtte på benet."),
                               QStringLiteral("Har hverken spist eller drukket i to døgn.") };
const QStringList YellowFromRed { QStringLiteral("Set af sygeplejerske, feberen er faldet; følges dagligt."),
                                  QStringLiteral("Set af sygeplejerske, egen læge har ordineret antibiotika."),
                                  QStringLiteral("Røntgen uden brud; smertestillende, følges dagligt.") };
const QStringList GreenReasons { QStringLiteral("Tilbage til vanlig tilstand."),
                                 QStringLiteral("Spiser og drikker igen som vanligt."),
                                 QStringLiteral("Infektionen er behandlet, borgeren er som vanligt."),
                                 QStringLiteral("Stabil en uge, handleplanen er afsluttet.") };
const QStringList FollowUps { QStringLiteral("Spiste morgenmad."),    QStringLiteral("Drak tre glas vand under besøget."),
                              QStringLiteral("Bedre humør i dag."),   QStringLiteral("Uændret."),
                              QStringLiteral("Sov bedre i nat."),     QStringLiteral("Gik selv ud i køkkenet."),
                              QStringLiteral("Lidt bedre end i går.") };
const QStringList TaskNotes { QStringLiteral("Handleplan lagt i journalen og aftalt med borgeren."),
                              QStringLiteral("Talt med egen læge, væskeskema startet."),
                              QStringLiteral("Set af sygeplejerske, værdier målt."),
                              QStringLiteral("Aftalt med datteren, som kommer i weekenden.") };

// A moment during the day's visits (07:00–20:59) on `day`.
QDateTime during(const QDate &day, QRandomGenerator &random)
{
    return QDateTime(day, QTime(7 + int(random.bounded(14)), int(random.bounded(60))), Clock::teamZone());
}

} // namespace

DemoChanges::DemoChanges(Store &store, quint32 seed, QDateTime now)
    : m_store(store), m_random(seed ^ 0x54524941u), m_now(std::move(now))
{
}

const QString &DemoChanges::pick(const QStringList &list) { return list.at(qsizetype(m_random.bounded(quint32(list.size())))); }

DemoChanges::Made DemoChanges::make(const QString &teamId, const QDate &first, int meanDays)
{
    Made made;
    Staff staff;
    {
        auto q = m_store.db().query("SELECT id, role FROM employee WHERE team_id = ? AND active = 1 ORDER BY id");
        q->bind(1, teamId);
        while (q->next()) {
            const QString role = q->text(1);
            if (role == QLatin1String("sosu-helper") || role == QLatin1String("sosu-assistant") || role == QLatin1String("nurse"))
                staff.visiting << q->text(0);
            if (role == QLatin1String("sosu-assistant") || role == QLatin1String("nurse"))
                staff.clinical << q->text(0);
            if (role == QLatin1String("nurse"))
                staff.nurses << q->text(0);
        }
    }
    if (staff.visiting.isEmpty() || staff.clinical.isEmpty() || staff.nurses.isEmpty())
        return made;
    QList<std::pair<QString, QString>> citizens;
    {
        auto q = m_store.db().query("SELECT id, coalesce(contact_person_id, '') FROM citizen WHERE team_id = ? ORDER BY id");
        q->bind(1, teamId);
        while (q->next())
            citizens.append({ q->text(0), q->text(1) });
    }
    const QDate today = m_now.toTimeZone(Clock::teamZone()).date();
    for (const auto &[citizen, contact] : citizens) {
        // About one in eight citizens has a change going on now (started in the last four days).
        const bool openNow = m_random.bounded(100) < 12;
        const QDate lastStart = openNow ? today.addDays(-int(m_random.bounded(4))) : today.addDays(-10);
        QDate day = first.addDays(int(m_random.bounded(quint32(meanDays))));
        int n = 0;
        for (; day < lastStart.addDays(-15); day = day.addDays(meanDays / 2 + int(m_random.bounded(quint32(meanDays)))))
            episode(teamId, citizen, contact, staff, during(day, m_random), false, QString::number(n++), made);
        if (openNow) {
            QDateTime start = during(lastStart, m_random);
            if (start >= m_now)
                start = m_now.addSecs(-3600 * (1 + int(m_random.bounded(3))));
            episode(teamId, citizen, contact, staff, start, true, QString::number(n), made);
        }
    }
    return made;
}

void DemoChanges::episode(const QString &teamId, const QString &citizen, const QString &contact, const Staff &staff,
                          const QDateTime &start, bool stillOpen, const QString &key, Made &made)
{
    const QString tag = citizen + QStringLiteral("/change/") + key;
    const bool red = m_random.bounded(100) < 18;
    const QString reporter = pick(staff.visiting);
    const QString reportId = report(teamId, citizen, reporter, start, red ? "red" : "yellow", tag);
    ++made.reports;
    const BoardMeetingSchedule schedule;
    QDateTime at = start;
    if (red) {
        decide(teamId, citizen, reporter, at, "red", "green", pick(RedReasons), reportId, tag + QStringLiteral("/red"), made);
        const QDateTime due = TriageRules::nurseVisitDue(at);
        // The nurse comes within the day, now and then late.
        const QDateTime seen = at.addSecs(3600 * (2 + int(m_random.bounded(m_random.bounded(100) < 12 ? 30 : 20))));
        const QString nurse = pick(staff.nurses);
        const QString task = Id::fromName(tag + QStringLiteral("/red/task"));
        m_store.insert("task", task,
                       { { "team_id", teamId },
                         { "citizen_id", citizen },
                         { "kind", Tasks::kindKey(TaskKind::NurseVisit) },
                         { "title", QString() },
                         { "due_at", due.toSecsSinceEpoch() },
                         { "assignee_id", QVariant() },
                         { "assignee_role", QStringLiteral("nurse") },
                         { "source", QStringLiteral("triage") },
                         { "source_id", Id::fromName(tag + QStringLiteral("/red")) },
                         { "created_by", reporter },
                         { "created_at", at.toSecsSinceEpoch() } });
        ++made.tasks;
        if (seen >= m_now)
            return; // still red now, the visit not yet made
        m_store.insert(
            "task_done", Id::fromName(tag + QStringLiteral("/red/done")),
            { { "task_id", task }, { "done_by", nurse }, { "done_at", seen.toSecsSinceEpoch() }, { "note", pick(TaskNotes) } });
        at = seen.addSecs(3600 * (12 + int(m_random.bounded(48))));
        if (at >= m_now)
            return;
        decide(teamId, citizen, nurse, at, "yellow", "red", pick(YellowFromRed), {}, tag + QStringLiteral("/yellow"), made);
    } else {
        decide(teamId, citizen, reporter, at, "yellow", "green", QString(), reportId, tag + QStringLiteral("/yellow"), made);
    }
    // Yellow: the board meeting, action instructions within 48 h of it, a follow-up every day.
    const QDateTime meeting = schedule.nextAfter(at);
    const QString assignee = contact.isEmpty() ? pick(staff.nurses) : contact;
    const QString task = Id::fromName(tag + QStringLiteral("/yellow/task"));
    const QString yellowId = Id::fromName(tag + QStringLiteral("/yellow"));
    m_store.insert("task", task,
                   { { "team_id", teamId },
                     { "citizen_id", citizen },
                     { "kind", Tasks::kindKey(TaskKind::ActionInstructions) },
                     { "title", QString() },
                     { "due_at", TriageRules::actionInstructionsDue(meeting).toSecsSinceEpoch() },
                     { "assignee_id", assignee },
                     { "assignee_role", QVariant() },
                     { "source", QStringLiteral("triage") },
                     { "source_id", yellowId },
                     { "created_by", reporter },
                     { "created_at", at.toSecsSinceEpoch() } });
    ++made.tasks;
    const QDateTime instructed = meeting.addSecs(3600 * (1 + int(m_random.bounded(m_random.bounded(100) < 10 ? 70 : 40))));
    if (instructed < m_now)
        m_store.insert("task_done", Id::fromName(tag + QStringLiteral("/yellow/done")),
                       { { "task_id", task },
                         { "done_by", assignee },
                         { "done_at", instructed.toSecsSinceEpoch() },
                         { "note", pick(TaskNotes) } });
    const int days = 2 + int(m_random.bounded(7));
    const QDate firstDay = at.toTimeZone(Clock::teamZone()).date();
    for (int d = 1; d <= days; ++d) {
        if (m_random.bounded(100) < 8)
            continue; // a busy day without the follow-up
        const QDateTime tick = during(firstDay.addDays(d), m_random);
        if (tick >= m_now)
            return;
        m_store.insert("triage_followup", Id::fromName(tag + QStringLiteral("/followup/%1").arg(d)),
                       { { "citizen_id", citizen },
                         { "decision_id", yellowId },
                         { "done_by", pick(staff.visiting) },
                         { "done_at", tick.toSecsSinceEpoch() },
                         { "note", pick(FollowUps) } });
    }
    const QDateTime back = during(firstDay.addDays(days + 1), m_random);
    if (stillOpen || back >= m_now)
        return;
    decide(teamId, citizen, pick(staff.clinical), back, "green", "yellow", pick(GreenReasons), {}, tag + QStringLiteral("/green"),
           made);
}

QString DemoChanges::report(const QString &teamId, const QString &citizen, const QString &by, const QDateTime &at,
                            const char *colour, const QString &key)
{
    const Observation &o = Observations[m_random.bounded(quint32(std::size(Observations)))];
    const QString items = QString::fromLatin1(o.items);
    const QString id = Id::fromName(key + QStringLiteral("/report"));
    // Most observers suggest a colour; some leave it to the nurse.
    const bool suggests = m_random.bounded(100) < 85;
    m_store.insert("change_report", id,
                   { { "citizen_id", citizen },
                     { "team_id", teamId },
                     { "visit_id", QVariant() },
                     { "items", items },
                     { "fall_comment", items.contains(QLatin1String("fall")) ? pick(FallComments) : QString() },
                     { "note", QString::fromUtf8(o.note) },
                     { "suggested_colour", suggests ? QVariant(QString::fromLatin1(colour)) : QVariant() },
                     { "look_by", m_random.bounded(100) < 60 ? QStringLiteral("nurse") : QString() },
                     { "reported_by", by },
                     { "reported_at", at.toSecsSinceEpoch() } });
    return id;
}

QString DemoChanges::decide(const QString &teamId, const QString &citizen, const QString &by, const QDateTime &at,
                            const char *colour, const char *previous, const QString &reason, const QString &reportId,
                            const QString &key, Made &made)
{
    const QString id = Id::fromName(key);
    const QString c = QString::fromLatin1(colour);
    QVariant meeting, due;
    if (c == QLatin1String("yellow")) {
        const QDateTime m = BoardMeetingSchedule().nextAfter(at);
        meeting = m.toSecsSinceEpoch();
        due = TriageRules::actionInstructionsDue(m).toSecsSinceEpoch();
    } else if (c == QLatin1String("red")) {
        due = TriageRules::nurseVisitDue(at).toSecsSinceEpoch();
    }
    QString why = reason;
    if (why.isEmpty()) // the observer's own words, as ChangeService does
        why = m_store.db().textFor("SELECT note FROM change_report WHERE id = ?", reportId);
    m_store.insert("triage_decision", id,
                   { { "citizen_id", citizen },
                     { "team_id", teamId },
                     { "colour", c },
                     { "previous_colour", QString::fromLatin1(previous) },
                     { "reason", why },
                     { "report_id", reportId.isEmpty() ? QVariant() : QVariant(reportId) },
                     { "decided_by", by },
                     { "decided_at", at.toSecsSinceEpoch() },
                     { "meeting_at", meeting },
                     { "due_at", due } });
    ++made.decisions;
    return id;
}

} // namespace Kvarter
