// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright (C) 2026 The Kvarter authors
#include "ChangeService.h"

#include "TriageService.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/Id.h"
#include "store/Store.h"

namespace Kvarter {

namespace {

constexpr const char *SelectReport =
    "SELECT r.id, r.citizen_id, coalesce(r.visit_id, ''), r.items, r.fall_comment, r.note, coalesce(r.suggested_colour, ''), "
    "r.look_by, r.reported_by, coalesce(e.name, ''), r.reported_at FROM change_report r "
    "LEFT JOIN employee e ON e.id = r.reported_by ";

const QList<Role> &lookers()
{
    static const QList<Role> roles { Role::Nurse, Role::Visitator, Role::Therapist };
    return roles;
}

} // namespace

FieldErrors ChangeService::validate(const ChangeReport &r)
{
    FieldErrors errors;
    if (r.items.isEmpty() && r.note.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("items"), tr("Tick what has changed, or describe it in the note.") };
    for (const QString &key : r.items)
        if (!ChangeItems::fromKey(key)) {
            errors << FieldError { QStringLiteral("items"), tr("'%1' is not an item of the change form.").arg(key) };
            break;
        }
    if (r.has(ChangeItem::Falls) && r.fallComment.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("fallComment"), tr("Say what happened at the fall: when, where, hurt or not.") };
    for (Role role : r.lookBy)
        if (!lookers().contains(role)) {
            errors << FieldError { QStringLiteral("lookBy"), tr("Ask a nurse, the visitator or a therapist to look.") };
            break;
        }
    return errors;
}

ChangeReportResult ChangeService::report(const ChangeReport &input)
{
    Access::require(m_actor, Right::Triage);
    FieldErrors errors = validate(input);
    if (input.citizenId.isEmpty() || !m_store.rowExists("citizen", input.citizenId))
        errors << FieldError { QStringLiteral("citizen"), tr("The citizen is not in the team's file.") };
    if (!errors.isEmpty())
        throw ValidationError(errors);

    ChangeReportResult result;
    result.reportId = Id::create();
    TriageService triage(m_store, m_actor);
    const TriageColour now = triage.colourOf(input.citizenId);
    const bool changesColour = input.suggestedColour && *input.suggestedColour != now;
    result.suggestionWaits = changesColour && !triage.maySet(now, *input.suggestedColour);

    QStringList lookBy;
    for (Role role : input.lookBy)
        if (!lookBy.contains(Roles::key(role)))
            lookBy << Roles::key(role);
    QStringList items;
    for (const QString &key : input.items)
        if (!items.contains(key))
            items << key;
    const QString team = m_store.db().textFor("SELECT team_id FROM citizen WHERE id = ?", input.citizenId);
    m_store.write(m_actor.employeeId(), [&] {
        m_store.insert(
            "change_report", result.reportId,
            { { "citizen_id", input.citizenId },
              { "team_id", team },
              { "visit_id", input.visitId.isEmpty() ? QVariant() : QVariant(input.visitId) },
              { "items", items.join(QLatin1Char(' ')) },
              { "fall_comment", input.fallComment.trimmed() },
              { "note", input.note.trimmed() },
              { "suggested_colour", input.suggestedColour ? QVariant(TriageColours::key(*input.suggestedColour)) : QVariant() },
              { "look_by", lookBy.join(QLatin1Char(' ')) },
              { "reported_by", m_actor.employeeId() },
              { "reported_at", m_store.clock().now().toSecsSinceEpoch() } });
        if (changesColour && !result.suggestionWaits) {
            ChangeReport saved = input;
            saved.items = items;
            TriageRequest request;
            request.citizenId = input.citizenId;
            request.colour = *input.suggestedColour;
            // The observer's words are the why; the ticked items when there are none.
            request.reason = input.note.trimmed().isEmpty() ? saved.itemNames() : input.note.trimmed();
            request.reportId = result.reportId;
            result.decision = triage.decide(request);
        }
    });
    return result;
}

QList<ChangeReport> ChangeService::reportsFor(const QString &citizenId, int limit)
{
    Access::require(m_actor, Right::ReadCitizen);
    return readReports(m_store, "WHERE r.citizen_id = ? ORDER BY r.reported_at DESC, r.id DESC LIMIT ?", { citizenId, limit });
}

std::optional<ChangeReport> ChangeService::report(const QString &id)
{
    Access::require(m_actor, Right::ReadCitizen);
    const QList<ChangeReport> found = readReports(m_store, "WHERE r.id = ?", { id });
    return found.isEmpty() ? std::nullopt : std::optional<ChangeReport>(found.first());
}

QList<ChangeReport> ChangeService::readReports(Store &store, const QByteArray &where, const QList<QVariant> &arguments)
{
    auto q = store.db().query(QByteArray(SelectReport) + where);
    for (qsizetype i = 0; i < arguments.size(); ++i)
        q->bind(int(i + 1), arguments[i]);
    const QTimeZone zone = Clock::teamZone();
    QList<ChangeReport> result;
    while (q->next()) {
        ChangeReport r;
        r.id = q->text(0);
        r.citizenId = q->text(1);
        r.visitId = q->text(2);
        r.items = q->text(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        r.fallComment = q->text(4);
        r.note = q->text(5);
        r.suggestedColour = TriageColours::fromKey(q->text(6));
        for (const QString &key : q->text(7).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (const std::optional<Role> role = Roles::fromKey(key))
                r.lookBy << *role;
        r.reportedBy = q->text(8);
        r.reportedByName = q->text(9);
        r.reportedAt = QDateTime::fromSecsSinceEpoch(q->int64(10), zone);
        result << r;
    }
    return result;
}

} // namespace Kvarter
