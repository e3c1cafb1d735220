// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "assessment/AssessmentDrafts.h"
#include "assessment/AssessmentService.h"
#include "assessment/AssessmentValidator.h"
#include "store/Schema.h"

#include <QTest>

using namespace Kvarter;

namespace {
// Current codes, as the terms keep them.
const QString WashCode = QStringLiteral("4d46bd94-9518-431c-82e8-ebb91bca307a");      // J1.1 Vaske sig
const QString DressCode = QStringLiteral("e853d3e7-1de5-44f0-ab48-1fb20c449035");     // J1.3 Af- og påklædning
const QString WalkCode = QStringLiteral("51697715-965a-40f3-b4a5-819103bf9d49");      // J3.8 Gå (Mobilitet)
const QString SelfCareArea = QStringLiteral("43c2b7f0-5e55-4627-8fcf-bdaf5a9d84ac");  // J1 Egenomsorg
const QString PressureUlcer = QStringLiteral("bb0ea5fa-3462-40de-9047-a16fc4815a47"); // I4.4 tryksår

AssessedCondition homeCare(const QString &code, int level)
{
    AssessedCondition c;
    c.code = code;
    c.level = level;
    return c;
}

AssessedCondition nursing(const QString &code, NursingState state)
{
    AssessedCondition c;
    c.code = code;
    c.nursing = state;
    return c;
}
} // namespace

