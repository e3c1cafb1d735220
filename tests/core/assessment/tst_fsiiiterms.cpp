// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "assessment/FsiiiTerms.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Kvarter;

// The FSIII terms of an assessment as loaded from the shipped code system, which lists every
// group twice (UUID and legacy codes) and repeats some displays under one parent.
class TestFsiiiTerms : public QObject
{
    Q_OBJECT

    const FsiiiTerms &terms = FsiiiTerms::standard();

    static QJsonArray topLevel()
    {
        QFile file(QStringLiteral(":/kvarter/fsiii-codesystem.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("concept")).toArray();
    }

    static bool isUuid(const QString &code)
    {
        static const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        return uuid.match(code).hasMatch();
    }

    static void collect(const QJsonObject &node, QStringList &codes)
    {
        for (const QJsonValue &child : node.value(QLatin1String("concept")).toArray()) {
            codes << child.toObject().value(QLatin1String("code")).toString();
            collect(child.toObject(), codes);
        }
    }

    // Every code below the group with this display, in the file's UUID copy or its legacy copy.
    static QStringList codesIn(const QString &groupDisplay, bool legacyCopy)
    {
        QStringList codes;
        for (const QJsonValue &value : topLevel()) {
            const QJsonObject group = value.toObject();
            if (group.value(QLatin1String("display")).toString() == groupDisplay
                && isUuid(group.value(QLatin1String("code")).toString()) != legacyCopy)
                collect(group, codes);
        }
        return codes;
    }

    static QStringList displays(const QList<FsiiiArea> &areas)
    {
        QStringList names;
        for (const FsiiiArea &a : areas)
            names << a.area.display;
        return names;
    }

private Q_SLOTS:
    void fiveHomeCareAreasInFsiiiOrder()
    {
        QCOMPARE(displays(terms.homeCareAreas()),
                 QStringList({ QStringLiteral("Egenomsorg"), QStringLiteral("Praktiske opgaver"), QStringLiteral("Mobilitet"),
                               QStringLiteral("Mentale funktioner"), QStringLiteral("Samfundsliv") }));
        const FsiiiArea &selfCare = terms.homeCareAreas().first();
        QCOMPARE(selfCare.conditions.size(), 11);
        QCOMPARE(selfCare.conditions.first().display, QStringLiteral("Vaske sig")); // J1.1
        QVERIFY(selfCare.conditions.first().legacyCodes.contains(QStringLiteral("J1.1")));
    }

    void twelveNursingAreas()
    {
        QCOMPARE(terms.nursingAreas().size(), 12);
        QCOMPARE(terms.nursingAreas().first().area.display, QStringLiteral("Funktionsniveau"));              // I1
        QCOMPARE(terms.nursingAreas().last().area.display, QStringLiteral("Udskillelse af affaldsstoffer")); // I12
    }

    void onlyCurrentConceptsAreKept()
    {
        for (const QList<FsiiiArea> *areas : { &terms.homeCareAreas(), &terms.nursingAreas() })
            for (const FsiiiArea &a : *areas) {
                QVERIFY2(isUuid(a.area.code), qPrintable(a.area.code));
                for (const FsiiiConcept &c : a.conditions)
                    QVERIFY2(isUuid(c.code), qPrintable(c.code));
            }
    }

    void noDisplayRepeatedUnderOneParent()
    {
        for (const QList<FsiiiArea> *areas : { &terms.homeCareAreas(), &terms.nursingAreas() })
            for (const FsiiiArea &a : *areas) {
                QSet<QString> seen;
                for (const FsiiiConcept &c : a.conditions) {
                    QVERIFY2(!seen.contains(c.display), qPrintable(a.area.display + QStringLiteral(": ") + c.display));
                    seen.insert(c.display);
                }
            }
        // The file itself has the repeat that is folded: two UUIDs for one display.
        const FsiiiArea &excretion = terms.nursingAreas().last();
        QCOMPARE(excretion.conditions.size(), 4);
        QCOMPARE(terms.conditionCode(QStringLiteral("ae911e37-1ed5-4c30-9622-c73640f1c606")),
                 QStringLiteral("116ff724-09b7-45c0-bee5-8bbf1d500c63"));
    }

    void everyLegacyCodeMapsToACurrentOne()
    {
        int checked = 0;
        for (const QString &group :
             { QStringLiteral("Kommunale pleje- og omsorgstilstande"), QStringLiteral("Kommunale sygeplejetilstande") }) {
            QStringList current = codesIn(group, false);
            for (const QString &code : codesIn(group, true) + current) {
                const std::optional<FsiiiTerms::Found> found = terms.find(code);
                QVERIFY2(found, qPrintable(code));
                const QString mapped = found->condition ? found->condition->code : found->area->area.code;
                QVERIFY2(isUuid(mapped), qPrintable(code));
                ++checked;
            }
        }
        QVERIFY(checked > 150);
        // Value sets: the legacy codes of Udførelse, Betydning and the follow-up outcomes.
        QCOMPARE(terms.performance().resolve(QStringLiteral("C1")), QStringLiteral("0c87bff2-3b24-4a6e-a9df-193f268ae7b8"));
        QCOMPARE(terms.meaning().resolve(QStringLiteral("D2")), QStringLiteral("283bc119-5c7c-4679-8c8b-8768484e96d7"));
        QCOMPARE(terms.followUpOutcomes().resolve(QStringLiteral("E2")), QStringLiteral("c6e71993-5d72-409a-8ab9-ecc094968635"));
        QCOMPARE(terms.followUpOutcomes().values.size(), 4);
        QCOMPARE(terms.performance().values.size(), 4);
        QCOMPARE(terms.meaning().values.size(), 2);
        QCOMPARE(terms.goalTypes().values.size(), 3);
        for (const QString &code : terms.legacyMap())
            QVERIFY2(isUuid(code), qPrintable(code));
    }

    void lookup_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("display");
        QTest::addColumn<bool>("isCondition");
        QTest::addColumn<bool>("nursing");
        QTest::addRow("current UUID") << QStringLiteral("4d46bd94-9518-431c-82e8-ebb91bca307a") << QStringLiteral("Vaske sig")
                                      << true << false;
        QTest::addRow("numbered legacy code") << QStringLiteral("J1.1") << QStringLiteral("Vaske sig") << true << false;
        QTest::addRow("named legacy code") << QStringLiteral("Spise_og_drikke") << QStringLiteral("Spise og drikke") << true
                                           << false;
        QTest::addRow("legacy area") << QStringLiteral("J3") << QStringLiteral("Mobilitet") << false << false;
        QTest::addRow("nursing legacy") << QStringLiteral("I4.4") << QStringLiteral("Problemer med tryksår") << true << true;
        QTest::addRow("repeated legacy display")
            << QStringLiteral("Problemer_med_vandladning") << QStringLiteral("Problemer med vandladning") << true << true;
    }

    void lookup()
    {
        QFETCH(QString, code);
        QFETCH(QString, display);
        QFETCH(bool, isCondition);
        QFETCH(bool, nursing);
        const std::optional<FsiiiTerms::Found> found = terms.find(code);
        QVERIFY(found);
        QCOMPARE(found->condition != nullptr, isCondition);
        QCOMPARE(found->group == ConditionGroup::Nursing, nursing);
        QCOMPARE(terms.displayOf(code), display);
        QCOMPARE(terms.conditionCode(code).isEmpty(), !isCondition);
    }

    void unknownCodesAreNotFound()
    {
        QVERIFY(!terms.find(QStringLiteral("J9.9")));
        QVERIFY(!terms.find(QStringLiteral("H1.1")));                 // a service, not a condition
        QVERIFY(terms.conditionCode(QStringLiteral("J1")).isEmpty()); // an area, not a condition
        QCOMPARE(terms.displayOf(QStringLiteral("nonsense")), QStringLiteral("nonsense"));
    }

    void levels()
    {
        QCOMPARE(FsiiiTerms::levels(), QList<int>({ 0, 1, 2, 3, 4, 9 }));
        QVERIFY(FsiiiTerms::isLevel(9));
        QVERIFY(!FsiiiTerms::isLevel(5));
        QVERIFY(!FsiiiTerms::isLevel(-1));
    }
};

QTEST_GUILESS_MAIN(TestFsiiiTerms)
#include "tst_fsiiiterms.moc"
