// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "Session.h"

#include "access/Access.h"
#include "access/SignIn.h"
#include "catalogue/ServiceCatalogue.h"
#include "privacy/LocalPurge.h"
#include "store/Store.h"
#include "sync/SyncEngine.h"
#include "sync/SyncWorker.h"

#include <QUrl>
#include <utility>

namespace Kvarter {

Session::Session(Store &store, const Clock &clock, QObject *parent) : QObject(parent), m_store(store), m_clock(clock)
{
    // While locked nothing may read citizen data, so the pages hear of writes (sync goes on) only
    // once the PIN is given again; a different employee signing in reloads everything anyway.
    connect(&m_store, &Store::changed, this, [this](const QStringList &entities) {
        if (!isLocked()) {
            Q_EMIT changed(entities);
            return;
        }
        for (const QString &entity : entities)
            if (!m_heldBack.contains(entity))
                m_heldBack << entity;
    });
}

Session::~Session() = default;

void Session::signIn(const QString &employeeId, const QString &pin) { becomeActor(SignIn::withPin(m_store, employeeId, pin)); }

void Session::choosePinAndSignIn(const QString &employeeId, const QString &pin)
{
    const Actor actor = SignIn::unattended(m_store, employeeId); // a former employee chooses nothing
    PinVault(m_store).choose(employeeId, pin);
    becomeActor(actor);
}

void Session::signInUnattended(const QString &employeeId) { becomeActor(SignIn::unattended(m_store, employeeId)); }

void Session::becomeActor(const Actor &actor)
{
    m_actor = actor;
    m_employee = *TeamService(m_store).employee(actor.employeeId());
    m_lockedEmployeeId.clear();
    m_heldBack.clear();
    Q_EMIT actorChanged();
}

void Session::lock()
{
    if (!m_actor)
        return;
    m_lockedEmployeeId = m_actor->employeeId();
    m_actor.reset();
    Q_EMIT locked();
}

void Session::unlock(const QString &pin)
{
    if (!isLocked())
        return;
    m_actor = SignIn::withPin(m_store, m_lockedEmployeeId, pin);
    m_lockedEmployeeId.clear();
    Q_EMIT unlocked();
    if (!m_heldBack.isEmpty())
        Q_EMIT changed(std::exchange(m_heldBack, {}));
}

PinStatus Session::pinStatus(const QString &employeeId) const { return PinVault(m_store).status(employeeId); }

void Session::setPin(const QString &employeeId, const QString &pin) { PinVault(m_store).set(actor(), employeeId, pin); }

const Actor &Session::actor() const
{
    if (!m_actor)
        throw AccessDenied(tr("Nobody has signed in on this laptop yet."));
    return *m_actor;
}

bool Session::may(Right right) const { return m_actor && Access::allows(m_actor->role(), right); }

QString Session::deviceId() const { return m_store.deviceId(); }

CitizenService Session::citizens() const { return CitizenService(m_store, actor()); }
VisitService Session::visits() const { return VisitService(m_store, actor()); }
PlanService Session::plan() const { return PlanService(m_store, actor()); }
PlanCheck Session::planCheck() const { return PlanCheck(m_store, actor()); }
GrantService Session::grants() const { return GrantService(m_store, ServiceCatalogue::standard(), actor()); }
NoteService Session::notes() const { return NoteService(m_store, actor()); }
AssessmentService Session::assessments() const { return AssessmentService(m_store, actor()); }
AssessmentDrafts Session::assessmentDrafts() const { return AssessmentDrafts(m_store, actor()); }
RunListService Session::runLists() const { return RunListService(m_store, ServiceCatalogue::standard(), actor()); }
FrameService Session::frames() const { return FrameService(m_store, ServiceCatalogue::standard(), actor()); }
EconomicFrameService Session::economicFrame() const { return EconomicFrameService(m_store, actor()); }
DecisionService Session::decisions() const { return DecisionService(m_store, ServiceCatalogue::standard(), actor()); }
ComplaintService Session::complaints() const { return ComplaintService(m_store, actor()); }
CitizenDepartures Session::departures() const { return CitizenDepartures(m_store, actor()); }
ChangeService Session::changes() const { return ChangeService(m_store, actor()); }
TriageService Session::triage() const { return TriageService(m_store, actor()); }
TaskService Session::tasks() const { return TaskService(m_store, actor()); }
MeetingService Session::meetings() const { return MeetingService(m_store, actor()); }
AccessLog Session::accessLog() const { return AccessLog(m_store, actor()); }
BreakGlass Session::breakGlass() const { return BreakGlass(m_store, actor()); }
Sync::ConflictService Session::conflicts() const { return Sync::ConflictService(m_store, actor()); }
TeamService Session::team() const { return TeamService(m_store); }
Sync::TeamMembership Session::membership() const { return Sync::TeamMembership(m_store); }
Sync::SyncSettings Session::syncSettings() const { return Sync::SyncSettings(m_store); }

std::unique_ptr<SyncWorker> Session::makeSyncWorker() const { return std::make_unique<SyncWorker>(Store::companion(m_store)); }

Sync::SyncReport Session::syncWith(const QString &place, const std::function<bool(int)> &progress)
{
    const bool server = place.startsWith(QLatin1String("http://")) || place.startsWith(QLatin1String("https://"));
    return server ? Sync::SyncEngine::syncServer(m_store, QUrl(place), progress)
                  : Sync::SyncEngine::syncFolder(m_store, place, progress);
}

SyncCounts Session::syncCounts() const
{
    return { Sync::SyncEngine::pendingChanges(m_store), Sync::SyncEngine::setAsideCount(m_store),
             Sync::SyncEngine::waitingForNewerVersion(m_store), Sync::SyncSettings(m_store).lastSyncedAt() };
}

void Session::takeInSync(const QStringList &entities)
{
    m_store.reloadClock();
    LocalPurge(m_store).run();
    if (!entities.isEmpty())
        m_store.announce(entities);
}

} // namespace Kvarter