class TestAssessment : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> f;
    Test::SmallTeam team;

    AssessmentService as(const QString &employee) { return AssessmentService(*f->store, Test::signIn(*f->store, employee)); }
    Assessment about(QList<AssessedCondition> conditions = {}) const
    {
        Assessment a;
        a.citizenId = team.citizen;
        a.conditions = std::move(conditions);
        return a;
    }
    static QStringList fieldsOf(const FieldErrors &errors)
    {
        QStringList fields;
        for (const FieldError &e : errors)
            fields << e.field;
        return fields;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<Test::Fixture>();
        team = f->makeSmallTeam();
    }

    void validation_data()
    {
        QTest::addColumn<Assessment>("assessment");
        QTest::addColumn<QStringList>("fields");
        Assessment empty;
        empty.citizenId = QStringLiteral("someone");
        QTest::addRow("nothing assessed or written") << empty << QStringList { QStringLiteral("content") };
        Assessment wishesOnly = empty;
        wishesOnly.wishes = QStringLiteral("Vil gerne selv i bad om lørdagen");
        QTest::addRow("wishes alone are enough") << wishesOnly << QStringList {};
        Assessment noLevel = empty;
        noLevel.conditions << AssessedCondition { WashCode, std::nullopt, NursingState::None, {}, {}, {}, {}, {} };
        QTest::addRow("home care without level") << noLevel << QStringList { QStringLiteral("conditions[0].level") };
        Assessment badLevel = empty;
        badLevel.conditions << homeCare(WashCode, 5);
        QTest::addRow("level 5") << badLevel << QStringList { QStringLiteral("conditions[0].level") };
        Assessment nine = empty;
        nine.conditions << homeCare(WashCode, 9);
        QTest::addRow("level 9 is not relevant, and valid") << nine << QStringList {};
        Assessment nursingLevel = empty;
        nursingLevel.conditions << AssessedCondition { PressureUlcer, 2, NursingState::Problem, {}, {}, {}, {}, {} };
        QTest::addRow("nursing with a level") << nursingLevel << QStringList { QStringLiteral("conditions[0].level") };
        Assessment nursingNoState = empty;
        nursingNoState.conditions << AssessedCondition { PressureUlcer, std::nullopt, NursingState::None, {}, {}, {}, {}, {} };
        QTest::addRow("nursing without problem") << nursingNoState << QStringList { QStringLiteral("conditions[0].nursing") };
        Assessment unknown = empty;
        unknown.conditions << homeCare(QStringLiteral("J9.9"), 1);
        QTest::addRow("unknown code") << unknown << QStringList { QStringLiteral("conditions[0].code") };
        Assessment area = empty;
        area.conditions << homeCare(QStringLiteral("J1"), 1);
        QTest::addRow("an area is no condition") << area << QStringList { QStringLiteral("conditions[0].code") };
        Assessment twice = empty;
        twice.conditions << homeCare(WashCode, 1) << homeCare(QStringLiteral("J1.1"), 2);
        QTest::addRow("same condition twice, once by legacy code")
            << twice << QStringList { QStringLiteral("conditions[1].code") };
        Assessment view = empty;
        AssessedCondition withView = homeCare(WashCode, 2);
        withView.performance = QStringLiteral("udfører ikke alt");
        withView.meaning = QStringLiteral("D2");
        withView.goalType = QStringLiteral("Tilstand mindskes");
        view.conditions << withView;
        QTest::addRow("unknown Udførelse") << view << QStringList { QStringLiteral("conditions[0].performance") };
        Assessment bothGoals = empty;
        AssessedCondition goals = homeCare(WashCode, 2);
        goals.goalLevel = 1;
        goals.goalType = QStringLiteral("Tilstand mindskes");
        bothGoals.conditions << goals;
        QTest::addRow("expected level and goal type") << bothGoals << QStringList { QStringLiteral("conditions[0].goal") };
        Assessment followUp = empty;
        followUp.followUps << FollowUp { WashCode, QStringLiteral("grant"), QStringLiteral("E1"), {} }
                           << FollowUp { WashCode, {}, QStringLiteral("E7"), {} };
        QTest::addRow("follow-ups") << followUp
                                    << QStringList { QStringLiteral("content"), QStringLiteral("followUps[0].subject"),
                                                     QStringLiteral("followUps[1].outcome") };
    }

    void validation()
    {
        QFETCH(Assessment, assessment);
        QFETCH(QStringList, fields);
        const AssessmentValidator validator(FsiiiTerms::standard());
        QCOMPARE(fieldsOf(validator.validate(validator.normalized(assessment))), fields);
    }

    void invalidAssessmentIsNotSaved()
    {
        try {
            as(team.nurse).add(about({ homeCare(WashCode, 7) }));
            QFAIL("a level 7 was saved");
        } catch (const ValidationError &e) {
            QVERIFY(!e.messageFor(QStringLiteral("conditions[0].level")).isEmpty());
        }
        QCOMPARE(f->store->db().scalar("SELECT count(*) FROM assessment"), 0);
        QCOMPARE(f->store->db().scalar("SELECT count(*) FROM assessment_condition"), 0);
    }

    void rights_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::addRow("SOSU helper") << Role::SosuHelper << false;
        QTest::addRow("SOSU assistant") << Role::SosuAssistant << true;
        QTest::addRow("nurse") << Role::Nurse << true;
        QTest::addRow("therapist") << Role::Therapist << true;
        QTest::addRow("planner") << Role::Planner << true;
        QTest::addRow("visitator") << Role::Visitator << true;
        QTest::addRow("team leader") << Role::TeamLeader << true;
    }

    void rights()
    {
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        QCOMPARE(Access::allows(role, Right::Assess), allowed);
    }

    void helperIsRefusedNurseIsAllowed()
    {
        QVERIFY_THROWS_EXCEPTION(AccessDenied, as(team.helper).add(about({ homeCare(WashCode, 2) })));
        QVERIFY_THROWS_EXCEPTION(AccessDenied, AssessmentDrafts(*f->store, Test::signIn(*f->store, team.helper)).save(about()));
        QCOMPARE(f->store->db().scalar("SELECT count(*) FROM assessment"), 0);
        const QString id = as(team.nurse).add(about({ homeCare(WashCode, 2) }));
        QVERIFY(!id.isEmpty());
        // The helper still reads the assessment: it tells how to help on the next visit.
        QCOMPARE(as(team.helper).assessments(team.citizen).size(), 1);
    }

    void savedWithCurrentCodesAndEverything()
    {
        Assessment a = about();
        AssessedCondition wash = homeCare(QStringLiteral("J1.1"), 3);
        wash.performance = QStringLiteral("C2");
        wash.meaning = QStringLiteral("Oplever begrænsninger");
        wash.goalLevel = 2;
        wash.note = QStringLiteral("Kan selv vaske overkrop");
        a.conditions << wash << nursing(QStringLiteral("I4.4"), NursingState::Potential);
        a.wishes = QStringLiteral("Vil klare morgenen selv igen");
        a.overall = QStringLiteral("Bedring efter hospitalsophold");
        a.followUps << FollowUp { QStringLiteral("J1.1"), {}, QStringLiteral("E2"), QStringLiteral("færre minutter") };
        const QString id = as(team.nurse).add(a);
        const Assessment read = *as(team.nurse).assessment(id);
        QCOMPARE(read.authorId, team.nurse);
        QCOMPARE(read.authorName, QStringLiteral("Karen Sygeplejerske"));
        QCOMPARE(read.madeAt, f->clock.now());
        QCOMPARE(read.assessedAt, f->clock.now());
        QCOMPARE(read.conditions.size(), 2);
        QCOMPARE(read.conditions[0].code, WashCode);
        QCOMPARE(read.conditions[0].level, std::optional<int>(3));
        QCOMPARE(read.conditions[0].performance, QStringLiteral("86c7db25-59bb-4bef-bfe3-c73b3031b9f2"));
        QCOMPARE(read.conditions[0].meaning, QStringLiteral("283bc119-5c7c-4679-8c8b-8768484e96d7"));
        QCOMPARE(read.conditions[0].goalLevel, std::optional<int>(2));
        QCOMPARE(read.conditions[0].note, wash.note);
        QCOMPARE(read.conditions[1].code, PressureUlcer);
        QVERIFY(!read.conditions[1].level);
        QCOMPARE(read.conditions[1].nursing, NursingState::Potential);
        QCOMPARE(read.wishes, a.wishes);
        QCOMPARE(read.overall, a.overall);
        QCOMPARE(read.followUps.size(), 1);
        QCOMPARE(read.followUps[0].conditionCode, WashCode);
        QCOMPARE(read.followUps[0].outcome, QStringLiteral("c6e71993-5d72-409a-8ab9-ecc094968635"));
        // Every row is in the change log, so it travels to the other laptops.
        QCOMPARE(f->store->db().scalar("SELECT count(*) FROM change_log WHERE entity LIKE 'assessment%'"), 4);
    }

    void databaseRefusesUpdateAndDelete_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addRow("update assessment") << QByteArray("UPDATE assessment SET overall = 'rettet'");
        QTest::addRow("delete assessment") << QByteArray("DELETE FROM assessment");
        QTest::addRow("update condition") << QByteArray("UPDATE assessment_condition SET level = 0");
        QTest::addRow("delete condition") << QByteArray("DELETE FROM assessment_condition");
        QTest::addRow("update follow-up") << QByteArray("UPDATE assessment_followup SET outcome = 'x'");
    }

    void databaseRefusesUpdateAndDelete()
    {
        QFETCH(QByteArray, sql);
        Assessment a = about({ homeCare(WashCode, 2) });
        a.followUps << FollowUp { WashCode, {}, QStringLiteral("E1"), {} };
        as(team.nurse).add(a);
        QVERIFY_THROWS_EXCEPTION(Error, f->store->db().exec(sql));
        QCOMPARE(f->store->db().scalar("SELECT count(*) FROM assessment_condition WHERE level = 2"), 1);
        QCOMPARE(f->store->db().scalar("SELECT count(*) FROM assessment_followup"), 1);
    }

    void correctionSupersedes()
    {
        const QString first = as(team.nurse).add(about({ homeCare(WashCode, 3) }));
        const QDateTime assessed = f->clock.now();
        f->clock.advanceSecs(3 * 86400);
        const QString fixed = as(team.planner).correct(first, about({ homeCare(WashCode, 2) }));
        const QList<Assessment> all = as(team.nurse).assessments(team.citizen);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].id, fixed); // newest first
        QCOMPARE(all[0].supersedesId, first);
        QVERIFY(!all[0].superseded());
        QCOMPARE(all[0].assessedAt, assessed); // it describes the same moment
        QCOMPARE(all[0].madeAt, f->clock.now());
        QCOMPARE(all[1].id, first);
        QCOMPARE(all[1].supersededById, fixed);
        QCOMPARE(all[1].conditions[0].level, std::optional<int>(3)); // what was written stays readable
        // Only the newest of a chain is corrected; the corrected one has a successor already.
        QVERIFY_THROWS_EXCEPTION(Error, as(team.nurse).correct(first, about({ homeCare(WashCode, 1) })));
        const QList<LatestCondition> latest = as(team.nurse).latestConditions(team.citizen);
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest[0].condition.level, std::optional<int>(2));
    }

    void correctionMustReplaceTheSameCitizensAssessment()
    {
        Citizen other;
        other.teamId = team.team;
        other.cpr = QStringLiteral("020340-1235");
        other.name = QStringLiteral("Grethe Lund");
        other.address = QStringLiteral("Kirkevej 3");
        other.postcode = QStringLiteral("5700");
        other.city = QStringLiteral("Svendborg");
        other.contactPersonId = team.nurse;
        other.visitatorId = team.visitator;
        const QString otherId = CitizenService(*f->store, Test::signIn(*f->store, team.planner)).add(other);
        const QString theirs = as(team.nurse).add(about({ homeCare(WashCode, 1) }));
        Assessment wrong;
        wrong.citizenId = otherId;
        wrong.conditions << homeCare(WashCode, 2);
        wrong.supersedesId = theirs;
        QVERIFY_THROWS_EXCEPTION(Error, as(team.nurse).add(wrong));
        QVERIFY(as(team.nurse).assessments(otherId).isEmpty());
        QVERIFY_THROWS_EXCEPTION(AccessDenied, as(team.helper).correct(theirs, about({ homeCare(WashCode, 2) })));
    }

    void legacyCodesFromAnOlderLaptopShowUnderTheCurrentOnes()
    {
        // A row as an older Kvarter (or an import) might have written it, with the legacy code.
        const QString id = QStringLiteral("00000000-0000-4000-8000-000000000001");
        f->store->write([&] {
            f->store->insert("assessment", id,
                             { { "citizen_id", team.citizen },
                               { "author_id", team.nurse },
                               { "made_at", f->clock.now().toSecsSinceEpoch() },
                               { "assessed_at", f->clock.now().toSecsSinceEpoch() },
                               { "wishes", QString() },
                               { "overall", QString() },
                               { "supersedes_id", QVariant() } });
            f->store->insert(
                "assessment_condition", QStringLiteral("00000000-0000-4000-8000-000000000002"),
                { { "assessment_id", id }, { "code", QStringLiteral("J1.1") }, { "level", 2 }, { "note", QString() } });
        });
        const AreaHistory history = as(team.nurse).areaHistory(team.citizen, SelfCareArea);
        QCOMPARE(history.conditions.size(), 1);
        QCOMPARE(history.conditions[0].code, WashCode);
        QCOMPARE(as(team.nurse).assessment(id)->conditions[0].code, WashCode);
    }

    void areaHistoryInTimeOrder()
    {
        AssessmentService nurse = as(team.nurse);
        nurse.add(about({ homeCare(WashCode, 1), homeCare(WalkCode, 2) }));
        const QDateTime t1 = f->clock.now();
        f->clock.advanceSecs(30 * 86400);
        const QString second = nurse.add(about({ homeCare(WashCode, 3), homeCare(DressCode, 2) }));
        const QDateTime t2 = f->clock.now();
        f->clock.advanceSecs(30 * 86400);
        nurse.add(about({ homeCare(QStringLiteral("J1.1"), 4), nursing(PressureUlcer, NursingState::Problem) }));
        const QDateTime t3 = f->clock.now();
        f->clock.advanceSecs(86400);
        nurse.correct(second, about({ homeCare(WashCode, 2), homeCare(DressCode, 2) })); // the second, as it should have been

        const AreaHistory history = nurse.areaHistory(team.citizen, QStringLiteral("J1")); // legacy area code works
        QCOMPARE(history.areaCode, SelfCareArea);
        QCOMPARE(history.assessedAt, QList<QDateTime>({ t1, t2, t3 }));
        QCOMPARE(history.conditions.size(), 2); // Vaske sig, then Af- og påklædning: FSIII order; no Gå (Mobilitet)
        QCOMPARE(history.conditions[0].code, WashCode);
        QCOMPARE(history.conditions[1].code, DressCode);
        const QList<ConditionPoint> &wash = history.conditions[0].points;
        QCOMPARE(wash.size(), 3);
        QCOMPARE(wash[0].assessedAt, t1);
        QCOMPARE(wash[1].assessedAt, t2);
        QCOMPARE(wash[1].level, std::optional<int>(2)); // the correction's value, at the corrected moment
        QCOMPARE(wash[2].level, std::optional<int>(4));
        QCOMPARE(history.conditions[1].points.size(), 1);
        QCOMPARE(nurse.areaHistory(team.citizen, QStringLiteral("I4")).conditions.at(0).points.at(0).nursing,
                 NursingState::Problem);
        QVERIFY_THROWS_EXCEPTION(Error, nurse.areaHistory(team.citizen, WashCode)); // a condition is no area
    }

    void aFileFromBeforeAssessmentsMigrates()
    {
        // The step that adds the tables, found by what it does: other branches append steps too.
        int step = 0;
        for (int v = 1; v <= Schema::current().latestVersion(); ++v)
            if (Schema::current().step(v).contains("CREATE TABLE assessment ("))
                step = v;
        QVERIFY(step > 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        Test::SmallTeam old;
        {
            Store before(path, f->clock, step - 1);
            QCOMPARE(before.db().scalar("SELECT count(*) FROM sqlite_master WHERE name = 'assessment'"), 0);
            old = Test::makeSmallTeam(before);
        }
        Store after(path, f->clock);
        QCOMPARE(after.db().userVersion(), Schema::current().latestVersion());
        QCOMPARE(after.db().scalar("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'assessment%_no_%'"),
                 6);
        Assessment a;
        a.citizenId = old.citizen;
        a.conditions << homeCare(WashCode, 1);
        const QString id = AssessmentService(after, Test::signIn(after, old.nurse)).add(a);
        QCOMPARE(AssessmentService(after, Test::signIn(after, old.nurse)).assessments(old.citizen).first().id, id);
        QVERIFY_THROWS_EXCEPTION(Error, after.db().exec("UPDATE assessment SET wishes = 'x'"));
    }

    void demoAssessmentsAreValidAndRepeatable()
    {
        Test::Fixture demo(true), again(true);
        const Actor nurse = demo.as(Role::Nurse);
        AssessmentService service(*demo.store, nurse);
        const AssessmentValidator validator(FsiiiTerms::standard());
        QStringList citizens;
        {
            auto q = demo.store->db().query("SELECT DISTINCT citizen_id FROM assessment");
            while (q->next())
                citizens << q->text(0);
        }
        QVERIFY2(citizens.size() >= 25, qPrintable(QString::number(citizens.size()))); // most of the 50
        int withHistory = 0;
        for (const QString &citizen : citizens) {
            const QList<Assessment> all = service.assessments(citizen);
            QVERIFY(all.size() <= 2);
            withHistory += all.size() == 2;
            for (const Assessment &a : all) {
                const FieldErrors errors = validator.validate(validator.normalized(a));
                QVERIFY2(
                    errors.isEmpty(),
                    qPrintable(errors.isEmpty() ? QString() : errors.first().field + QLatin1Char(' ') + errors.first().message));
                QVERIFY(a.assessedAt < demo.clock.now());
            }
        }
        QVERIFY(withHistory > 5);
        const auto rows = [](Store &store) {
            QStringList all;
            auto q = store.db().query("SELECT id, code, coalesce(level, nursing) FROM assessment_condition ORDER BY id");
            while (q->next())
                all << q->text(0) + q->text(1) + q->text(2);
            return all;
        };
        QVERIFY(!rows(*demo.store).isEmpty());
        QCOMPARE(rows(*demo.store), rows(*again.store));
    }

    void draftKeptUntilSaved()
    {
        const Actor nurse = Test::signIn(*f->store, team.nurse);
        const Actor planner = Test::signIn(*f->store, team.planner);
        AssessmentDrafts drafts(*f->store, nurse);
        QVERIFY(!drafts.draft(team.citizen));
        Assessment typing = about({ homeCare(WashCode, 2) });
        typing.wishes = QStringLiteral("Vil gerne");
        drafts.save(typing);
        typing.wishes = QStringLiteral("Vil gerne selv"); // the next keystroke replaces it
        AssessedCondition unfinished;
        unfinished.code = DressCode; // no level yet: a draft is not validated
        typing.conditions << unfinished;
        drafts.save(typing);
        AssessmentDrafts(*f->store, planner).save(about({ homeCare(WalkCode, 1) }));

        // The app was killed: a new store on the same file offers the draft again.
        f->store.reset();
        f->store = std::make_unique<Store>(f->path(), f->clock);
        AssessmentDrafts reopened(*f->store, Test::signIn(*f->store, team.nurse));
        const std::optional<AssessmentDraft> kept = reopened.draft(team.citizen);
        QVERIFY(kept);
        QCOMPARE(kept->assessment.wishes, QStringLiteral("Vil gerne selv"));
        QCOMPARE(kept->assessment.conditions, typing.conditions);
        QCOMPARE(kept->savedAt, f->clock.now());
        QCOMPARE(f->store->db().scalar("SELECT count(*) FROM change_log WHERE entity LIKE 'assessment%'"), 0); // never synced

        AssessmentService(*f->store, Test::signIn(*f->store, team.nurse)).add(about({ homeCare(WashCode, 2) }));
        QVERIFY(!reopened.draft(team.citizen));
        // Another person's draft of the same citizen is theirs to finish.
        QVERIFY(AssessmentDrafts(*f->store, Test::signIn(*f->store, team.planner)).draft(team.citizen));
    }
};

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
