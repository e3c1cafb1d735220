// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "access/Access.h"
#include "access/PinPolicy.h"
#include "access/PinVault.h"
#include "session/Session.h"
#include "store/Schema.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kvarter;

class TestPin : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::Fixture> m_f;
    Test::SmallTeam m_s;
    Store &store() { return *m_f->store; }
    const QString m_pin = QStringLiteral("5827");

    // Tries until the PIN locks, each after its wait, as a patient thief would.
    int wrongTriesUntilRefusedFor(const QString &employee)
    {
        PinVault vault(store());
        for (int i = 1; i <= PinVault::MaximumTries + 2; ++i) {
            m_f->clock.advanceSecs(PinVault::waitAfter(i - 1));
            try {
                vault.verify(employee, QStringLiteral("9170"));
            } catch (const PinRefused &e) {
                if (e.reason() == PinRefused::Reason::LockedOut)
                    return i;
                if (e.reason() != PinRefused::Reason::Wrong)
                    return -i;
            }
        }
        return 0;
    }

private Q_SLOTS:
    void init()
    {
        m_f = std::make_unique<Test::Fixture>();
        m_s = m_f->makeSmallTeam();
        PinVault(store()).choose(m_s.nurse, m_pin);
    }

    void trivialPinsAreRefused_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<bool>("refused");
        QTest::newRow("0000") << "0000" << true;
        QTest::newRow("1111") << "1111" << true;
        QTest::newRow("1234") << "1234" << true;
        QTest::newRow("4321") << "4321" << true;
        QTest::newRow("6789") << "6789" << true;
        QTest::newRow("8901 wraps") << "8901" << true;
        QTest::newRow("1212") << "1212" << true;
        QTest::newRow("123123") << "123123" << true;
        QTest::newRow("birth DDMM") << "1403" << true;
        QTest::newRow("birth DDMMYY") << "140378" << true;
        QTest::newRow("birth YYYY") << "1978" << true;
        QTest::newRow("birth DDMMYYYY") << "14031978" << true;
        QTest::newRow("too short") << "582" << true;
        QTest::newRow("letters") << "58a7" << true;
        QTest::newRow("fine") << "5827" << false;
        QTest::newRow("fine long") << "730514" << false;
        QTest::newRow("another birth date") << "1503" << false;
    }
    void trivialPinsAreRefused()
    {
        QFETCH(QString, pin);
        QFETCH(bool, refused);
        const QString problem = PinPolicy::problem(pin, QDate(1978, 3, 14));
        QCOMPARE(!problem.isEmpty(), refused);
    }

    void theBirthDateOnTheRosterIsRefused()
    {
        Employee e { {}, m_s.team, QStringLiteral("Bodil Født"), QStringLiteral("BF"), Role::Nurse, {}, true, QDate(1981, 7, 9) };
        const QString id = TeamService(store()).addEmployee(e);
        try {
            PinVault(store()).choose(id, QStringLiteral("0907"));
            QFAIL("a birth date was accepted as a PIN");
        } catch (const ValidationError &error) {
            QCOMPARE(error.errors().first().field, QStringLiteral("pin"));
            QVERIFY(error.errors().first().message.contains(QLatin1String("birth date")));
        }
        QVERIFY(!PinVault(store()).status(id).chosen);
    }

    void thePinIsStoredAsAnArgon2idHashOnly()
    {
        const QString hash = store().db().textFor("SELECT hash FROM local_pin WHERE employee_id = ?", m_s.nurse);
        QVERIFY2(hash.startsWith(QLatin1String("$argon2id$")), qPrintable(hash));
        QVERIFY(!hash.contains(m_pin));
        // Never synced: not a table the change log or a snapshot knows.
        QVERIFY(!Schema::current().isSynced("local_pin"));
        QCOMPARE(store().db().scalar("SELECT count(*) FROM change_log WHERE entity = 'local_pin'"), 0);
        PinVault(store()).verify(m_s.nurse, m_pin);
    }

    void aWrongPinCostsAGrowingWaitAndTenLockTheEmployee()
    {
        PinVault vault(store());
        int lastWait = 0;
        for (int tries = 1; tries <= 3; ++tries)
            QCOMPARE(PinVault::waitAfter(tries), 0); // typing errors cost nothing
        for (int tries = 4; tries < PinVault::MaximumTries; ++tries) {
            QVERIFY(PinVault::waitAfter(tries) > lastWait);
            lastWait = PinVault::waitAfter(tries);
        }
        // Four wrong tries: the fifth, even with the right PIN, is not checked before the wait is over.
        for (int i = 0; i < 4; ++i)
            QVERIFY_THROWS_EXCEPTION(PinRefused, vault.verify(m_s.nurse, QStringLiteral("9170")));
        try {
            vault.verify(m_s.nurse, m_pin);
            QFAIL("the right PIN went through during the wait");
        } catch (const PinRefused &e) {
            QCOMPARE(e.reason(), PinRefused::Reason::Wait);
            QCOMPARE(e.waitSeconds(), PinVault::waitAfter(4));
        }
        QCOMPARE(vault.status(m_s.nurse).failedTries, 4);
        m_f->clock.advanceSecs(PinVault::waitAfter(4));
        vault.verify(m_s.nurse, m_pin); // after the wait the right PIN works and the count starts over
        QCOMPARE(vault.status(m_s.nurse).failedTries, 0);

        // The wait survives closing the program: it is in the file.
        for (int i = 0; i < 4; ++i)
            QVERIFY_THROWS_EXCEPTION(PinRefused, vault.verify(m_s.nurse, QStringLiteral("9170")));
        const QString path = m_f->path();
        m_f->store.reset();
        m_f->store = std::make_unique<Store>(path, m_f->clock);
        QVERIFY(PinVault(store()).status(m_s.nurse).notBefore.isValid());
    }

    void tenWrongTriesLockUntilAPlannerGivesANewPin()
    {
        QCOMPARE(wrongTriesUntilRefusedFor(m_s.nurse), PinVault::MaximumTries);
        PinVault vault(store());
        QVERIFY(vault.status(m_s.nurse).lockedOut);
        m_f->clock.advanceSecs(24 * 3600); // time does not unlock it
        try {
            vault.verify(m_s.nurse, m_pin);
            QFAIL("a locked PIN went through");
        } catch (const PinRefused &e) {
            QCOMPARE(e.reason(), PinRefused::Reason::LockedOut);
            QVERIFY(e.message().contains(QLatin1String("planner or team leader")));
        }
        // A colleague without the right may not; a helper may not give herself a way round it either.
        QVERIFY_THROWS_EXCEPTION(AccessDenied, vault.set(Test::signIn(store(), m_s.helper), m_s.nurse, QStringLiteral("3907")));
        vault.set(Test::signIn(store(), m_s.planner), m_s.nurse, QStringLiteral("3907"));
        QVERIFY(!vault.status(m_s.nurse).lockedOut);
        vault.verify(m_s.nurse, QStringLiteral("3907"));
        QVERIFY_THROWS_EXCEPTION(PinRefused, vault.verify(m_s.nurse, m_pin)); // the old one is gone
    }

    void theSessionSignsInOnlyWithTheRightPin()
    {
        Session session(store(), m_f->clock);
        QVERIFY_THROWS_EXCEPTION(PinRefused, session.signIn(m_s.nurse, QStringLiteral("9170")));
        QVERIFY(!session.signedIn());
        QVERIFY_THROWS_EXCEPTION(AccessDenied, session.citizens());
        session.signIn(m_s.nurse, m_pin);
        QCOMPARE(session.actor().employeeId(), m_s.nurse);
        QCOMPARE(session.citizens().search({}).size(), 1);
    }

    void aFirstLoginChoosesThePinBeforeAnyData()
    {
        Session session(store(), m_f->clock);
        try {
            session.signIn(m_s.planner, QStringLiteral("5827"));
            QFAIL("an employee without a PIN signed in");
        } catch (const PinRefused &e) {
            QCOMPARE(e.reason(), PinRefused::Reason::NotChosen);
        }
        QVERIFY_THROWS_EXCEPTION(ValidationError, session.choosePinAndSignIn(m_s.planner, QStringLiteral("1111")));
        QVERIFY(!session.signedIn());
        session.choosePinAndSignIn(m_s.planner, QStringLiteral("6092"));
        QCOMPARE(session.actor().employeeId(), m_s.planner);
        // Choosing is once: after that only the PIN, or a reset, changes it.
        Session other(store(), m_f->clock);
        QVERIFY_THROWS_EXCEPTION(Error, other.choosePinAndSignIn(m_s.planner, QStringLiteral("7310")));
        other.signIn(m_s.planner, QStringLiteral("6092"));
    }

    void aLockedSessionRefusesEverythingUntilThePin()
    {
        Session session(store(), m_f->clock);
        session.signIn(m_s.nurse, m_pin);
        QSignalSpy locked(&session, &Session::locked);
        QSignalSpy unlocked(&session, &Session::unlocked);
        session.lock();
        QCOMPARE(locked.size(), 1);
        QVERIFY(session.isLocked());
        QCOMPARE(session.lockedEmployeeId(), m_s.nurse);
        QVERIFY_THROWS_EXCEPTION(AccessDenied, session.citizens().search({}));
        QVERIFY_THROWS_EXCEPTION(PinRefused, session.unlock(QStringLiteral("9170")));
        QVERIFY(session.isLocked());
        QCOMPARE(unlocked.size(), 0);
        session.unlock(m_pin);
        QCOMPARE(unlocked.size(), 1);
        QVERIFY(!session.isLocked());
        QCOMPARE(session.citizens().search({}).size(), 1);
    }

    void aFormerEmployeeCannotSignInWithHerPin()
    {
        store().write([&] { store().update("employee", m_s.nurse, { { "active", false } }); });
        Session session(store(), m_f->clock);
        QVERIFY_THROWS_EXCEPTION(Error, session.signIn(m_s.nurse, m_pin));
        QVERIFY(!session.signedIn());
    }
};

QTEST_GUILESS_MAIN(TestPin)
#include "tst_pin.moc"
