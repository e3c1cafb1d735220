// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#pragma once

#include "access/Actor.h"
#include "access/PinVault.h"
#include "access/Right.h"
#include "assessment/AssessmentDrafts.h"
#include "assessment/AssessmentService.h"
#include "change/ChangeService.h"
#include "change/TriageService.h"
#include "citizen/CitizenService.h"
#include "decision/ComplaintService.h"
#include "decision/DecisionService.h"
#include "frame/EconomicFrameService.h"
#include "frame/FrameService.h"
#include "grant/GrantService.h"
#include "meeting/MeetingService.h"
#include "plan/PlanCheck.h"
#include "plan/PlanService.h"
#include "plan/RunListService.h"
#include "privacy/AccessLog.h"
#include "privacy/BreakGlass.h"
#include "privacy/CitizenDepartures.h"
#include "sync/ConflictService.h"
#include "sync/SyncEngine.h"
#include "sync/SyncSettings.h"
#include "sync/TeamMembership.h"
#include "task/TaskService.h"
#include "team/TeamService.h"
#include "visit/NoteService.h"
#include "visit/VisitService.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace Kvarter {

class Clock;
class Store;

class SyncWorker;

/// What the status bar says about sync: changes not yet shipped, files set aside, changes that wait
/// for a newer Kvarter, and when the last sync completed.
struct SyncCounts
{
    qint64 pending = 0;
    qint64 setAside = 0;
    qint64 waitingForNewerVersion = 0;
    QDateTime lastSyncedAt;
};

/// Somebody at work on this laptop: the local store, the clock and the signed-in actor. It hands
/// out the services bound to that actor, so the desktop and the CLI reach citizen data only
/// through rights checked in core and never hold the store themselves.
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    Session(Store &store, const Clock &clock, QObject *parent = nullptr);
    ~Session() override;

    /// Signs in an employee of the roster with their PIN (SignIn::withPin); throws PinRefused for
    /// a wrong, locked or unchosen PIN and Error for an unknown or former employee. Emits
    /// actorChanged: pages reload, since "My day" is somebody's day.
    void signIn(const QString &employeeId, const QString &pin);
    /// The first login of an employee with no PIN on this laptop: chooses it, then signs in.
    /// Throws ValidationError (field "pin") for a trivial PIN.
    void choosePinAndSignIn(const QString &employeeId, const QString &pin);
    /// Signs in without a PIN: for tests and tools nobody types at (SignIn::unattended).
    void signInUnattended(const QString &employeeId);
    bool signedIn() const { return m_actor.has_value(); }
    /// Idle or screen lock: forgets the actor, so every service refuses until the PIN is given
    /// again, and emits locked() so pages clear what they show. Nothing when nobody is signed in.
    void lock();
    bool isLocked() const { return !m_lockedEmployeeId.isEmpty(); }
    /// Who was signed in when the session locked (empty when it is not locked).
    const QString &lockedEmployeeId() const { return m_lockedEmployeeId; }
    /// Unlocks for the employee who locked it; throws PinRefused like signIn. Emits unlocked(),
    /// not actorChanged: the same person carries on where they were. Writes that came in while
    /// locked (by sync) are announced by changed() right after.
    void unlock(const QString &pin);
    /// This laptop's PIN state of an employee (chosen, wrong tries, wait, locked out).
    PinStatus pinStatus(const QString &employeeId) const;
    /// A new PIN: one's own, or (Right::ResetPin) a colleague's who forgot it or is locked out.
    void setPin(const QString &employeeId, const QString &pin);
    /// Throws AccessDenied when nobody has signed in yet.
    const Actor &actor() const;
    /// Whether the signed-in actor has `right` (false before anyone signs in): pages use it to
    /// leave out what core would refuse.
    bool may(Right right) const;
    const Employee &employee() const { return m_employee; }
    QString teamId() const { return m_employee.teamId; }
    const Clock &clock() const { return m_clock; }
    QString deviceId() const;

    CitizenService citizens() const;
    VisitService visits() const;
    PlanService plan() const;
    PlanCheck planCheck() const;
    GrantService grants() const;
    NoteService notes() const;
    AssessmentService assessments() const;
    /// The signed-in person's unsaved assessment forms on this laptop.
    AssessmentDrafts assessmentDrafts() const;
    RunListService runLists() const;
    /// Near-visitation: the delegated frames, the team's economic frame, decisions and complaints.
    FrameService frames() const;
    EconomicFrameService economicFrame() const;
    DecisionService decisions() const;
    ComplaintService complaints() const;
    AccessLog accessLog() const;
    BreakGlass breakGlass() const;
    Sync::ConflictService conflicts() const;
    /// A citizen leaving the team (moved, died, help ended), which starts the removal of the local copy.
    CitizenDepartures departures() const;
    /// Early detection: changes in need, the triage colours and board, and the follow-up tasks.
    ChangeService changes() const;
    TriageService triage() const;
    TaskService tasks() const;
    /// The team meeting: its agenda and minutes.
    MeetingService meetings() const;
    /// The roster. Not citizen data: anybody at the laptop may see who is in the team.
    TeamService team() const;
    Sync::TeamMembership membership() const;
    Sync::SyncSettings syncSettings() const;
    /// A sync worker with its own connection to this profile, to be moved to a thread.
    std::unique_ptr<SyncWorker> makeSyncWorker() const;
    /// One sync on this connection, through `place` (a server's http(s) URL, else a folder):
    /// joining a team fetches its data this way before anyone can sign in.
    Sync::SyncReport syncWith(const QString &place, const std::function<bool(int percent)> &progress);
    SyncCounts syncCounts() const;
    /// After a sync on the worker's connection: takes in the clocks it saw, removes the copies of
    /// citizens that may now go (LocalPurge) and tells the pages what it wrote.
    void takeInSync(const QStringList &entities);

Q_SIGNALS:
    void actorChanged();
    void locked();
    void unlocked();
    /// After a write commits, locally or by sync: the entities (tables) it touched.
    void changed(const QStringList &entities);

private:
    Store &m_store;
    const Clock &m_clock;
    void becomeActor(const Actor &actor);

    std::optional<Actor> m_actor;
    Employee m_employee;
    QString m_lockedEmployeeId;
    /// Entities written while locked, announced on unlock.
    QStringList m_heldBack;
};

} // namespace Kvarter
