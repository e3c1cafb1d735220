// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "DemoGenerator.h"

#include "access/PinVault.h"

#include "access/SignIn.h"

#include "DemoAssessments.h"
#include "DemoChanges.h"
#include "WordLists.h"
#include "assessment/FsiiiTerms.h"
#include "catalogue/ServiceCatalogue.h"
#include "citizen/CitizenService.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "frame/EconomicFrameService.h"
#include "frame/FrameService.h"
#include "grant/GrantService.h"
#include "store/Store.h"
#include "team/TeamService.h"
#include "visit/VisitService.h"

#include <algorithm>
#include <cmath>

namespace Kvarter {

namespace {

const QStringList TeamNames { QStringLiteral("Team Tåsinge"), QStringLiteral("Team Thurø"), QStringLiteral("Team Egense"),
                              QStringLiteral("Team Skårup"), QStringLiteral("Team Stenstrup") };

// A team of twelve: who does what (Buurtzorg-sized, with the section's visitator attached).
const QList<Role> TeamRoles { Role::TeamLeader, Role::Planner,       Role::Visitator,     Role::Nurse,
                              Role::Nurse,      Role::SosuAssistant, Role::SosuAssistant, Role::SosuAssistant,
                              Role::SosuHelper, Role::SosuHelper,    Role::SosuHelper,    Role::Therapist };

const QStringList Relations { QStringLiteral("Datter"),    QStringLiteral("Søn"),  QStringLiteral("Ægtefælle"),
                              QStringLiteral("Barnebarn"), QStringLiteral("Nabo"), QStringLiteral("Ven"),
                              QStringLiteral("Niece") };

// When in the day a citizen wants help (minutes after midnight): morning, lunch, afternoon, evening.
constexpr int Slots[] = { 7 * 60 + 15, 11 * 60 + 30, 15 * 60, 19 * 60 };

struct GrantTemplate
{
    const char *code;
    int minMinutes; // per week
    int maxMinutes;
};
const GrantTemplate CareGrants[] = { { "H1.1", 70, 280 }, { "H1.2", 35, 140 }, { "H1.3", 35, 210 },
                                     { "H1.8", 15, 30 },  { "H1.7", 15, 30 },  { "H1.6", 35, 105 } };
const GrantTemplate NursingGrants[] = { { "G1.21", 15, 30 }, { "G1.39", 40, 120 }, { "G1.20", 35, 70 }, { "G1.19", 30, 60 } };

} // namespace

struct DemoGenerator::TeamData
{
    QString id;
    QList<Employee> staff;
    QList<int> visiting; // indices into staff of those who make visits
    struct Person
    {
        QString id;
        int visitsPerDay = 1;
        int minutes = 20;
        QStringList services;
        QList<int> group; // the few staff who mostly visit this citizen (continuity)
    };
    QList<Person> citizens;
};

std::optional<DemoGenerator::Scale> DemoGenerator::scaleFromName(const QString &name)
{
    if (name == QLatin1String("team"))
        return Scale::Team;
    if (name == QLatin1String("section"))
        return Scale::Section;
    return std::nullopt;
}

DemoGenerator::DemoGenerator(Store &store, const ServiceCatalogue &catalogue, quint32 seed)
    : m_store(store), m_catalogue(catalogue), m_random(seed), m_seed(seed), m_today(store.clock().today())
{
}

DemoSummary DemoGenerator::generate(Scale scale, const Progress &progress)
{
    const int teams = scale == Scale::Team ? 1 : 5;
    const int citizensPerTeam = scale == Scale::Team ? 50 : 60;
    const QDate first = scale == Scale::Team ? m_today.addDays(-60) : m_today.addYears(-3).addDays(30);
    const QDate last = m_today.addDays(29);

    DemoSummary summary;
    QList<TeamData> data;
    m_store.write([&] {
        for (int t = 0; t < teams; ++t)
            data << makeTeam(t, int(TeamRoles.size()), citizensPerTeam);
    });
    // FSIII assessments of most citizens, so the citizen page and the benches have histories.
    m_store.write([&] {
        for (qsizetype t = 0; t < data.size(); ++t) {
            QStringList citizens, assessors;
            for (const TeamData::Person &person : data[t].citizens)
                citizens << person.id;
            for (const Employee &e : data[t].staff)
                if (e.role == Role::Nurse || e.role == Role::SosuAssistant || e.role == Role::Therapist)
                    assessors << e.id;
            summary.assessments +=
                DemoAssessments(m_store, FsiiiTerms::standard(), m_seed * 31u + quint32(t), m_today).make(citizens, assessors);
        }
    });
    // Changes in need and their triage over the whole period (three years for a section), so the
    // board, a citizen's history and the benches have them.
    m_store.write([&] {
        for (qsizetype t = 0; t < data.size(); ++t) {
            const DemoChanges::Made made = DemoChanges(m_store, m_seed * 37u + quint32(t), m_store.clock().now())
                                               .make(data[t].id, first, scale == Scale::Team ? 40 : 75);
            summary.changeReports += made.reports;
            summary.triageDecisions += made.decisions;
        }
    });
    QStringList staff;
    for (const TeamData &team : data)
        for (const Employee &e : team.staff)
            staff << e.id;
    PinVault(m_store).assignForDemo(staff, m_pin);
    summary.teams = teams;
    summary.employees = teams * int(TeamRoles.size());
    summary.citizens = teams * citizensPerTeam;

    const qint64 totalDays = first.daysTo(last) + 1;
    qint64 done = 0;
    // One transaction per week keeps the WAL small and lets a cancel keep whole weeks.
    for (QDate weekStart = first; weekStart <= last; weekStart = weekStart.addDays(7)) {
        m_store.write([&] {
            for (QDate day = weekStart; day <= last && day < weekStart.addDays(7); day = day.addDays(1)) {
                for (TeamData &team : data)
                    summary.visits += makeDay(team, day, summary.notes);
                ++done;
            }
        });
        if (progress && !progress(int(done * 100 / totalDays)))
            break;
    }
    return summary;
}

DemoGenerator::TeamData DemoGenerator::makeTeam(int teamIndex, int staff, int citizens)
{
    const WordLists &words = WordLists::standard();
    TeamData team;
    team.id = Id::fromName(QStringLiteral("team/%1/%2").arg(m_seed).arg(teamIndex));
    TeamService(m_store).createTeam({ team.id, TeamNames.at(teamIndex % TeamNames.size()), QStringLiteral("Svendborg Kommune") });
    for (int i = 0; i < staff; ++i) {
        Employee e;
        e.id = Id::fromName(QStringLiteral("employee/%1/%2/%3").arg(m_seed).arg(teamIndex).arg(i));
        e.teamId = team.id;
        const bool female = m_random.bounded(100) < 80;
        const QString first = WordLists::pick(female ? words.femaleNames : words.maleNames, m_random);
        const QString last = WordLists::pick(words.surnames, m_random);
        e.name = first + QLatin1Char(' ') + last;
        e.initials = first.left(2) + last.left(1);
        e.role = TeamRoles.at(i % TeamRoles.size());
        // From the id, not m_random, so adding birth dates left the rest of the demo as it was.
        e.birthDate = QDate(1960, 1, 1).addDays(qint64(qHash(e.id) % (40 * 365)));
        e.phone =
            QStringLiteral("62 %1 %2 %3").arg(20 + teamIndex).arg(10 + i, 2, 10, QLatin1Char('0')).arg(m_random.bounded(10, 99));
        TeamService(m_store).addEmployee(e);
        if (Roles::makesVisits(e.role))
            team.visiting << i;
        team.staff << e;
    }
    for (int c = 0; c < citizens; ++c)
        makeCitizen(team, c);
    makeFrames(team);
    return team;
}

void DemoGenerator::makeFrames(const TeamData &team)
{
    // The team leader (staff 0) sets the delegated frames: the trained staff decide everyday
    // personal care, practical help and light courses; the planner, with delegated visitation
    // competence (Kolding, Svendborg), goes further; nurses also decide nursing up to a limit.
    const Actor leader = SignIn::unattended(m_store, team.staff.at(0).id);
    FrameService frames(m_store, m_catalogue, leader);
    struct Default
    {
        Role role;
        const char *code;
        int max;
        int weeks;
    };
    const Default defaults[] = {
        { Role::Nurse, "83_stk_1_nr_1_Personlig_hjaelp_og_pleje", 180, 26 },
        { Role::Nurse, "83_stk_1_nr_2_Praktisk_hjaelp_i_hjemmet", 90, 26 },
        { Role::Nurse, "Personlig_hjaelp_og_pleje", 2, 26 },
        { Role::Nurse, "Praktisk_hjaelp_i_hjemmet", 2, 26 },
        { Role::Nurse, "G1", 120, 12 },
        { Role::SosuAssistant, "83_stk_1_nr_1_Personlig_hjaelp_og_pleje", 180, 26 },
        { Role::SosuAssistant, "83_stk_1_nr_2_Praktisk_hjaelp_i_hjemmet", 90, 26 },
        { Role::SosuAssistant, "Personlig_hjaelp_og_pleje", 2, 26 },
        { Role::SosuAssistant, "Praktisk_hjaelp_i_hjemmet", 2, 26 },
        { Role::Therapist, "83_stk_1_nr_1_Personlig_hjaelp_og_pleje", 120, 12 },
        { Role::Planner, "83_stk_1_nr_1_Personlig_hjaelp_og_pleje", 300, 52 },
        { Role::Planner, "83_stk_1_nr_2_Praktisk_hjaelp_i_hjemmet", 150, 52 },
        { Role::Planner, "Personlig_hjaelp_og_pleje", 3, 52 },
        { Role::Planner, "Praktisk_hjaelp_i_hjemmet", 3, 52 },
    };
    for (const Default &d : defaults) {
        FrameRule rule;
        rule.id = Id::fromName(team.id + QStringLiteral("/frame/%1/%2").arg(Roles::key(d.role), QLatin1String(d.code)));
        rule.teamId = team.id;
        rule.role = d.role;
        rule.serviceCode = QString::fromLatin1(d.code);
        rule.maxMinutesPerWeek = d.max; // the service decides which of the two counts
        rule.maxCourseLevel = d.max;
        rule.maxWeeks = d.weeks;
        frames.setRule(rule);
    }
    // The economic frame: what the team's grants use today, with a tenth to spare, in whole hours.
    EconomicFrameService economy(m_store, leader);
    const double used = economy.figure(team.id, m_today).usedHoursPerWeek;
    economy.setHoursPerWeek(team.id, std::ceil(used * 1.1), Id::fromName(team.id + QStringLiteral("/budget")));
}

void DemoGenerator::makeCitizen(TeamData &team, int index)
{
    const WordLists &words = WordLists::standard();
    const Actor planner = SignIn::unattended(m_store, team.staff.at(1).id);
    Citizen c;
    c.id = Id::fromName(QStringLiteral("citizen/%1/%2/%3").arg(m_seed).arg(team.id).arg(index));
    c.teamId = team.id;
    const bool female = m_random.bounded(100) < 62;
    c.name = WordLists::pick(female ? words.femaleNames : words.maleNames, m_random) + QLatin1Char(' ')
        + WordLists::pick(words.surnames, m_random);
    const QDate born = m_today.addYears(-65 - int(m_random.bounded(33))).addDays(-int(m_random.bounded(365)));
    do {
        // 7th digit 0–3 means born 1900–1999; the last digit is odd for men, even for women.
        const int serial =
            int(m_random.bounded(4)) * 1000 + int(m_random.bounded(100)) * 10 + int(m_random.bounded(5)) * 2 + (female ? 0 : 1);
        c.cpr = born.toString(QStringLiteral("ddMMyy")) + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
    } while (m_usedCprs.contains(c.cpr));
    m_usedCprs.insert(c.cpr);
    const QString town = WordLists::pick(words.towns, m_random);
    c.address = WordLists::pick(words.streets, m_random) + QLatin1Char(' ') + QString::number(m_random.bounded(1, 120));
    c.postcode = town.left(4);
    c.city = town.mid(5);
    c.phone = QStringLiteral("%1 %2 %3 %4")
                  .arg(m_random.bounded(20, 99))
                  .arg(m_random.bounded(10, 99))
                  .arg(m_random.bounded(10, 99))
                  .arg(m_random.bounded(10, 99));

    TeamData::Person person;
    person.id = c.id;
    QList<int> pool = team.visiting;
    for (int g = 0; g < 3 && !pool.isEmpty(); ++g)
        person.group << pool.takeAt(qsizetype(m_random.bounded(quint32(pool.size()))));
    c.contactPersonId = team.staff.at(person.group.first()).id;
    c.visitatorId = team.staff.at(2).id; // one fixed visitator per citizen: the team's
    CitizenService citizens(m_store, planner);
    citizens.add(c);

    const int relatives = int(m_random.bounded(4));
    for (int r = 0; r < relatives; ++r) {
        Relative rel;
        rel.id = Id::fromName(c.id + QStringLiteral("/relative/%1").arg(r));
        rel.citizenId = c.id;
        rel.name = WordLists::pick(m_random.bounded(2) ? words.femaleNames : words.maleNames, m_random) + QLatin1Char(' ')
            + WordLists::pick(words.surnames, m_random);
        rel.relation = WordLists::pick(Relations, m_random);
        rel.phone = QStringLiteral("%1%2%3%4")
                        .arg(m_random.bounded(20, 99))
                        .arg(m_random.bounded(10, 99))
                        .arg(m_random.bounded(10, 99))
                        .arg(m_random.bounded(10, 99));
        rel.isPrimary = r == 0;
        rel.mayInform = r == 0 || m_random.bounded(2);
        citizens.addRelative(rel);
    }

    GrantService grants(m_store, m_catalogue, planner);
    const QDate from = m_today.addYears(-3).addDays(-int(m_random.bounded(200)));
    const auto grant = [&](const QString &code, Grant::Kind kind, int minutes, int n) {
        Grant g;
        g.id = Id::fromName(c.id + QStringLiteral("/grant/%1").arg(n));
        g.citizenId = c.id;
        g.serviceCode = code;
        g.kind = kind;
        g.minutesPerWeek = minutes;
        g.courseLevel = kind == Grant::Kind::Course ? 1 + index % 3 : 0; // no random draw: the rest stays as it was
        g.validFrom = from;
        grants.add(g);
        person.services << code;
    };
    int n = 0;
    if (m_random.bounded(100) < 30) { // since Ældreloven: a holistic course instead of minutes
        grant(QStringLiteral("Personlig_hjaelp_og_pleje"), Grant::Kind::Course, 0, n++);
    } else {
        const int care = 1 + int(m_random.bounded(3));
        for (int i = 0; i < care; ++i) {
            const GrantTemplate &t = CareGrants[(index + i) % std::size(CareGrants)];
            grant(QString::fromLatin1(t.code), Grant::Kind::MinutesPerWeek,
                  t.minMinutes + int(m_random.bounded(quint32(t.maxMinutes - t.minMinutes + 1))), n++);
        }
    }
    if (m_random.bounded(100) < 40) {
        const GrantTemplate &t = NursingGrants[m_random.bounded(quint32(std::size(NursingGrants)))];
        grant(QString::fromLatin1(t.code), Grant::Kind::MinutesPerWeek, t.minMinutes, n++);
    }
    person.visitsPerDay = 1 + int(m_random.bounded(100) < 70) + int(m_random.bounded(100) < 65) + int(m_random.bounded(100) < 45);
    person.minutes = 10 + 5 * int(m_random.bounded(6));
    team.citizens << person;
}

qint64 DemoGenerator::makeDay(TeamData &team, const QDate &day, qint64 &notes)
{
    struct Wanted
    {
        int person;
        int minute;
    };
    QList<Wanted> wanted;
    for (int p = 0; p < team.citizens.size(); ++p) {
        const int perDay = team.citizens[p].visitsPerDay;
        for (int s = 0; s < perDay; ++s)
            wanted << Wanted { p, Slots[s] + int(m_random.bounded(6)) * 5 };
    }
    std::sort(wanted.begin(), wanted.end(),
              [](const Wanted &a, const Wanted &b) { return a.minute != b.minute ? a.minute < b.minute : a.person < b.person; });

    // Route each visit to whichever of the citizen's group is free first, as a planner would.
    QHash<int, int> freeAt;
    const QDateTime now = m_store.clock().now();
    const Actor planner = SignIn::unattended(m_store, team.staff.at(1).id);
    VisitService visits(m_store, planner);
    const WordLists &words = WordLists::standard();
    qint64 made = 0;
    for (const Wanted &w : wanted) {
        const TeamData::Person &person = team.citizens[w.person];
        int chosen = person.group.first();
        if (m_random.bounded(100) < 4)
            chosen = team.visiting.at(qsizetype(m_random.bounded(quint32(team.visiting.size()))));
        else
            for (int candidate : person.group)
                if (freeAt.value(candidate) < freeAt.value(chosen))
                    chosen = candidate;
        const int start = std::max(w.minute, freeAt.value(chosen) + 5) / 5 * 5;
        freeAt[chosen] = start + person.minutes;

        Visit v;
        v.id =
            Id::fromName(person.id + QLatin1Char('/') + day.toString(Qt::ISODate) + QLatin1Char('/') + QString::number(w.minute));
        v.citizenId = person.id;
        v.start = QDateTime(day, QTime(start / 60, start % 60), Clock::teamZone());
        v.minutes = person.minutes;
        v.services = { person.services.at(qsizetype(m_random.bounded(quint32(person.services.size())))) };
        const bool future = v.end() > now;
        if (!(future && m_random.bounded(100) < 4)) // a few upcoming visits wait for the planner
            v.employeeId = team.staff.at(chosen).id;
        if (!future) {
            const int roll = int(m_random.bounded(100));
            v.status = roll < 95 ? VisitStatus::Done : roll < 98 ? VisitStatus::NotHome : VisitStatus::Cancelled;
        }
        visits.add(v);
        ++made;
        if (v.status == VisitStatus::Done && !v.employeeId.isEmpty() && m_random.bounded(100) < 6) {
            m_store.insert("visit_note", Id::fromName(v.id + QStringLiteral("/note")),
                           { { "citizen_id", v.citizenId },
                             { "visit_id", v.id },
                             { "author_id", v.employeeId },
                             { "written_at", v.end().toSecsSinceEpoch() },
                             { "text", WordLists::pick(words.noteTexts, m_random) },
                             { "corrects_id", QVariant() } });
            ++notes;
        }
    }
    return made;
}

} // namespace Kvarter
