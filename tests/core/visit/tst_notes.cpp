// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "TestSupport.h"
#include "visit/NoteService.h"

#include <QTest>

using namespace Kvarter;

namespace {
VisitNote draft(const QString &citizenId, const QString &text)
{
    VisitNote note;
    note.citizenId = citizenId;
    note.text = text;
    return note;
}
} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void correctionIsANewNotePointingToTheOld()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        NoteService notes(*f.store, Test::signIn(*f.store, s.nurse));
        const QString first = notes.add(draft(s.citizen, QStringLiteral("Drak kun lidt vand.")));
        f.clock.advanceSecs(3600);
        const QString fix = notes.correct(first, QStringLiteral("Drak to glas vand."));

        const QList<VisitNote> all = notes.notesFor(s.citizen);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, fix); // newest first
        QCOMPARE(all.at(0).correctsId, first);
        QCOMPARE(all.at(0).authorName, QStringLiteral("Karen Sygeplejerske"));
        QCOMPARE(all.at(1).id, first);
        QCOMPARE(all.at(1).text, QStringLiteral("Drak kun lidt vand.")); // the original is unchanged
        QCOMPARE(all.at(1).correctedById, fix);
        QCOMPARE(all.at(1).writtenAt, Test::fixedNow());
    }

    void databaseRefusesEditAndDelete_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addRow("update text") << QByteArray("UPDATE visit_note SET text = 'changed'");
        QTest::addRow("update author") << QByteArray("UPDATE visit_note SET written_at = 0");
        QTest::addRow("delete") << QByteArray("DELETE FROM visit_note");
    }
    void databaseRefusesEditAndDelete()
    {
        QFETCH(QByteArray, sql);
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        NoteService notes(*f.store, Test::signIn(*f.store, s.nurse));
        notes.add(draft(s.citizen, QStringLiteral("Original")));
        QVERIFY_THROWS_EXCEPTION(Error, f.store->db().exec(sql));
        QCOMPARE(notes.notesFor(s.citizen).first().text, QStringLiteral("Original"));
    }

    void emptyNoteAndNoAuthorAreRefused()
    {
        Test::Fixture f;
        const auto s = f.makeSmallTeam();
        NoteService notes(*f.store, Test::signIn(*f.store, s.nurse));
        try {
            notes.add(draft(s.citizen, QStringLiteral("   ")));
            QFAIL("an empty note was saved");
        } catch (const ValidationError &e) {
            QVERIFY(!e.messageFor(QStringLiteral("text")).isEmpty());
        }
        // No author: there is no actor without an employee of the roster to write a note as.
        QVERIFY_THROWS_EXCEPTION(Error, Test::signIn(*f.store, QString()));
        QVERIFY_THROWS_EXCEPTION(Error, notes.correct(QStringLiteral("missing"), QStringLiteral("x")));
        QCOMPARE(f.store->db().scalar("SELECT count(*) FROM visit_note"), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
