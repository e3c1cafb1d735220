// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace Kvarter {

class Store;

/// One citizen this laptop holds though they left the team, and whether the copy may go yet.
struct PurgeCandidate
{
    QString citizenId;
    QDate leftOn;
    /// The first day the copy may be removed (left + retention; today when the laptop was revoked).
    QDate removableFrom;
    /// Why it stays for now (not yet due, changes not yet synced, no team to sync with); empty when it may go.
    QString keptBecause;
};

struct PurgeReport
{
    int citizensRemoved = 0;
    qint64 rowsRemoved = 0;
    int citizensKept = 0;
};

/// Removes from this laptop the data of citizens who have left the team, once the retention period
/// is over, or all citizens' data once the laptop learns by sync that it was removed from the team.
/// The team's record lives on in the other laptops and the sync server: this only ends the copy
/// carried around in a bag. Never removed: anything this laptop wrote that has not yet been synced
/// (it would exist nowhere else), and the access log, which is the staff's accountability record
/// rather than the citizen's. Each removal is noted in local_purge (the citizen's id only).
///
/// Removing rows of append-only tables is the one place their triggers are lifted, inside the
/// purge's own transaction, so they hold again before anyone else can write.
class LocalPurge final
{
    Q_DECLARE_TR_FUNCTIONS(Kvarter::LocalPurge)

public:
    /// Days a left citizen's data stays on a laptop: the four weeks a citizen has to complain about
    /// a last decision and a little more, so the team can still answer and finish its notes.
    static constexpr int RetentionDays = 35;

    explicit LocalPurge(Store &store) : m_store(store) {}

    /// Whether this laptop's own device has been revoked (learnt from the synced roster).
    bool laptopRevoked();
    QList<PurgeCandidate> candidates();
    /// Removes every candidate that may go; the rest stay, counted in the report.
    PurgeReport run();

private:
    qint64 remove(const QString &citizenId, const QString &reason);
    void collectRows(const QString &citizenId);
    bool hasUnsyncedChanges();

    Store &m_store;
};

} // namespace Kvarter
