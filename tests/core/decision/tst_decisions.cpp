// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "decision/ComplaintService.h"
#include "decision/DecisionService.h"
#include "frame/EconomicFrameService.h"
#include "frame/FrameService.h"
#include "grant/GrantService.h"
#include "store/Schema.h"

#include <QTest>

using namespace Kvarter;

namespace {
constexpr auto PersonalCare = "83_stk_1_nr_1_Personlig_hjaelp_og_pleje"; // the group of H1.1–H1.6
constexpr auto Hygiene = "H1.1";
constexpr auto Course = "Personlig_hjaelp_og_pleje"; // Ældrelov helhedspleje
const QString Reason = QStringLiteral("Søren showers alone again since the new bath chair came in October.");
} // namespace

// Near-visitation decisions in core: frames, escalation, the rules of forvaltningsloven, append-only
// records, the economic frame and complaints. Every test starts from a small team with a fixed clock.
class TestDecisions : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> m_fx;
    Test::SmallTeam m_team;
    QString m_leader;
    QString m_nurseFrame;

    Store &store() { return *m_fx->store; }
    Actor as(const QString &id) { return Test::signIn(store(), id); }
    DecisionService decisions(const QString &who) { return DecisionService(store(), ServiceCatalogue::standard(), as(who)); }
    FrameService frames(const QString &who) { return FrameService(store(), ServiceCatalogue::standard(), as(who)); }
    QList<Grant> grants()
    {
        return GrantService(store(), ServiceCatalogue::standard(), as(m_team.nurse)).grantsFor(m_team.citizen);
    }

    QString setFrame(const QString &who, Role role, const char *code, int max)
    {
        FrameRule rule;
        rule.teamId = m_team.team;
        rule.role = role;
        rule.serviceCode = QString::fromLatin1(code);
        rule.maxMinutesPerWeek = max;
        rule.maxCourseLevel = max;
        rule.maxWeeks = 26;
        return frames(who).setRule(rule);
    }
    Proposal minutes(int n, const char *code = Hygiene)
    {
        Proposal p;
        p.citizenId = m_team.citizen;
        p.serviceCode = QString::fromLatin1(code);
        p.minutesPerWeek = n;
        p.assessmentId = QStringLiteral("assessment-1");
        return p;
    }
    Proposal againstWish(Proposal p)
    {
        p.reason = Reason;
        p.justification = QStringLiteral("The assessment shows Søren manages most of his personal hygiene himself.");
        p.heardAt = Test::fixedNow().addDays(-2);
        p.heardHow = QStringLiteral("in-person");
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_fx = std::make_unique<Test::Fixture>();
        m_team = m_fx->makeSmallTeam();
        m_leader = TeamService(store()).addEmployee({ {},
                                                      m_team.team,
                                                      QStringLiteral("Tove Teamleder"),
                                                      QStringLiteral("TT"),
                                                      Role::TeamLeader,
                                                      QStringLiteral("62 21 11 11"),
                                                      true,
                                                      {} });
        m_nurseFrame = setFrame(m_leader, Role::Nurse, PersonalCare, 120);
        setFrame(m_leader, Role::Nurse, Course, 2);
    }

    void insideTheFrameIsDecidedAtOnceAndChangesTheGrant()
    {
        const Decision d = decisions(m_team.nurse).propose(minutes(90));
        QCOMPARE(d.outcome, Decision::Outcome::Decided);
        QCOMPARE(d.frameRuleId, m_nurseFrame);
        QCOMPARE(d.action, FrameAction::Grant);
        QVERIFY(d.escalatedTo.isEmpty());
        const QList<Grant> now = grants();
        QCOMPARE(now.size(), 1);
        QCOMPARE(now.first().id, d.grantId);
        QCOMPARE(now.first().minutesPerWeek, 90);
        QCOMPARE(now.first().serviceCode, QStringLiteral("H1.1"));
        QVERIFY(!d.letterHash.isEmpty());
    }

    void aRoleWithoutTheRightIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(AccessDenied, decisions(m_team.helper).propose(minutes(30)));
        QVERIFY(grants().isEmpty());
        // The planner may decide within a frame, but this team gave the planner none: it escalates.
        const Decision d = decisions(m_team.planner).propose(minutes(30));
        QCOMPARE(d.outcome, Decision::Outcome::Escalated);
        QVERIFY(d.frameRuleId.isEmpty());
        QVERIFY(grants().isEmpty());
    }

    void aboveTheAmountIsEscalatedToTheCitizensVisitator()
    {
        const Decision esc = decisions(m_team.nurse).propose(minutes(150));
        QCOMPARE(esc.outcome, Decision::Outcome::Escalated);
        QCOMPARE(esc.escalatedTo, m_team.visitator);
        QCOMPARE(esc.frameRuleId, m_nurseFrame); // the frame that said no
        QCOMPARE(esc.assessmentId, QStringLiteral("assessment-1"));
        QVERIFY(esc.frameNote.contains(QLatin1String("120")));
        QVERIFY(grants().isEmpty());

        QVERIFY_THROWS_EXCEPTION(AccessDenied, decisions(m_team.nurse).escalationQueue());
        const QList<EscalationItem> queue = decisions(m_team.visitator).escalationQueue();
        QCOMPARE(queue.size(), 1);
        QCOMPARE(queue.first().escalation.id, esc.id);
        QCOMPARE(queue.first().teamName, QStringLiteral("Team Test"));
        QCOMPARE(queue.first().citizenName, QStringLiteral("Søren Østergaard"));

        QVERIFY_THROWS_EXCEPTION(AccessDenied, decisions(m_team.nurse).decideEscalation(esc.id, {}));
        const Decision decided = decisions(m_team.visitator).decideEscalation(esc.id, {});
        QCOMPARE(decided.outcome, Decision::Outcome::Decided);
        QCOMPARE(decided.answersId, esc.id);
        QCOMPARE(decided.caseNumber, esc.caseNumber);
        QCOMPARE(grants().first().minutesPerWeek, 150);
        QVERIFY(decisions(m_team.visitator).escalationQueue().isEmpty());
        QCOMPARE(decisions(m_team.nurse).decision(esc.id)->answeredById, decided.id);
        // Answered once: a second answer is refused, the first stays.
        QVERIFY_THROWS_EXCEPTION(Error, decisions(m_team.visitator).decideEscalation(esc.id, {}));
    }

    void theVisitatorDecidesAsTheAuthorityWithoutAFrame()
    {
        const Decision d = decisions(m_team.visitator).propose(minutes(500));
        QCOMPARE(d.outcome, Decision::Outcome::Decided);
        QVERIFY(d.frameRuleId.isEmpty());
        QCOMPARE(grants().first().minutesPerWeek, 500);
    }

    void theVisitatorMayRefuseWithAJustification()
    {
        decisions(m_team.nurse).propose(minutes(100));
        const Decision esc = decisions(m_team.nurse).propose(minutes(200));
        QCOMPARE(esc.action, FrameAction::Increase);
        EscalationAnswer no;
        no.kind = EscalationAnswer::Kind::Refused;
        QVERIFY_THROWS_EXCEPTION(ValidationError, decisions(m_team.visitator).decideEscalation(esc.id, no));
        no = { EscalationAnswer::Kind::Refused,
               0,
               {},
               QStringLiteral("Søren's needs are met by the help he has."),
               {},
               Test::fixedNow().addDays(-1),
               QStringLiteral("phone") };
        const Decision refused = decisions(m_team.visitator).decideEscalation(esc.id, no);
        QCOMPARE(refused.outcome, Decision::Outcome::Refused);
        QCOMPARE(grants().first().minutesPerWeek, 100); // a refusal changes nothing
        const QString text = decisions(m_team.visitator).letter(refused.id).text();
        QVERIFY2(text.contains(QStringLiteral("Søren's needs are met")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("stays as it is: 100 minutes per week")));
        // The refusal and a later decision were made on the same state, but one after the other
        // and the refusal changed no grant: no pair made apart.
        decisions(m_team.nurse).propose(minutes(110));
        QVERIFY(decisions(m_team.nurse).concurrentDecisions().isEmpty());
    }

    void aFrameEditCountsForNewDecisionsNotOldOnes()
    {
        const Decision old = decisions(m_team.nurse).propose(minutes(100));
        QCOMPARE(old.outcome, Decision::Outcome::Decided);
        QVERIFY_THROWS_EXCEPTION(AccessDenied, setFrame(m_team.nurse, Role::Nurse, PersonalCare, 500));
        const QString v2 = setFrame(m_leader, Role::Nurse, PersonalCare, 60);
        const std::optional<FrameRule> second = frames(m_team.nurse).version(v2);
        QCOMPARE(second->supersedesId, m_nurseFrame);

        // The old decision still names, and was made under, the old version.
        const Decision reread = *decisions(m_team.nurse).decision(old.id);
        QCOMPARE(reread.frameRuleId, m_nurseFrame);
        QCOMPARE(frames(m_team.nurse).version(reread.frameRuleId)->maxMinutesPerWeek, 120);
        QCOMPARE(grants().first().minutesPerWeek, 100);

        // A new decision is checked against the new version: 110 was inside the old frame, not the new.
        const Decision later = decisions(m_team.nurse).propose(minutes(110));
        QCOMPARE(later.outcome, Decision::Outcome::Escalated);
        QCOMPARE(later.frameRuleId, v2);
        const QList<FrameRule> current = frames(m_team.nurse).currentRules(m_team.team);
        QCOMPARE(std::count_if(current.begin(), current.end(),
                               [](const FrameRule &r) { return r.serviceCode == QLatin1String(PersonalCare); }),
                 1);
        QCOMPARE(frames(m_team.nurse).history(m_team.team).size(), 3);
    }

    void aReductionNeedsAReasonAJustificationAndAHearing()
    {
        decisions(m_team.nurse).propose(minutes(100));
        try {
            decisions(m_team.nurse).propose(minutes(60));
            QFAIL("a reduction without reason was accepted");
        } catch (const ValidationError &e) {
            QStringList fields;
            for (const FieldError &f : e.errors())
                fields << f.field;
            QCOMPARE(fields,
                     (QStringList { QStringLiteral("reason"), QStringLiteral("justification"), QStringLiteral("heardAt"),
                                    QStringLiteral("heardHow") }));
        }
        Proposal heardLater = againstWish(minutes(60));
        heardLater.heardAt = Test::fixedNow().addDays(1);
        QVERIFY_THROWS_EXCEPTION(ValidationError, decisions(m_team.nurse).propose(heardLater));
        const Decision d = decisions(m_team.nurse).propose(againstWish(minutes(60)));
        QCOMPARE(d.action, FrameAction::Reduce);
        QCOMPARE(d.previousAmount, 100);
        QCOMPARE(grants().first().minutesPerWeek, 60);
        // Ending it: today is the last day with the help.
        Proposal end = againstWish(minutes(0));
        end.end = true;
        const Decision ended = decisions(m_team.nurse).propose(end);
        QCOMPARE(ended.action, FrameAction::End);
        QCOMPARE(grants().first().validTo, Test::fixedNow().date());
        // One after the other on one laptop: nothing was made apart, nothing waits for review.
        QVERIFY(decisions(m_team.nurse).concurrentDecisions().isEmpty());
    }

    void notEverythingAskedForNeedsAJustification()
    {
        Proposal p = minutes(90);
        p.requestedAmount = 120;
        QVERIFY_THROWS_EXCEPTION(ValidationError, decisions(m_team.nurse).propose(p));
        p.justification = QStringLiteral("90 minutes cover a daily bath with help; Søren dries and dresses himself.");
        p.heardAt = Test::fixedNow().addSecs(-3600);
        p.heardHow = QStringLiteral("phone");
        const Decision partly = decisions(m_team.nurse).propose(p);
        QVERIFY(partly.againstWish());
        QVERIFY(decisions(m_team.nurse).letter(partly.id).text().contains(p.justification));

        // Everything asked for: no justification needed, and the letter has none.
        const Decision all = decisions(m_team.nurse).propose(minutes(60, "H1.2"));
        QVERIFY(!all.againstWish());
        QVERIFY(!decisions(m_team.nurse).letter(all.id).text().contains(QLatin1String("Why we have decided this")));
    }

    void recordsAreAppendOnlyAndACorrectionSupersedes()
    {
        const Decision d = decisions(m_team.nurse).propose(againstWish(minutes(60)));
        QVERIFY_THROWS_EXCEPTION(Error, store().db().exec("UPDATE decision SET minutes_per_week = 10"));
        QVERIFY_THROWS_EXCEPTION(Error, store().db().exec("DELETE FROM decision"));
        QVERIFY_THROWS_EXCEPTION(Error, store().db().exec("UPDATE frame_rule SET max_minutes = 999"));
        const Decision fixed =
            decisions(m_team.nurse).correct(d.id, QStringLiteral("Corrected: the bath chair lets Søren shower alone."), {});
        QCOMPARE(fixed.correctsId, d.id);
        QCOMPARE(fixed.amount, 60);
        QCOMPARE(decisions(m_team.nurse).decision(d.id)->correctedById, fixed.id);
        QCOMPARE(decisions(m_team.nurse).decision(d.id)->justification, d.justification); // the old words stay
        QCOMPARE(decisions(m_team.nurse).inForce(d.grantId)->id, fixed.id);
        QCOMPARE(decisions(m_team.nurse).decisionsFor(m_team.citizen).size(), 2);
        QVERIFY_THROWS_EXCEPTION(Error, decisions(m_team.nurse).correct(d.id, QStringLiteral("again"), {}));
        QVERIFY(decisions(m_team.nurse).concurrentDecisions().isEmpty());
    }

    void coursesAreDecidedByLevel()
    {
        Proposal p;
        p.citizenId = m_team.citizen;
        p.serviceCode = QString::fromLatin1(Course);
        p.courseLevel = 2;
        const Decision d = decisions(m_team.nurse).propose(p);
        QCOMPARE(d.outcome, Decision::Outcome::Decided);
        QCOMPARE(d.kind, Grant::Kind::Course);
        QCOMPARE(grants().first().kind, Grant::Kind::Course);
        QCOMPARE(grants().first().courseLevel, 2);
        p.courseLevel = 3;
        QCOMPARE(decisions(m_team.nurse).propose(p).outcome, Decision::Outcome::Escalated);
        Proposal wrong = p;
        wrong.courseLevel = 0;
        wrong.minutesPerWeek = 60;
        QVERIFY_THROWS_EXCEPTION(ValidationError, decisions(m_team.nurse).propose(wrong));
    }

    void theEconomicFrameAndTheEffectOfAProposal()
    {
        EconomicFrameService economy(store(), as(m_leader));
        economy.setHoursPerWeek(m_team.team, 10);
        QVERIFY_THROWS_EXCEPTION(AccessDenied, EconomicFrameService(store(), as(m_team.nurse)).setHoursPerWeek(m_team.team, 99));
        decisions(m_team.nurse).propose(minutes(90));
        const EconomicFrame figure = economy.figure(m_team.team, Test::fixedNow().date());
        QCOMPARE(figure.frameHoursPerWeek, 10.0);
        QCOMPARE(figure.usedHoursPerWeek, 1.5);
        QCOMPARE(figure.grants, 1);
        const DecisionPreview preview = decisions(m_team.nurse).preview(minutes(120));
        QCOMPARE(preview.effectHoursPerWeek, 0.5);
        QVERIFY(preview.verdict.inside);
        QCOMPARE(decisions(m_team.nurse).preview(minutes(150)).verdict.inside, false);
    }

    void complaintsHaveAFourWeekReassessmentDeadline()
    {
        const Decision d = decisions(m_team.nurse).propose(againstWish(minutes(60)));
        const Decision esc = decisions(m_team.nurse).propose(minutes(500, "H1.3"));
        ComplaintService complaints(store(), as(m_team.nurse));
        QVERIFY_THROWS_EXCEPTION(
            AccessDenied,
            ComplaintService(store(), as(m_team.helper)).registerComplaint(d.id, QDate(2026, 11, 20), QStringLiteral("phone")));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 complaints.registerComplaint(esc.id, QDate(2026, 11, 20), QStringLiteral("phone")));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 complaints.registerComplaint(d.id, QDate(2026, 11, 20), QStringLiteral("pigeon")));
        const Complaint c = complaints.registerComplaint(d.id, QDate(2026, 11, 20), QStringLiteral("phone"));
        QCOMPARE(c.reassessBy, QDate(2026, 12, 18));
        QCOMPARE(c.outcome, Complaint::Outcome::Pending);
        QVERIFY(!c.isOverdue(QDate(2026, 12, 18)));
        QVERIFY(c.isOverdue(QDate(2026, 12, 19)));
        const Complaint upheld =
            complaints.recordOutcome(c.id, Complaint::Outcome::Upheld, {}, QStringLiteral("Sent to Ankestyrelsen"));
        QCOMPARE(upheld.outcome, Complaint::Outcome::Upheld);
        QVERIFY(!upheld.isOverdue(QDate(2027, 1, 30)));
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 complaints.recordOutcome(c.id, Complaint::Outcome::Changed, QStringLiteral("nope")));
        QVERIFY_THROWS_EXCEPTION(Error, store().db().exec("DELETE FROM complaint"));
    }

    void theLetterIsMadeAgainFromTheRecordWithTheSameHash()
    {
        const Decision d = decisions(m_team.nurse).propose(againstWish(minutes(60)));
        // The citizen moves afterwards: the letter stays the letter that was sent.
        Citizen moved = *CitizenService(store(), as(m_team.planner)).citizen(m_team.citizen);
        moved.address = QStringLiteral("Havnegade 1");
        CitizenService(store(), as(m_team.planner)).update(moved);
        const DecisionLetter letter = decisions(m_team.nurse).letter(d.id);
        QCOMPARE(letter.hash(), d.letterHash);
        const QString text = letter.text();
        QVERIFY(text.contains(QStringLiteral("Søren Østergaard")));
        QVERIFY(text.contains(QStringLiteral("Møllergade 12")));
        QVERIFY(text.contains(QLatin1String("4 weeks")));
        QVERIFY(text.contains(QLatin1String("Ankestyrelsen")));
        QVERIFY(text.contains(d.caseNumber));
        QVERIFY(text.contains(QLatin1String("Vera Visitator")));
        const Decision esc = decisions(m_team.nurse).propose(minutes(500, "H1.3"));
        QVERIFY_THROWS_EXCEPTION(Error, decisions(m_team.nurse).letter(esc.id));
    }

    void aFileFromBeforeNearVisitationMigratesAndItsGrantsCanBeDecidedOn()
    {
        // A laptop still at schema 8 (before frames and decisions) with a grant in minutes and a course.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            Store old(path, m_fx->clock, 8);
            old.db().exec("INSERT INTO team (id, name, municipality) VALUES ('t', 'Team Gammel', 'Svendborg Kommune');"
                          "INSERT INTO employee (id, team_id, name, initials, role) VALUES ('n', 't', 'Nora', 'NO', 'nurse'),"
                          " ('v', 't', 'Vagn', 'VA', 'visitator');"
                          "INSERT INTO citizen (id, team_id, cpr, name, visitator_id) VALUES ('c', 't', '0102401234', 'Ib', 'v');"
                          "INSERT INTO care_grant (id, citizen_id, service_code, kind, minutes_per_week, valid_from) "
                          " VALUES ('g1', 'c', 'H1.1', 'minutes', 120, '2025-01-01');"
                          "INSERT INTO care_grant (id, citizen_id, service_code, kind, valid_from) "
                          " VALUES ('g2', 'c', 'Personlig_hjaelp_og_pleje', 'course', '2025-08-01');");
        }
        Store upgraded(path, m_fx->clock);
        QCOMPARE(upgraded.db().userVersion(), Schema::current().latestVersion());
        const QList<Grant> before =
            GrantService(upgraded, ServiceCatalogue::standard(), Test::signIn(upgraded, QStringLiteral("v")))
                .grantsFor(QStringLiteral("c"));
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.at(1).courseLevel, 0); // a course from before levels: not stated
        Proposal p;
        p.citizenId = QStringLiteral("c");
        p.serviceCode = QStringLiteral("Personlig_hjaelp_og_pleje");
        p.courseLevel = 2;
        const Decision d =
            DecisionService(upgraded, ServiceCatalogue::standard(), Test::signIn(upgraded, QStringLiteral("v"))).propose(p);
        QCOMPARE(d.grantId, QStringLiteral("g2"));
        QCOMPARE(d.change, Decision::Change::Change);
        QCOMPARE(GrantService(upgraded, ServiceCatalogue::standard(), Test::signIn(upgraded, QStringLiteral("v")))
                     .grant(QStringLiteral("g2"))
                     ->courseLevel,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
